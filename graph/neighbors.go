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
	// entities the neighbourhood holds without it; when counting them all
	// would cost more than the answer itself (neighbors_total.go), Total is
	// a lower bound and TotalLowerBound says so.
	Truncated       bool `json:"truncated,omitempty"`
	Total           int  `json:"total,omitempty"`
	TotalLowerBound bool `json:"total_lower_bound,omitempty"`
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
	sc := getNbScratch(d.nodes())
	nb, err := d.neighborhood(sc, c, q.Depth, q.Limit, &f, b)
	nbScratchPool.Put(sc)
	if err != nil {
		return nil, err
	}
	h := s.newHydrator(f)
	g := &Subgraph{Total: nb.total, TotalLowerBound: !nb.exact,
		Truncated: nb.total > len(nb.nodes) || nb.edgesCut}
	if g.Nodes, err = h.entityList(ctx, b, d.idsOf(nb.nodes)); err != nil {
		return nil, err
	}
	if g.Edges, err = h.edgeList(ctx, b, nb.edges); err != nil {
		return nil, err
	}
	g.EvidenceUnavailable = h.unread
	return g, nil
}

// neighborhoodResult is a neighbourhood in index terms: its entities in
// order, its edges, whether the limit left edges out, and the size of the
// neighbourhood without the limit (exact, or a lower bound).
type neighborhoodResult struct {
	nodes    []uint32
	edges    []edgeRef
	edgesCut bool
	total    int
	exact    bool
}

// nbCand is an entity one level further out and the edge that reaches it.
type nbCand struct {
	n, from uint32
	h       half
	ev      uint16
	deg     int32 // degree, -1 until a comparison needs it
}

// nbExtra is an edge between two chosen entities that is not a tree edge,
// as seen from u.
type nbExtra struct {
	u  uint32
	h  half
	ev uint16
}

