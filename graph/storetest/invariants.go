package storetest

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// replace returns qs with the quads match selects replaced by what edit
// makes of them (nil drops the quad).
func replace(qs []quad.Quad, match func(quad.Quad) bool, edit func(quad.Quad) *quad.Quad) []quad.Quad {
	out := make([]quad.Quad, 0, len(qs))
	for _, q := range qs {
		if !match(q) {
			out = append(out, q)
		} else if e := edit(q); e != nil {
			out = append(out, *e)
		}
	}
	return out
}

func withPred(p quad.Value) func(quad.Quad) bool {
	return func(q quad.Quad) bool { return q.Predicate == p }
}

func setObject(v quad.Value) func(quad.Quad) *quad.Quad {
	return func(q quad.Quad) *quad.Quad { q.Object = v; return &q }
}

func drop(quad.Quad) *quad.Quad { return nil }

func isRelation(q quad.Quad) bool { return quads.IsRelation(q) }

// testWriteQuadsKeepsInvariants writes bodies that each break one rule of
// the vocabulary onto a store holding article one: each is refused whole
// with EINVALID naming the offending quad and the rule, and verify still
// passes; the valid bodies are written.
func testWriteQuadsKeepsInvariants(t *testing.T, open Opener, conf *Config) {
	ctx := context.Background()
	s := open(t)
	MustWrite(t, s, FixtureOne())
	one, two := FixtureOne(), FixtureTwo()
	art1 := quads.ArticleIRI(one.Article.ID)
	acme := quads.EntityIRI(quads.EntityID(quads.Organization, "Acme University"))
	lake := quads.EntityIRI(quads.EntityID(quads.Organization, "Lake Museum"))
	alice := quads.EntityIRI(quads.EntityID(quads.Person, "Alice Wang"))
	ghost := quads.EntityIRI(quads.EntityID(quads.Person, "Nobody Known"))
	twoQs := two.Quads()
	// A second relation for article one, with evidence of its own.
	sentence := "Bo Li, curator of Lake Museum, spoke."
	start := strings.Index(ArticleOne, sentence)
	ev := quads.EvidenceIRI("0b1d0000-0000-5000-8000-000000000001")
	bo := quads.EntityIRI(quads.EntityID(quads.Person, "Bo Li"))
	extraRel := []quad.Quad{
		{Subject: ev, Predicate: quads.RDFType, Object: quads.ClassEvidence, Label: art1},
		{Subject: ev, Predicate: quads.PropArticle, Object: art1, Label: art1},
		{Subject: ev, Predicate: quads.PropSentence, Object: quad.String(sentence), Label: art1},
		{Subject: ev, Predicate: quads.PropStart, Object: quad.Int(start), Label: art1},
		{Subject: ev, Predicate: quads.PropEnd, Object: quad.Int(start + len(sentence)), Label: art1},
		{Subject: ev, Predicate: quads.PropSubject, Object: bo, Label: art1},
		{Subject: ev, Predicate: quads.PropPredicate, Object: quads.Visited.IRI(), Label: art1},
		{Subject: ev, Predicate: quads.PropObject, Object: lake, Label: art1},
		{Subject: bo, Predicate: quads.Visited.IRI(), Object: lake, Label: ev},
	}
	for _, c := range []struct {
		name string
		body []quad.Quad
		want string // in the message
		at   int    // the quad named, 1-based; 0 for any
	}{
		{"SecondName", []quad.Quad{{Subject: acme, Predicate: quads.PropName, Object: quad.String("Acme Univ")}}, "2 values of cg:name", 1},
		{"TwoNamesInOneBody", []quad.Quad{
			{Subject: ghost, Predicate: quads.RDFType, Object: quads.Person.ClassIRI()},
			{Subject: ghost, Predicate: quads.PropName, Object: quad.String("Nobody Known")},
			{Subject: ghost, Predicate: quads.PropName, Object: quad.String("Someone Else")}}, "2 values of cg:name", 3},
		{"EntityWithoutName", []quad.Quad{{Subject: ghost, Predicate: quads.RDFType, Object: quads.Person.ClassIRI()}}, "has no cg:name", 1},
		{"RelationWithoutLabel", []quad.Quad{{Subject: alice, Predicate: quads.Visited.IRI(), Object: lake}}, "no evidence", 1},
		{"RelationWithUnknownEvidence", []quad.Quad{{Subject: alice, Predicate: quads.Visited.IRI(), Object: lake, Label: quads.EvidenceIRI("nowhere")}}, "has no evidence", 1},
		{"RelationToAWholeArticle", extraRel, "declares 4 relations but 5", 9},
		{"SecondText", []quad.Quad{{Subject: art1, Predicate: quads.PropText, Object: quad.String("Another text.")}}, "2 values of cg:text", 1},
		{"SecondDate", []quad.Quad{{Subject: art1, Predicate: quads.PropDate, Object: quad.String("2021-03-05")}}, "2 values of cg:date", 1},
		{"StartNotAnInteger", replace(twoQs, withPred(quads.PropStart), setObject(quad.String("70"))), "cg:start", 0},
		{"DateNotACalendarDate", replace(twoQs, withPred(quads.PropDate), setObject(quad.String("0000-00-00"))), "calendar date", 0},
		{"DateOutOfRange", replace(twoQs, withPred(quads.PropDate), setObject(quad.String("2999-01-01"))), "outside", 0},
		{"NULInALiteral", []quad.Quad{{Subject: quad.IRI("http://example.org/x"), Predicate: quad.IRI("http://example.org/note"), Object: quad.String("a\x00b")}}, "control character", 1},
		{"SpanNotTheSentence", replace(twoQs, withPred(quads.PropStart), func(q quad.Quad) *quad.Quad {
			n, _ := quads.IntOf(q.Object)
			q.Object = quad.Int(n + 1)
			return &q
		}), "is not its sentence", 0},
		{"EvidenceNamesAnotherRelation", replace(twoQs, withPred(quads.PropPredicate), setObject(quads.PartOf.IRI())), "another relation", 0},
		{"EvidenceWithoutItsRelation", replace(twoQs, isRelation, drop), "declares 1 relations but 0", 0},
		{"ArticleWithoutCount", replace(twoQs, withPred(quads.PropRelCount), drop), "has no cg:relations", 0},
		{"ArticleIDNotItsText", replace(twoQs, withPred(quads.PropText), setObject(quad.String(ArticleTwo+" More."))), "does not match its text", 0},
		{"RelationToAnUnknownEntity", append([]quad.Quad{}, quad.Quad{Subject: ghost, Predicate: quads.Visited.IRI(), Object: lake, Label: ev},
			quad.Quad{Subject: ev, Predicate: quads.PropSubject, Object: ghost}), "neither stored nor written", 1},
		{"VocabularyOnARawNode", []quad.Quad{{Subject: quad.IRI("http://example.org/x"), Predicate: quads.PropName, Object: quad.String("x")}}, "vocabulary", 1},
		{"UnknownProperty", []quad.Quad{{Subject: acme, Predicate: quad.IRI(quads.Namespace + "colour"), Object: quad.String("red")}}, "not a property", 1},
		{"WrongClass", []quad.Quad{{Subject: acme, Predicate: quads.RDFType, Object: quads.ClassArticle}}, "entity's class", 1},
		{"SelfLoop", []quad.Quad{{Subject: acme, Predicate: quads.PartOf.IRI(), Object: acme, Label: ev}}, "to itself", 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			before := mustCount(t, s)
			_, err := s.WriteQuads(ctx, c.body)
			msg := quads.ErrorMessage(err)
			if quads.ErrorCode(err) != quads.EINVALID || !strings.Contains(msg, c.want) {
				t.Fatalf("write: %v; want EINVALID saying %q", err, c.want)
			}
			if c.at > 0 && !strings.HasPrefix(msg, fmt.Sprintf("quad %d: ", c.at)) {
				t.Fatalf("the message does not start with quad %d: %s", c.at, msg)
			}
			if n := mustCount(t, s); n != before {
				t.Fatalf("a refused write changed the store from %d to %d quads", before, n)
			}
		})
	}
	if rep := mustVerify(t, s); !rep.OK() {
		t.Fatalf("verify after the refused writes: %v", rep.Faults)
	}

	// What is valid is written: raw quads, an alias, a whole new article,
	// and an N-Quads document naming its lines.
	for name, body := range map[string][]quad.Quad{
		"RawQuads": {{Subject: quad.IRI("http://example.org/x"), Predicate: quad.IRI("http://example.org/p"), Object: quad.String("y")},
			{Subject: acme, Predicate: quad.IRI("http://schema.org/url"), Object: quad.IRI("http://acme.example/")}},
		"Alias":      {{Subject: acme, Predicate: quads.PropAlias, Object: quad.String("Acme U.")}},
		"NewArticle": twoQs,
		"SameAgain":  twoQs,
	} {
		if _, err := s.WriteQuads(ctx, body); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
	}
	doc := "<http://example.org/a> <http://example.org/p> \"fine\" .\n# a comment\n\n" +
		fmt.Sprintf("%s %s \"Acme Again\" .\n", acme, quads.PropName)
	if _, err := s.WriteNQuads(ctx, strings.NewReader(doc)); quads.ErrorCode(err) != quads.EINVALID || !strings.HasPrefix(quads.ErrorMessage(err), "line 4: ") {
		t.Fatalf("N-Quads with a second name on line 4: %v", err)
	}
	if _, err := s.WriteNQuads(ctx, strings.NewReader("<http://example.org/a> <http://example.org/p> \"a\\u0000b\" .\n")); quads.ErrorCode(err) != quads.EINVALID || !strings.Contains(quads.ErrorMessage(err), "line 1: ") {
		t.Fatalf("N-Quads with an escaped NUL: %v", err)
	}
	if rep := mustVerify(t, s); !rep.OK() {
		t.Fatalf("verify after the valid writes: %v", rep.Faults)
	}
}

