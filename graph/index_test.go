package graph

import (
	"context"
	"fmt"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph/handmade"
	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// tent and trel describe a hand-built article (graph/handmade).
type (
	tent = handmade.Entity
	trel = handmade.Relation
)

// mkExtraction builds a valid extraction: one sentence per relation.
func mkExtraction(title, date string, ents []tent, rels []trel) *quads.Extraction {
	return handmade.Article{Title: title, Date: date, Entities: ents, Relations: rels}.Extraction()
}

func mustOpen(t testing.TB, dsn string) *Store {
	t.Helper()
	s, err := Open(context.Background(), dsn, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustWrite(t testing.TB, s *Store, x *quads.Extraction) {
	t.Helper()
	if _, err := s.WriteExtraction(context.Background(), x); err != nil {
		t.Fatal(err)
	}
}

func id(typ quads.EntityType, name string) string { return quads.EntityID(typ, name) }

// seedArticles is a small cooperation graph over three dated articles.
func seedArticles() []*quads.Extraction {
	lnu := tent{Name: "Liaoning University", Type: quads.Organization, Aliases: []string{"LNU"}}
	mus := tent{Name: "Liaoning Provincial Museum", Type: quads.Organization}
	syu := tent{Name: "Shenyang University", Type: quads.Organization}
	pan := tent{Name: "Pan Yishan", Type: quads.Person}
	zhao := tent{Name: "Zhao Yanzhi", Type: quads.Person}
	anshan := tent{Name: "Anshan", Type: quads.Place}
	eco := tent{Name: "School of Economics", Type: quads.Organization}
	return []*quads.Extraction{
		mkExtraction("LNU and the museum", "2024-04-28", []tent{lnu, mus, pan},
			[]trel{{S: "Pan Yishan", P: quads.Leads, O: "Liaoning University"}, {S: "Liaoning University", P: quads.SignedWith, O: "Liaoning Provincial Museum"}}),
		mkExtraction("Museum and SYU", "2023-05-10", []tent{mus, syu, zhao},
			[]trel{{S: "Liaoning Provincial Museum", P: quads.SignedWith, O: "Shenyang University"}, {S: "Zhao Yanzhi", P: quads.Leads, O: "Shenyang University"}}),
		mkExtraction("LNU in Anshan", "2022-01-02", []tent{lnu, anshan, eco, pan},
			[]trel{{S: "Liaoning University", P: quads.HostsBaseAt, O: "Anshan"}, {S: "School of Economics", P: quads.PartOf, O: "Liaoning University"},
				{S: "Pan Yishan", P: quads.Visited, O: "Anshan"}}),
	}
}

func openSeeded(t testing.TB, dsn string) *Store {
	s := mustOpen(t, dsn)
	for _, x := range seedArticles() {
		mustWrite(t, s, x)
	}
	return s
}

func TestIndex(t *testing.T) {
	ctx := context.Background()
	t.Run("OK", func(t *testing.T) {
		s := openSeeded(t, "memstore")
		st := s.IndexStats()
		if st.Nodes != 7 || st.Edges != 7 {
			t.Fatalf("stats %+v, want 7 nodes 7 edges", st)
		}
		if err := s.VerifyIndex(ctx); err != nil {
			t.Fatal(err)
		}
		if got, ok := s.idx.lookupName("lnu"); !ok || got != id(quads.Organization, "Liaoning University") {
			t.Fatalf("lookupName(lnu) = %q %v", got, ok)
		}
	})
	t.Run("Reopen", func(t *testing.T) {
		dir := t.TempDir()
		s, err := Open(ctx, dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range seedArticles() {
			mustWrite(t, s, x)
		}
		want := describeIndex(s.idx.load())
		s.Close()
		s = mustOpen(t, dir)
		got := describeIndex(s.idx.load())
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("reopened index differs:\n%v\n%v", got, want)
		}
		if err := s.VerifyIndex(ctx); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("QuadsAnyOrder", func(t *testing.T) {
		// The same article's quads written in pieces, relations and dates first.
		s := mustOpen(t, "memstore")
		x := seedArticles()[0]
		qs := x.Quads()
		var rel, rest []quad.Quad
		for _, q := range qs {
			if _, ok := quads.PredicateFromIRI(q.Predicate); ok || q.Predicate == quads.PropDate {
				rel = append(rel, q)
			} else {
				rest = append(rest, q)
			}
		}
		for _, part := range [][]quad.Quad{rel, rest[:len(rest)/2], rest[len(rest)/2:], qs} {
			// Past WriteQuads' invariant check, which refuses a relation
			// before its evidence: the index must take any order.
			if err := writeUnchecked(s, part); err != nil {
				t.Fatal(err)
			}
			if err := s.VerifyIndex(ctx); err != nil {
				t.Fatal(err)
			}
		}
		d := s.idx.load()
		lnu, _ := d.nodeOf(id(quads.Organization, "Liaoning University"))
		mus, _ := d.nodeOf(id(quads.Organization, "Liaoning Provincial Museum"))
		sw, _ := predIndex(quads.SignedWith)
		e, ok := d.findEdge(mus, sw, lnu)
		if !ok || d.evidence(e) != 1 || dayString(d.dlo.at(e)) != "2024-04-28" {
			t.Fatalf("edge %v ev %d", ok, d.evidence(e))
		}
	})
	t.Run("NoEvidence", func(t *testing.T) {
		s := mustOpen(t, "memstore")
		a, b := quads.EntityIRI("a"), quads.EntityIRI("b")
		if err := writeUnchecked(s, []quad.Quad{{Subject: a, Predicate: quads.Visited.IRI(), Object: b}}); err != nil {
			t.Fatal(err)
		}
		if st := s.IndexStats(); st.Edges != 1 || st.Nodes != 2 {
			t.Fatalf("stats %+v", st)
		}
		if err := s.VerifyIndex(ctx); err != nil {
			t.Fatal(err)
		}
		ps, err := s.Paths(ctx, PathQuery{From: "a", To: "b"})
		if err != nil || len(ps) != 1 || len(ps[0].Edges[0].Evidence) != 0 {
			t.Fatalf("paths %v %v", ps, err)
		}
	})
	t.Run("ErrMismatch", func(t *testing.T) {
		s := openSeeded(t, "memstore")
		d := s.idx.load().edit()
		d.ev.set(0, d.ev.at(0)+1)
		s.idx.publish(d)
		if err := s.VerifyIndex(ctx); quads.ErrorCode(err) != quads.EINTERNAL {
			t.Fatalf("err = %v", err)
		}
	})
}

func TestIndexBulk(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, t.TempDir())
	g := synth.New(synth.Config{Edges: 3000, Seed: 7})
	if _, err := s.LoadQuads(ctx, quad.NewReader(g.Quads())); err != nil {
		t.Fatal(err)
	}
	st := s.IndexStats()
	if st.Edges != 3000 {
		t.Fatalf("edges %d want 3000", st.Edges)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
	// Small writes after a bulk load go edge by edge.
	for _, x := range seedArticles() {
		mustWrite(t, s, x)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}
