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

// Verify reads the whole store and checks the store's invariants
// (invariants.go), the same rules a write of N-Quads is checked against:
// every quad in the vocabulary has values of the right kind; every relation
// has evidence that names it, lies in a stored article and spans its
// sentence; every evidence node supports a stored relation; every node has
// its required properties and one value of each single one (one name per
// entity, one text per article); every article holds exactly the relations
// it declares; the nodes they name exist; and the path index agrees with
// the store.
func (s *Store) Verify(ctx context.Context) (*VerifyReport, error) {
	rep := &VerifyReport{Faults: []string{}}
	fault := func(format string, args ...any) {
		if len(rep.Faults) < maxFaults {
			rep.Faults = append(rep.Faults, fmt.Sprintf(format, args...))
		}
	}
	g := &storeView{nodes: map[quad.Value]*vnode{}, rels: map[quad.Quad]bool{}, evs: map[quad.Value][]quad.Value{}}
	var rels []quad.Quad

	unlock := s.readLock()
	it := s.qs.QuadsAllIterator()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		rep.Quads++
		if err := quads.ValidateQuad(q); err != nil {
			fault("quad %s: %s", clipN(q.NQuad(), 300), quads.ErrorMessage(err))
		} else if err := quads.CheckVocabQuad(q); err != nil {
			fault("quad %s: %s", clipN(q.NQuad(), 300), quads.ErrorMessage(err))
		}
		switch {
		case quads.IsRelation(q):
			if !g.rels[q] {
				g.rels[q] = true
				rels = append(rels, q)
			}
		case quads.InVocabulary(q) && quads.KindOf(q.Subject) != quads.NodeRaw:
			g.at(q.Subject).add(q.Predicate, q.Object, -1)
			if q.Predicate == quads.PropArticle {
				g.evs[q.Object] = append(g.evs[q.Object], q.Subject)
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

	report := func(vs []violation, _ error) {
		for _, v := range vs {
			fault("%s", v.msg)
		}
	}
	ents := map[quad.Value]bool{}
	for _, r := range rels {
		rep.Relations++
		ents[r.Subject], ents[r.Object] = true, true
		report(checkRelation(g, r, -1))
	}
	keys := make([]quad.Value, 0, len(g.nodes))
	for v := range g.nodes {
		keys = append(keys, v)
	}
	sort.Slice(keys, func(i, j int) bool { return fmt.Sprint(keys[i]) < fmt.Sprint(keys[j]) })
	for _, v := range keys {
		n := g.nodes[v]
		if n.kind == quads.NodeArticle && len(n.values(quads.PropText)) > 0 {
			rep.Articles++
		}
		if err := ctx.Err(); err != nil {
			return nil, quads.Errorf(quads.ETIMEOUT, "verify cancelled: %v", err)
		}
		report(checkNode(g, n))
	}
	rep.Entities = len(ents)
	if err := s.VerifyIndex(ctx); err != nil {
		fault("%s", quads.ErrorMessage(err))
	}
	sort.Strings(rep.Faults)
	return rep, nil
}

// storeView is the whole store, read into memory by Verify.
type storeView struct {
	nodes map[quad.Value]*vnode
	rels  map[quad.Quad]bool
	evs   map[quad.Value][]quad.Value // article → evidence nodes naming it
}

func (g *storeView) at(v quad.Value) *vnode {
	n := g.nodes[v]
	if n == nil {
		n = newVnode(v)
		g.nodes[v] = n
	}
	return n
}

func (g *storeView) node(v quad.Value) (*vnode, error) {
	if n := g.nodes[v]; n != nil {
		return n, nil
	}
	return newVnode(v), nil // not stored: exists() is false
}

func (g *storeView) hasRelation(r quad.Quad) (bool, int, error) { return g.rels[r], -1, nil }

func (g *storeView) evidenceOf(a quad.Value) ([]quad.Value, error) { return g.evs[a], nil }

func (g *storeView) missing() string { return "is not stored" }