// testRandomWritesKeepVerifyPassing writes random mixes of valid and
// broken bodies (whole articles, articles with one random fault, raw
// quads, pieces of stored articles), through WriteQuads and
// WriteExtraction: after every accepted write verify passes, and every
// refused one leaves the store as it was.
func testRandomWritesKeepVerifyPassing(t *testing.T, open Opener, conf *Config) {
	ctx := context.Background()
	s := open(t)
	seed := rand.Uint64()
	t.Logf("seed %d", seed)
	rng := rand.New(rand.NewPCG(seed, 13))
	var written []quad.Quad // quads of accepted articles, for pieces
	accepted, refused := 0, 0
	for round := 0; round < 40; round++ {
		x := randomArticle(rng, round)
		body := x.Quads()
		kind := "article"
		switch k := rng.IntN(10); {
		case k < 5:
			kind = "article with a fault: " + mutate(rng, &body, written)
		case k < 6:
			kind = "raw quads"
			body = []quad.Quad{{Subject: quad.IRI(fmt.Sprintf("http://example.org/n%d", rng.IntN(5))), Predicate: quad.IRI("http://example.org/p"), Object: quad.String(fmt.Sprint(rng.IntN(5)))}}
		case k < 7 && len(written) > 0:
			kind = "a piece of what is stored, changed"
			q := written[rng.IntN(len(written))]
			if _, ok := q.Object.(quad.String); ok {
				q.Object = quad.String("changed")
			}
			body = []quad.Quad{q}
		case k < 8:
			kind = "extraction"
			before := mustCount(t, s)
			if _, err := s.WriteExtraction(ctx, x); err != nil {
				refused++
				if n := mustCount(t, s); n != before {
					t.Fatalf("round %d (%s): refused (%v) but the store changed", round, kind, err)
				}
				continue
			}
			accepted++
			if rep := mustVerify(t, s); !rep.OK() {
				t.Fatalf("round %d (%s): verify fails after an accepted write: %v", round, kind, rep.Faults)
			}
			continue
		}
		before := mustCount(t, s)
		_, err := s.WriteQuads(ctx, body)
		if err != nil {
			refused++
			if quads.ErrorCode(err) != quads.EINVALID {
				t.Fatalf("round %d (%s): %v, want EINVALID", round, kind, err)
			}
			if n := mustCount(t, s); n != before {
				t.Fatalf("round %d (%s): refused (%v) but the store changed", round, kind, err)
			}
			continue
		}
		accepted++
		written = append(written, body...)
		if rep := mustVerify(t, s); !rep.OK() {
			t.Fatalf("round %d (%s): verify fails after an accepted write: %v", round, kind, rep.Faults)
		}
	}
	t.Logf("%d writes accepted, %d refused", accepted, refused)
	if accepted == 0 || refused == 0 {
		t.Fatalf("the mix tested one side only: %d accepted, %d refused", accepted, refused)
	}
}

