package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// writeUnchecked writes quads past WriteQuads' invariant check, as a store
// written before the check existed (or by another tool) may hold them, so
// that tests can plant what verify must find.
func writeUnchecked(s *Store, qs []quad.Quad) error {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := s.applyAdds(qs); err != nil {
		return err
	}
	s.indexAdd(qs)
	return nil
}

// TestVerifyFindsPlantedFaults plants, past the write check, one break of
// each rule in a seeded store and checks that verify reports it.
func TestVerifyFindsPlantedFaults(t *testing.T) {
	ctx := context.Background()
	x := seedArticles()[0]
	art := quads.ArticleIRI(x.Article.ID)
	lnu := quads.EntityIRI(id(quads.Organization, "Liaoning University"))
	pan := quads.EntityIRI(id(quads.Person, "Pan Yishan"))
	var evQuad, startQuad quad.Quad
	for _, q := range x.Quads() {
		if quads.IsRelation(q) {
			evQuad = q
		}
		if q.Predicate == quads.PropStart {
			startQuad = q
		}
	}
	for _, c := range []struct {
		name  string
		plant []quad.Quad
		want  string
	}{
		{"SecondName", []quad.Quad{{Subject: lnu, Predicate: quads.PropName, Object: quad.String("LU")}}, "2 values of cg:name"},
		{"SecondText", []quad.Quad{{Subject: art, Predicate: quads.PropText, Object: quad.String("Other.")}}, "2 values of cg:text"},
		{"BadDate", []quad.Quad{{Subject: quads.ArticleIRI(quads.ArticleID("Dated nowhere.\n")), Predicate: quads.PropDate, Object: quad.String("0000-00-00")}}, "calendar date"},
		{"StartAsString", []quad.Quad{{Subject: startQuad.Subject, Predicate: quads.PropStart, Object: quad.String("1")}}, "non-negative integer"},
		{"RelationWithoutEvidence", []quad.Quad{{Subject: pan, Predicate: quads.Visited.IRI(), Object: lnu}}, "no evidence"},
		{"RelationToAWholeArticle", []quad.Quad{{Subject: evQuad.Subject, Predicate: quads.MemberOf.IRI(), Object: evQuad.Object, Label: evQuad.Label}}, "names another relation"},
		{"NULInARawQuad", []quad.Quad{{Subject: quad.IRI("http://example.org/x"), Predicate: quad.IRI("http://example.org/p"), Object: quad.String("a\x00b")}}, "control character"},
		{"EntityWithoutName", []quad.Quad{{Subject: quads.EntityIRI("ghost"), Predicate: quads.RDFType, Object: quads.Person.ClassIRI()}}, "has no cg:name"},
	} {
		for _, dsn := range []string{"memstore", "bolt"} {
			t.Run(c.name+"/"+dsn, func(t *testing.T) {
				if dsn == "bolt" {
					dsn = t.TempDir()
				}
				s := openSeeded(t, dsn)
				if _, err := s.WriteQuads(ctx, c.plant); quads.ErrorCode(err) != quads.EINVALID {
					t.Fatalf("the write check accepts what verify must refuse: %v", err)
				}
				if err := writeUnchecked(s, c.plant); err != nil {
					t.Fatal(err)
				}
				rep, err := s.Verify(ctx)
				if err != nil {
					t.Fatal(err)
				}
				if rep.OK() || !strings.Contains(strings.Join(rep.Faults, "\n"), c.want) {
					t.Fatalf("verify missed the fault (%q): %v", c.want, rep.Faults)
				}
			})
		}
	}
}

