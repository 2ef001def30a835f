package graph

import (
	"context"
	"fmt"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// VerifyReport is what Verify found: counts of what the store holds and
// every fault, each a sentence naming the node at fault.
type VerifyReport struct {
	Quads     int      `json:"quads"`
	Articles  int      `json:"articles"`
	Entities  int      `json:"entities"`
	Relations int      `json:"relations"`
	Faults    []string `json:"faults"`
}

// OK reports whether the store has no fault.
func (r *VerifyReport) OK() bool { return len(r.Faults) == 0 }

// maxFaults bounds the report: past it, a store is broken enough.
const maxFaults = 100

// Verify reads the whole store and checks that every relation has evidence
// naming a stored article, every evidence span is its sentence in the
// article text, every article holds exactly the relations it declares, every
// entity has a type and a name, and the path index agrees with the store.
func (s *Store) Verify(ctx context.Context) (*VerifyReport, error) {
	rep := &VerifyReport{Faults: []string{}}
	fault := func(format string, args ...any) {
		if len(rep.Faults) < maxFaults {
			rep.Faults = append(rep.Faults, fmt.Sprintf(format, args...))
		}
	}
	type evidence struct {
		article, sentence string
		start, end        int
		s, o              quad.Value
		p                 quad.Value
	}
	type article struct {
		text     string
		hasText  bool
		declared int
	}
	evs := map[quad.Value]*evidence{}
	arts := map[quad.Value]*article{}
	entTyped := map[quad.Value]bool{}
	entNamed := map[quad.Value]bool{}
	var rels []quad.Quad
	ev := func(v quad.Value) *evidence {
		e := evs[v]
		if e == nil {
			e = &evidence{start: -1, end: -1}
			evs[v] = e
		}
		return e
	}
	art := func(v quad.Value) *article {
		a := arts[v]
		if a == nil {
			a = &article{declared: -1}
			arts[v] = a
		}
		return a
	}

	unlock := s.readLock()
	it := s.qs.QuadsAllIterator()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		rep.Quads++
		if _, ok := quads.PredicateFromIRI(q.Predicate); ok {
			rels = append(rels, q)
			continue
		}
		_, isEv := quads.IDFromIRI(q.Subject, quads.EvidenceBase)
		_, isArt := quads.IDFromIRI(q.Subject, quads.ArticleBase)
		_, isEnt := quads.IDFromIRI(q.Subject, quads.EntityBase)
		switch {
		case isEv:
			e := ev(q.Subject)
			switch q.Predicate {
			case quads.PropArticle:
				e.article = fmt.Sprint(q.Object)
				art(q.Object)
			case quads.PropSentence:
				e.sentence = str(q.Object)
			case quads.PropStart:
				e.start = integer(q.Object)
			case quads.PropEnd:
				e.end = integer(q.Object)
			case quads.PropSubject:
				e.s = q.Object
			case quads.PropPredicate:
				e.p = q.Object
			case quads.PropObject:
				e.o = q.Object
			}
		case isArt:
			a := art(q.Subject)
			switch q.Predicate {
			case quads.PropText:
				a.text, a.hasText = str(q.Object), true
			case quads.PropRelCount:
				a.declared = integer(q.Object)
			}
		case isEnt:
			switch q.Predicate {
			case quads.RDFType:
				entTyped[q.Subject] = true
			case quads.PropName:
				entNamed[q.Subject] = true
			}
		}
	}
	err := it.Err()
	it.Close()
	unlock()
	if err != nil {
		return nil, fmt.Errorf("graph: verify: scan quads: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return nil, quads.Errorf(quads.ETIMEOUT, "verify cancelled: %v", err)
	}

	found := map[quad.Value]int{} // article → relation quads whose evidence points at it
	ents := map[quad.Value]bool{}
	for _, q := range rels {
		rep.Relations++
		ents[q.Subject], ents[q.Object] = true, true
		e, ok := evs[q.Label]
		if !ok || q.Label == nil {
			fault("relation %s has no evidence node as its label", q.NQuad())
			continue
		}
		if e.s != q.Subject || e.o != q.Object || e.p != q.Predicate {
			fault("relation %s: its evidence node names another relation", q.NQuad())
		}
	}
	// Index articles by their printed IRI once, rather than per relation.
	byName := make(map[string]quad.Value, len(arts))
	for v := range arts {
		byName[fmt.Sprint(v)] = v
	}
	for _, q := range rels {
		e, ok := evs[q.Label]
		if !ok {
			continue
		}
		av, ok := byName[e.article]
		if !ok || !arts[av].hasText {
			fault("relation %s: its evidence names article %q, which is not stored", q.NQuad(), e.article)
			continue
		}
		found[av]++
		a := arts[av]
		if e.start < 0 || e.end > len(a.text) || e.start >= e.end || a.text[e.start:e.end] != e.sentence {
			fault("evidence %v: span [%d,%d) is not its sentence in article %s", q.Label, e.start, e.end, e.article)
		}
	}
	keys := make([]quad.Value, 0, len(arts))
	for v := range arts {
		keys = append(keys, v)
	}
	sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
	for _, v := range keys {
		a := arts[v]
		if !a.hasText {
			continue // referenced only; reported above through its relations
		}
		rep.Articles++
		if a.declared < 0 {
			fault("article %v has no relation count: it was not written whole", v)
		} else if found[v] != a.declared {
			fault("article %v declares %d relations but %d are stored", v, a.declared, found[v])
		}
	}
	for v := range ents {
		rep.Entities++
		if !entTyped[v] || !entNamed[v] {
			fault("entity %v has no type or no name", v)
		}
	}
	if err := s.VerifyIndex(ctx); err != nil {
		fault("%s", quads.ErrorMessage(err))
	}
	sort.Strings(rep.Faults)
	return rep, nil
}