// Names of the random articles: a few, so that articles share entities,
// some spelt two ways (one id, two spellings).
var randomNames = []string{"Acme University", "ACME University", "Lake Museum", "River City", "Alice Wang", "Bo Li", "North College", "North college"}

func randomArticle(rng *rand.Rand, i int) *quads.Extraction {
	types := map[string]quads.EntityType{"Alice Wang": quads.Person, "Bo Li": quads.Person, "River City": quads.Place}
	var text strings.Builder
	fmt.Fprintf(&text, "Random article %d\nDate: 20%02d-0%d-1%d\n", i, 10+rng.IntN(15), 1+rng.IntN(9), rng.IntN(9))
	var ents []fent
	var rels []frel
	seen := map[string]bool{}
	for j := 0; j < 1+rng.IntN(3); j++ {
		a, b := randomNames[rng.IntN(len(randomNames))], randomNames[rng.IntN(len(randomNames))]
		if quads.NormalizeName(a) == quads.NormalizeName(b) {
			continue
		}
		for _, n := range []string{a, b} {
			if !seen[n] {
				seen[n] = true
				typ := types[n]
				if typ == "" {
					typ = quads.Organization
				}
				ents = append(ents, fent{Name: n, Type: typ})
			}
		}
		sentence := fmt.Sprintf("%s visited %s on day %d.", a, b, j)
		text.WriteString(sentence + " ")
		rels = append(rels, frel{S: a, P: quads.Visited, O: b, Sentence: sentence})
	}
	// Two spellings of one id in one article are one entity.
	ids := map[string]bool{}
	kept := ents[:0]
	for _, e := range ents {
		id := quads.EntityID(e.Type, e.Name)
		if !ids[id] {
			ids[id] = true
			kept = append(kept, e)
		}
	}
	x := build(text.String()+"\n", fmt.Sprintf("Random article %d", i), "", kept, nil)
	for _, r := range rels {
		start := strings.Index(x.Article.Text, r.Sentence)
		sid := entityIDIn(x, r.S)
		oid := entityIDIn(x, r.O)
		x.Relations = append(x.Relations, quads.Relation{Subject: sid, Predicate: quads.Visited, Object: oid,
			Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: r.Sentence, Start: start, End: start + len(r.Sentence)}})
	}
	x.Article.Date = fmt.Sprintf("20%02d-0%d-1%d", 10+rng.IntN(15), 1+rng.IntN(9), rng.IntN(9))
	return x
}