// TestWriteCheckAgreesWithVerify writes random bodies, each a seed article
// broken in one random way (or left whole), twice: through WriteQuads onto
// one store, and past the check onto another. The check accepts a body
// exactly when verify passes on the store that took it unchecked.
func TestWriteCheckAgreesWithVerify(t *testing.T) {
	ctx := context.Background()
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 29))
	base, extra := seedArticles()[:2], seedArticles()[2]
	accepted, refused := 0, 0
	for round := 0; round < 60; round++ {
		body, how := breakAtRandom(rng, extra.Quads(), base[0].Quads())
		checked, planted := mustOpen(t, "memstore"), mustOpen(t, "memstore")
		for _, x := range base {
			mustWrite(t, checked, x)
			mustWrite(t, planted, x)
		}
		_, werr := checked.WriteQuads(ctx, body)
		if err := writeUnchecked(planted, body); err != nil {
			t.Fatal(err)
		}
		rep, err := planted.Verify(ctx)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case werr == nil && !rep.OK():
			t.Fatalf("round %d (%s): the check accepted a body verify faults: %v", round, how, rep.Faults)
		case werr != nil && rep.OK():
			t.Fatalf("round %d (%s): the check refused (%v) a body verify passes", round, how, werr)
		case werr != nil:
			refused++
		default:
			accepted++
		}
	}
	t.Logf("%d accepted, %d refused, verify agreeing each time", accepted, refused)
	if accepted == 0 || refused == 0 {
		t.Fatalf("one side only: %d accepted, %d refused", accepted, refused)
	}
}

// breakAtRandom returns body broken in one random way, or whole, and how.
func breakAtRandom(rng *rand.Rand, body, stored []quad.Quad) ([]quad.Quad, string) {
	qs := append([]quad.Quad(nil), body...)
	i := rng.IntN(len(qs))
	q := qs[i]
	switch rng.IntN(8) {
	case 0:
		return append(qs[:i:i], qs[i+1:]...), "drop " + quads.ShortIRI(q.Predicate)
	case 1:
		if s, ok := q.Object.(quad.String); ok {
			q.Object = quad.String("other " + string(s))
			return append(qs, q), "a second " + quads.ShortIRI(q.Predicate)
		}
	case 2:
		if n, ok := q.Object.(quad.Int); ok {
			qs[i].Object = quad.Int(n + 1)
			return qs, quads.ShortIRI(q.Predicate) + " plus one"
		}
	case 3:
		qs[i].Label = quads.EvidenceIRI(fmt.Sprint(rng.IntN(100)))
		return qs, "relabel " + quads.ShortIRI(q.Predicate)
	case 4:
		s := stored[rng.IntN(len(stored))]
		return append(qs, quad.Quad{Subject: s.Subject, Predicate: q.Predicate, Object: q.Object, Label: q.Label}),
			"give a stored node " + quads.ShortIRI(q.Predicate)
	case 5:
		qs[i].Object = qs[rng.IntN(len(qs))].Object
		return qs, "swap the object of " + quads.ShortIRI(q.Predicate)
	case 6:
		return qs, "whole"
	}
	return qs, "whole"
}

// BenchmarkWriteQuads writes one new five-relation article as quads per
// iteration onto a bolt store of 200 such articles: "checked" through
// WriteQuads and its invariant check, "unchecked" past it, so the
// difference is what the check costs.
func BenchmarkWriteQuads(b *testing.B) {
	names := []tent{}
	for i := 0; i < 50; i++ {
		names = append(names, tent{Name: fmt.Sprintf("Bench College %d", i), Type: quads.Organization})
	}
	article := func(i int) []quad.Quad {
		var rels []trel
		ents := map[int]bool{}
		var es []tent
		for j := 0; j < 5; j++ {
			a, c := (i+j)%50, (i+3*j+1)%50
			if a == c {
				c = (c + 1) % 50
			}
			for _, k := range []int{a, c} {
				if !ents[k] {
					ents[k] = true
					es = append(es, names[k])
				}
			}
			rels = append(rels, trel{S: names[a].Name, P: quads.Visited, O: names[c].Name})
		}
		return mkExtraction(fmt.Sprintf("Bench article %d", i), "2024-01-02", es, rels).Quads()
	}
	for _, mode := range []string{"checked", "unchecked"} {
		b.Run(mode, func(b *testing.B) {
			s := mustOpen(b, b.TempDir())
			for i := 0; i < 200; i++ {
				if err := writeUnchecked(s, article(i)); err != nil {
					b.Fatal(err)
				}
			}
			bodies := make([][]quad.Quad, b.N)
			for i := range bodies {
				bodies[i] = article(1000 + i)
			}
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				var err error
				if mode == "checked" {
					_, err = s.WriteQuads(context.Background(), bodies[i])
				} else {
					err = writeUnchecked(s, bodies[i])
				}
				if err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
