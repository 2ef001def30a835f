package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// checkBody returns EINVALID, naming the offending quad by where (its line
// in an N-Quads file, or its place in the body), when writing qs would
// break one of the store's invariants (invariants.go), checked against
// the body and what is stored. Quads outside the vocabulary pass. The
// caller holds the write locks, so that nothing is written between the
// check and the write.
func (s *Store) checkBody(ctx context.Context, qs []quad.Quad, where func(i int) string) error {
	for i, q := range qs {
		if err := quads.ValidateQuad(q); err != nil {
			return quads.Errorf(quads.EINVALID, "%s: %s", where(i), quads.ErrorMessage(err))
		}
		if err := quads.CheckVocabQuad(q); err != nil {
			return quads.Errorf(quads.EINVALID, "%s: %s", where(i), quads.ErrorMessage(err))
		}
	}
	g := newBodyView(ctx, s, qs)
	// Into an empty store (a restore from an export) there is nothing to
	// read: on PostgreSQL that saves a query per node.
	if n, err := s.QuadCount(ctx); err != nil {
		return err
	} else if n == 0 {
		g.empty = true
	}
	var found []violation
	add := func(vs []violation, err error) error {
		found = append(found, vs...)
		return err
	}
	checked := map[quad.Value]bool{}
	checkOnce := func(v quad.Value) error {
		if checked[v] {
			return nil
		}
		checked[v] = true
		n, err := g.node(v)
		if err != nil || !n.exists() {
			return err
		}
		return add(checkNode(g, n))
	}
	for _, v := range g.subjects {
		if err := checkOnce(v); err != nil {
			return err
		}
	}
	for _, r := range g.relOrder {
		at := g.rels[r]
		if stored, err := g.storedRelation(r); err != nil {
			return err
		} else if stored {
			continue // already there: writing it again changes nothing
		}
		if err := add(checkRelation(g, r, at)); err != nil {
			return err
		}
		// The evidence node and its article must still hold with one
		// relation more.
		if err := checkOnce(r.Label); err != nil {
			return err
		}
		ev, err := g.node(r.Label)
		if err != nil {
			return err
		}
		if a, ok := ev.value(quads.PropArticle); ok {
			if err := checkOnce(a); err != nil {
				return err
			}
		}
	}
	// Only what the body is part of is its fault; a fault among stored
	// quads alone is verify's to report.
	kept := found[:0]
	for _, v := range found {
		if v.at >= 0 {
			kept = append(kept, v)
		}
	}
	if len(kept) == 0 {
		return nil
	}
	sort.SliceStable(kept, func(i, j int) bool { return kept[i].at < kept[j].at })
	msgs := make([]string, 0, 3)
	for i, v := range kept {
		if i == 3 {
			msgs = append(msgs, fmt.Sprintf("and %d more", len(kept)-3))
			break
		}
		msgs = append(msgs, where(v.at)+": "+v.msg)
	}
	return quads.Errorf(quads.EINVALID, "%s; nothing was written", strings.Join(msgs, "; "))
}

// bodyView is the store as it would be with a body written: what the body
// says, and what the store holds, read as needed.
type bodyView struct {
	ctx      context.Context
	s        *Store
	facts    map[quad.Value][]fact // body facts by subject
	subjects []quad.Value          // body subjects in body order
	rels     map[quad.Quad]int     // body relation quads → first index
	relOrder []quad.Quad
	bodyEvs  map[quad.Value][]quad.Value // article → body evidence nodes naming it
	nodes    map[quad.Value]*vnode
	stored   map[quad.Quad]bool
	bySP     map[[2]quad.Value][]quad.Quad // stored quads by subject and predicate
	empty    bool                          // the store holds nothing: no reads
}

func newBodyView(ctx context.Context, s *Store, qs []quad.Quad) *bodyView {
	g := &bodyView{ctx: ctx, s: s, facts: map[quad.Value][]fact{}, rels: map[quad.Quad]int{},
		bodyEvs: map[quad.Value][]quad.Value{}, nodes: map[quad.Value]*vnode{}, stored: map[quad.Quad]bool{},
		bySP: map[[2]quad.Value][]quad.Quad{}}
	for i, q := range qs {
		switch {
		case quads.IsRelation(q):
			if _, ok := g.rels[q]; !ok {
				g.rels[q] = i
				g.relOrder = append(g.relOrder, q)
			}
		case quads.InVocabulary(q) && quads.KindOf(q.Subject) != quads.NodeRaw:
			if _, ok := g.facts[q.Subject]; !ok {
				g.subjects = append(g.subjects, q.Subject)
			}
			g.facts[q.Subject] = append(g.facts[q.Subject], fact{p: q.Predicate, v: q.Object, at: i})
			if q.Predicate == quads.PropArticle {
				g.bodyEvs[q.Object] = append(g.bodyEvs[q.Object], q.Subject)
			}
		}
	}
	return g
}

func (g *bodyView) node(v quad.Value) (*vnode, error) {
	if n, ok := g.nodes[v]; ok {
		return n, nil
	}
	n := newVnode(v)
	if n.kind != quads.NodeRaw {
		if !g.empty {
			stored, err := g.s.quadsWith(g.ctx, quad.Subject, v, nil)
			if err != nil {
				return nil, err
			}
			for _, q := range stored {
				if !quads.IsRelation(q) && quads.InVocabulary(q) {
					n.add(q.Predicate, q.Object, -1)
				}
			}
		}
		for _, f := range g.facts[v] {
			n.add(f.p, f.v, f.at)
		}
	}
	g.nodes[v] = n
	return n, nil
}

func (g *bodyView) storedRelation(r quad.Quad) (bool, error) {
	if ok, seen := g.stored[r]; seen || g.empty {
		return ok, nil
	}
	key := [2]quad.Value{r.Subject, r.Predicate}
	qs, seen := g.bySP[key]
	if !seen {
		var err error
		if qs, err = g.s.quadsWith(g.ctx, quad.Subject, r.Subject, r.Predicate); err != nil {
			return false, err
		}
		g.bySP[key] = qs
	}
	found := false
	for _, q := range qs {
		if q.Object == r.Object && q.Label == r.Label {
			found = true
			break
		}
	}
	g.stored[r] = found
	return found, nil
}

func (g *bodyView) hasRelation(r quad.Quad) (bool, int, error) {
	if at, ok := g.rels[r]; ok {
		if stored, err := g.storedRelation(r); err != nil || stored {
			return stored, -1, err
		}
		return true, at, nil
	}
	ok, err := g.storedRelation(r)
	return ok, -1, err
}

func (g *bodyView) evidenceOf(a quad.Value) ([]quad.Value, error) {
	var stored []quad.Quad
	if !g.empty {
		var err error
		if stored, err = g.s.quadsWith(g.ctx, quad.Object, a, quads.PropArticle); err != nil {
			return nil, err
		}
	}
	seen := map[quad.Value]bool{}
	var out []quad.Value
	for _, q := range stored {
		if !seen[q.Subject] {
			seen[q.Subject] = true
			out = append(out, q.Subject)
		}
	}
	for _, v := range g.bodyEvs[a] {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out, nil
}

func (g *bodyView) missing() string { return "is neither stored nor written in this body" }