// neighborhood chooses the entities and edges of c's neighbourhood, as
// Neighbors describes; ties are broken by ids, so that any server on the
// same data chooses alike. At each distance it visits the edges of the
// entities chosen at the distance before (it must, to rank what they reach)
// but keeps only the best of what they reach in a bounded heap instead of
// sorting it all, and marks entities in sc's arrays instead of maps. Past
// the distance where the limit fills, it only counts (countOn).
func (d *indexData) neighborhood(sc *nbScratch, c uint32, depth, limit int, f *filter, b *budget) (*neighborhoodResult, error) {
	chosenMark, countedMark := sc.newQuery()
	sc.mark[c], sc.slot[c] = chosenMark, 0
	order := []uint32{c}
	// tree[i] is the edge that reached order[i+1], from its parent.
	type treeEdge struct {
		from uint32
		h    half
	}
	var tree []treeEdge
	// reaches reports whether u over h is a better way to x's entity than
	// x's: more evidence, then from the smaller id, then the smaller
	// predicate.
	reaches := func(u uint32, h half, ev uint16, x *nbCand) bool {
		if ev == x.ev && u != x.from {
			return d.idLess(u, x.from)
		}
		return betterEdge(d, h, x.h)
	}
	degree := func(x *nbCand) int32 {
		if x.deg < 0 {
			x.deg = int32(d.degree(x.n))
		}
		return x.deg
	}
	cands := sc.cands[:0]
	// better orders candidates: more evidence, better connected, smaller id.
	better := func(i, j int) bool {
		a, b := &cands[i], &cands[j]
		if a.ev != b.ev {
			return a.ev > b.ev
		}
		if da, db := degree(a), degree(b); da != db {
			return da > db
		}
		return d.idLess(a.n, b.n)
	}
	level := []uint32{c}
	levels, known := 0, 1 // distances ranked, entities found within them
	for levels < depth && len(order) < limit && len(level) > 0 {
		lg := sc.newLevel()
		cands = cands[:0]
		for _, u := range level {
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				sc.cands = cands
				return nil, b.err
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					v := h.nb()
					if sc.mark[v] == chosenMark || !f.edgeOK(d, h) {
						continue
					}
					if sc.level[v] == lg {
						if i := sc.slot[v]; i >= 0 {
							if x, ev := &cands[i], d.evidence(h.edge()); reaches(u, h, ev, x) {
								x.from, x.h, x.ev = u, h, ev
							}
						}
						continue
					}
					sc.level[v] = lg
					if !f.nodeOK(d, v) {
						sc.slot[v] = -1
						continue
					}
					sc.slot[v] = int32(len(cands))
					cands = append(cands, nbCand{n: v, from: u, h: h, ev: d.evidence(h.edge()), deg: -1})
				}
			}
		}
		levels++
		known += len(cands)
		for i := range cands {
			sc.mark[cands[i].n] = countedMark
		}
		level = level[:0:0]
		for _, i := range sc.selectTop(len(cands), limit-len(order), better) {
			x := &cands[i]
			sc.mark[x.n], sc.slot[x.n] = chosenMark, int32(len(order))
			order = append(order, x.n)
			level = append(level, x.n)
			tree = append(tree, treeEdge{x.from, x.h})
		}
	}
	res := &neighborhoodResult{nodes: order, total: known, exact: true}
	if levels < depth && len(order) >= limit {
		// The limit filled before depth: count on from everything the last
		// ranked distance found, chosen or not.
		front := sc.front[:0]
		if levels == 0 {
			front = append(front, c)
		}
		for i := range cands {
			front = append(front, cands[i].n)
		}
		var err error
		res.total, res.exact, err = d.countOn(sc, front, depth-levels, known, chosenMark, countedMark, f, b)
		if err != nil {
			sc.cands = cands
			return nil, err
		}
	}
	sc.cands = cands

	// Other edges among the chosen entities, best evidenced first, then in
	// the order of their ids. Each is taken from its end chosen first; the
	// tree edge of an entity is the one from its parent, chosen before it.
	extras := sc.extras[:0]
	for i, u := range order {
		a, bb := d.halves(u)
		if b.tick(len(a) + len(bb) + 1) {
			sc.extras = extras
			return nil, b.err
		}
		for _, hs := range [2][]uint64{a, bb} {
			for _, hv := range hs {
				h := half(hv)
				v := h.nb()
				if sc.mark[v] != chosenMark || int(sc.slot[v]) <= i || !f.edgeOK(d, h) {
					continue
				}
				if t := tree[sc.slot[v]-1]; t.from == u && t.h.edge() == h.edge() {
					continue
				}
				extras = append(extras, nbExtra{u, h, d.evidence(h.edge())})
			}
		}
	}
	sc.extras = extras
	ends := func(x *nbExtra) (s, o uint32) {
		if x.h.out() {
			return x.u, x.h.nb()
		}
		return x.h.nb(), x.u
	}
	betterExtra := func(i, j int) bool {
		a, b := &extras[i], &extras[j]
		if a.ev != b.ev {
			return a.ev > b.ev
		}
		as, ao := ends(a)
		bs, bo := ends(b)
		if as != bs {
			return d.idLess(as, bs)
		}
		if ao != bo {
			return d.idLess(ao, bo)
		}
		return predicates[a.h.pred()] < predicates[b.h.pred()]
	}
	room := limit - len(tree)
	picked := sc.selectTop(len(extras), room, betterExtra)
	res.edges = make([]edgeRef, 0, len(tree)+len(picked))
	for _, t := range tree {
		res.edges = append(res.edges, d.edgeRefOf(t.from, t.h))
	}
	for _, i := range picked {
		res.edges = append(res.edges, d.edgeRefOf(extras[i].u, extras[i].h))
	}
	res.edgesCut = len(extras) > len(picked)
	return res, nil
}

// selectTop returns the indices of the k best of 0..n-1 under better (a
// strict total order), best first, keeping only k of them in a heap while
// it goes: n log k comparisons, and none of the k kept but the worst looked
// at again for most of the rest.
func (sc *nbScratch) selectTop(n, k int, better func(i, j int) bool) []int32 {
	if k <= 0 || n == 0 {
		return nil
	}
	top := sc.top[:0]
	if n <= k {
		for i := 0; i < n; i++ {
			top = append(top, int32(i))
		}
	} else {
		// A heap of the k best so far, the worst of them at its root.
		worse := func(a, b int32) bool { return better(int(b), int(a)) }
		down := func(i int) {
			for {
				l := 2*i + 1
				if l >= len(top) {
					return
				}
				if r := l + 1; r < len(top) && worse(top[r], top[l]) {
					l = r
				}
				if !worse(top[l], top[i]) {
					return
				}
				top[i], top[l] = top[l], top[i]
				i = l
			}
		}
		for i := 0; i < k; i++ {
			top = append(top, int32(i))
		}
		for i := k/2 - 1; i >= 0; i-- {
			down(i)
		}
		for i := k; i < n; i++ {
			if better(i, int(top[0])) {
				top[0] = int32(i)
				down(0)
			}
		}
	}
	sort.Slice(top, func(a, b int) bool { return better(int(top[a]), int(top[b])) })
	sc.top = top
	return top
}
