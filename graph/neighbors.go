package graph

import (
	"context"
	"sort"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// NeighborQuery asks for the entities within Depth edges of ID (0: 1), at
// most Limit of them (0: DefaultLimit) counting ID itself, with the same
// filters as PathQuery.
type NeighborQuery struct {
	ID           string
	Depth, Limit int
	Predicates   []quads.Predicate
	Types        []quads.EntityType
	Since, Until string
	Budget       time.Duration
}

// Subgraph is a set of entities and the edges between them.
type Subgraph struct {
	Nodes []quads.Entity `json:"nodes"`
	Edges []quads.Edge   `json:"edges"`
	// EvidenceUnavailable: as in Path.
	EvidenceUnavailable []string `json:"evidence_unavailable,omitempty"`

	// Set by Neighbors only: whether the limit cut the answer, and how many
	// entities the neighbourhood holds without it (see reachCount).
	Truncated bool `json:"truncated,omitempty"`
	Total     int  `json:"total,omitempty"`
}

// Neighbors returns the neighbourhood of an entity. Nearer entities come
// first; within a distance, those reached by the edge with the most
// evidence, then the better connected. Edges are the ones that reached each
// entity, then other edges among the chosen entities, best evidenced first,
// at most Limit in all (Limit-1 when the tree alone fills it). It returns EINVALID for Depth or Limit out of
// range, ENOTFOUND for an unknown entity and ETIMEOUT when the budget or
// ctx runs out first.
func (s *Store) Neighbors(ctx context.Context, q NeighborQuery) (*Subgraph, error) {
	f, b, err := startQuery(ctx, q.Budget, q.Predicates, q.Types, q.Since, q.Until,
		bound{"depth", &q.Depth, 1, MaxDepth}, bound{"limit", &q.Limit, DefaultLimit, MaxLimit})
	if err != nil {
		return nil, err
	}
	d := s.idx.load()
	c, ok := d.nodeOf(q.ID)
	if !ok {
		return nil, quads.Errorf(quads.ENOTFOUND, "no entity %q in the graph", clip(q.ID))
	}
	nodes, edges, edgesCut, err := d.neighborhood(c, q.Depth, q.Limit, &f, b)
	if err != nil {
		return nil, err
	}
	// how much the limit left out (a separate count, see reachCount)
	total := len(nodes)
	if len(nodes) >= q.Limit {
		if total, err = reachCount(d, f, b, c, q.Depth); err != nil {
			return nil, err
		}
	}
	h := s.newHydrator(f)
	g := &Subgraph{Total: total, Truncated: total > len(nodes) || edgesCut}
	if g.Nodes, err = h.entityList(ctx, b, d.idsOf(nodes)); err != nil {
		return nil, err
	}
	if g.Edges, err = h.edgeList(ctx, b, edges); err != nil {
		return nil, err
	}
	g.EvidenceUnavailable = h.unread
	return g, nil
}

// neighborhood chooses the entities and edges of c's neighbourhood, as
// Neighbors describes; ties are broken by ids, so that any server on the
// same data chooses alike. cut says whether the limit left edges out.
func (d *indexData) neighborhood(c uint32, depth, limit int, f *filter, b *budget) (nodes []uint32, edges []edgeRef, cut bool, err error) {
	chosen := map[uint32]bool{c: true}
	order := []uint32{c}
	// cand is an entity one level further out and the edge that reaches it.
	type cand struct {
		n, from uint32
		h       half
		ev      uint16
		deg     int
	}
	// reaches reports whether u over h is a better way to v than x's: more
	// evidence, then from the smaller id, then the smaller predicate.
	reaches := func(u uint32, h half, ev uint16, x *cand) bool {
		if ev == x.ev && u != x.from {
			return d.idLess(u, x.from)
		}
		return betterEdge(d, h, x.h)
	}
	var tree []edgeRef
	level := []uint32{c}
	for dist := 0; dist < depth && len(order) < limit && len(level) > 0; dist++ {
		cands := map[uint32]*cand{}
		for _, u := range level {
			if b.tick(d.degree(u) + 1) {
				return nil, nil, false, b.err
			}
			for h := range d.adj(u) {
				v := h.nb()
				if chosen[v] || !f.edgeOK(d, h) || !f.nodeOK(d, v) {
					continue
				}
				ev := d.evidence(h.edge())
				if x, ok := cands[v]; !ok {
					cands[v] = &cand{n: v, from: u, h: h, ev: ev}
				} else if reaches(u, h, ev, x) {
					x.from, x.h, x.ev = u, h, ev
				}
			}
		}
		list := make([]*cand, 0, len(cands))
		for _, x := range cands {
			x.deg = d.degree(x.n)
			list = append(list, x)
		}
		sort.Slice(list, func(i, j int) bool {
			a, b := list[i], list[j]
			if a.ev != b.ev {
				return a.ev > b.ev
			}
			if a.deg != b.deg {
				return a.deg > b.deg
			}
			return d.idLess(a.n, b.n)
		})
		level = level[:0:0]
		for _, x := range list {
			if len(order) >= limit {
				break
			}
			chosen[x.n] = true
			order = append(order, x.n)
			level = append(level, x.n)
			tree = append(tree, d.edgeRefOf(x.from, x.h))
		}
	}
	// Other edges among the chosen entities, best evidenced first, then in
	// the order of their ids.
	type extra struct {
		r  edgeRef
		ev uint16
	}
	inTree := map[edgeRef]bool{}
	for _, r := range tree {
		inTree[r] = true
	}
	var extras []extra
	seenEdge := map[uint32]bool{}
	if len(tree) < limit {
		for _, u := range order {
			if b.tick(d.degree(u) + 1) {
				return nil, nil, false, b.err
			}
			for h := range d.adj(u) {
				if !chosen[h.nb()] || seenEdge[h.edge()] || !f.edgeOK(d, h) {
					continue
				}
				seenEdge[h.edge()] = true
				if r := d.edgeRefOf(u, h); !inTree[r] {
					extras = append(extras, extra{r, d.evidence(h.edge())})
				}
			}
		}
	}
	sort.Slice(extras, func(i, j int) bool {
		if extras[i].ev != extras[j].ev {
			return extras[i].ev > extras[j].ev
		}
		return extras[i].r.less(extras[j].r)
	})
	edges = tree
	for _, x := range extras {
		if len(edges) >= limit {
			break
		}
		edges = append(edges, x.r)
	}
	return order, edges, len(tree)+len(extras) > len(edges), nil
}