func entityIDIn(x *quads.Extraction, name string) string {
	for _, e := range x.Entities {
		if quads.NormalizeName(e.Name) == quads.NormalizeName(name) {
			return e.ID
		}
	}
	return ""
}

// mutate breaks body in one random way and says how.
func mutate(rng *rand.Rand, body *[]quad.Quad, written []quad.Quad) string {
	qs := *body
	i := rng.IntN(len(qs))
	q := qs[i]
	switch rng.IntN(7) {
	case 0:
		*body = append(qs[:i:i], qs[i+1:]...)
		return "drop " + quads.ShortIRI(q.Predicate)
	case 1:
		if _, ok := q.Object.(quad.String); ok {
			q.Object = quad.String("other " + string(q.Object.(quad.String)))
			*body = append(qs, q)
			return "a second " + quads.ShortIRI(q.Predicate)
		}
		return "none"
	case 2:
		if _, ok := q.Object.(quad.Int); ok {
			qs[i].Object = quad.String(fmt.Sprint(q.Object))
			return quads.ShortIRI(q.Predicate) + " as a string"
		}
		return "none"
	case 3:
		if s, ok := q.Object.(quad.String); ok {
			qs[i].Object = quad.String(string(s) + "\x01")
			return "a control byte in " + quads.ShortIRI(q.Predicate)
		}
		return "none"
	case 4:
		qs[i].Label = quads.EvidenceIRI(fmt.Sprintf("random-%d", rng.IntN(1000)))
		return "relabel " + quads.ShortIRI(q.Predicate)
	case 5:
		if len(written) > 0 {
			w := written[rng.IntN(len(written))]
			qs[i].Subject = w.Subject
			return "retarget " + quads.ShortIRI(q.Predicate) + " at a stored node"
		}
		return "none"
	default:
		for j := range qs {
			if qs[j].Predicate == quads.PropDate {
				qs[j].Object = quad.String([]string{"0000-00-00", "2023-02-30", "1899-12-31", "3000-01-01"}[rng.IntN(4)])
				return "a bad date"
			}
		}
		return "none"
	}
}
