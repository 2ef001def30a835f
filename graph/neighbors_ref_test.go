package graph

import "sort"

// neighborhoodRef is the neighbourhood as first written (sort every
// candidate, maps for marks), kept as the specification the faster one is
// checked against: it chooses the entities and edges of c's neighbourhood, as
// Neighbors describes; ties are broken by ids, so that any server on the
// same data chooses alike. cut says whether the limit left edges out.
func (d *indexData) neighborhoodRef(c uint32, depth, limit int, f *filter, b *budget) (nodes []uint32, edges []edgeRef, cut bool, err error) {
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

// reachCountRef is the exact count as first written: it counts the entities within depth edges of c, c included,
// through the edges and entities f lets through: the size of the
// neighbourhood Neighbors would give without its limit, so that a cut
// answer can say how much it left out.
func reachCountRef(d *indexData, f filter, b *budget, c uint32, depth int) (int, error) {
	seen := map[uint32]bool{c: true}
	level := []uint32{c}
	for i := 0; i < depth && len(level) > 0; i++ {
		var next []uint32
		for _, u := range level {
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				return 0, b.err
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					v := h.nb()
					if seen[v] || !f.edgeOK(d, h) || !f.nodeOK(d, v) {
						continue
					}
					seen[v] = true
					next = append(next, v)
				}
			}
		}
		level = next
	}
	return len(seen), nil
}
