package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
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
	// read. Only an exact count says so; a backend that estimates (SQL)
	// is read.
	unlock := s.readLock()
	st, err := s.qs.Stats(ctx, false)
	unlock()
	g.empty = err == nil && st.Quads.Exact && st.Quads.Size == 0
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
	empty    bool // the store holds nothing: no reads
}

func newBodyView(ctx context.Context, s *Store, qs []quad.Quad) *bodyView {
	g := &bodyView{ctx: ctx, s: s, facts: map[quad.Value][]fact{}, rels: map[quad.Quad]int{},
		bodyEvs: map[quad.Value][]quad.Value{}, nodes: map[quad.Value]*vnode{}, stored: map[quad.Quad]bool{}}
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
			rules := quads.PropertiesOf(n.kind)
			preds := make([]quad.Value, len(rules))
			for i, r := range rules {
				preds[i] = r.Predicate
			}
			stored, err := g.s.subjectQuadsWith(g.ctx, v, preds, nil)
			if err != nil {
				return nil, err
			}
			for _, q := range stored {
				n.add(q.Predicate, q.Object, -1)
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
	qs, err := g.s.subjectQuadsWith(g.ctx, r.Subject, []quad.Value{r.Predicate}, r.Object)
	if err != nil {
		return false, err
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

// subjectQuadsWith returns v's stored quads whose predicate is one of preds
// and, when obj is not nil, whose object is obj. It compares Cayley's refs
// before reading any value, so a hub's thousands of relations cost an
// iteration step each rather than four value reads each.
func (s *Store) subjectQuadsWith(ctx context.Context, v quad.Value, preds []quad.Value, obj quad.Value) ([]quad.Quad, error) {
	defer s.readLock()()
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	want := make(map[any]bool, len(preds))
	for _, p := range preds {
		if r := s.qs.ValueOf(p); r != nil {
			want[cgraph.ToKey(r)] = true
		}
	}
	var objKey any
	if obj != nil {
		r := s.qs.ValueOf(obj)
		if r == nil {
			return nil, nil
		}
		objKey = cgraph.ToKey(r)
	}
	if len(want) == 0 {
		return nil, nil
	}
	it := s.qs.QuadIterator(quad.Subject, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := it.Result()
		if !want[cgraph.ToKey(s.qs.QuadDirection(q, quad.Predicate))] {
			continue
		}
		if objKey != nil && cgraph.ToKey(s.qs.QuadDirection(q, quad.Object)) != objKey {
			continue
		}
		out = append(out, s.qs.Quad(q))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("graph: scan quads of %v: %w", v, err)
	}
	return out, ctx.Err()
}
