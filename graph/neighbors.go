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
}

// Neighbors returns the neighbourhood of an entity. Nearer entities come
// first; within a distance, those reached by the edge with the most
// evidence, then the better connected. Edges are the ones that reached each
// entity, then other edges among the chosen entities, best evidenced first,
// at most Limit in all (Limit-1 when the tree alone fills it). It returns EINVALID for Depth or Limit out of
// range, ENOTFOUND for an unknown entity and ETIMEOUT when the budget or
// ctx runs out first.
func (s *Store) Neighbors(ctx context.Context, q NeighborQuery) (*Subgraph, error) {
	if q.Depth == 0 {
		q.Depth = 1
	}
	if q.Limit == 0 {
		q.Limit = DefaultLimit
	}
	if q.Depth < 1 || q.Depth > MaxDepth {
		return nil, quads.Errorf(quads.EINVALID, "depth must be between 1 and %d", MaxDepth)
	}
	if q.Limit < 1 || q.Limit > MaxLimit {
		return nil, quads.Errorf(quads.EINVALID, "limit must be between 1 and %d", MaxLimit)
	}
	f, err := newFilter(q.Predicates, q.Types, q.Since, q.Until)
	if err != nil {
		return nil, err
	}
	b := newBudget(ctx, q.Budget)
	var nodeIDs []string
	var edges []edgeRef
	err = func() error {
		d := s.idx.load()
		c, ok := d.nodeOf(q.ID)
		if !ok {
			return quads.Errorf(quads.ENOTFOUND, "no entity %q in the graph", clip(q.ID))
		}
		chosen := map[uint32]bool{c: true}
		order := []uint32{c}
		type cand struct {
			n     uint32
			from  uint32
			h     half
			ev    uint16
			deg   int
			found bool
		}
		var tree []edgeRef
		level := []uint32{c}
		for depth := 0; depth < q.Depth && len(order) < q.Limit && len(level) > 0; depth++ {
			cands := map[uint32]*cand{}
			for _, u := range level {
				a, bb := d.halves(u)
				if b.tick(len(a) + len(bb) + 1) {
					return b.err
				}
				for _, hs := range [2][]uint64{a, bb} {
					for _, hv := range hs {
						h := half(hv)
						v := h.nb()
						if chosen[v] || !f.edgeOK(d, h) || !f.nodeOK(d, v) {
							continue
						}
						ev := d.evidence(h.edge())
						if x, ok := cands[v]; ok {
							if ev > x.ev {
								x.from, x.h, x.ev = u, h, ev
							}
							continue
						}
						cands[v] = &cand{n: v, from: u, h: h, ev: ev}
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
				return d.idOf(a.n) < d.idOf(b.n)
			})
			level = level[:0:0]
			for _, x := range list {
				if len(order) >= q.Limit {
					break
				}
				chosen[x.n] = true
				order = append(order, x.n)
				level = append(level, x.n)
				tree = append(tree, d.edgeRefOf(x.from, x.h))
			}
		}
		// Other edges among the chosen entities.
		type extra struct {
			u  uint32
			h  half
			ev uint16
		}
		inTree := map[edgeRef]bool{}
		for _, r := range tree {
			inTree[r] = true
		}
		var extras []extra
		seenEdge := map[uint32]bool{}
		if len(tree) < q.Limit {
			for _, u := range order {
				a, bb := d.halves(u)
				if b.tick(len(a) + len(bb) + 1) {
					return b.err
				}
				for _, hs := range [2][]uint64{a, bb} {
					for _, hv := range hs {
						h := half(hv)
						if !chosen[h.nb()] || seenEdge[h.edge()] || !f.edgeOK(d, h) {
							continue
						}
						seenEdge[h.edge()] = true
						if !inTree[d.edgeRefOf(u, h)] {
							extras = append(extras, extra{u, h, d.evidence(h.edge())})
						}
					}
				}
			}
		}
		sort.SliceStable(extras, func(i, j int) bool { return extras[i].ev > extras[j].ev })
		edges = tree
		for _, x := range extras {
			if len(edges) >= q.Limit {
				break
			}
			edges = append(edges, d.edgeRefOf(x.u, x.h))
		}
		for _, n := range order {
			nodeIDs = append(nodeIDs, d.idOf(n))
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	h := s.newHydrator(f)
	g := &Subgraph{}
	if g.Nodes, err = h.entityList(ctx, b, nodeIDs); err != nil {
		return nil, err
	}
	if g.Edges, err = h.edgeList(ctx, b, edges); err != nil {
		return nil, err
	}
	return g, nil
}
