package graph

import "sync"

// reachWork bounds the half-edges countOn visits to count a neighbourhood
// beyond what its answer needed: about a millisecond of work on this
// machine. Past it the count stops at a whole distance and is a lower bound.
var reachWork = 1 << 19

// countOn counts, for a neighbourhood cut by its limit before its depth, the
// entities it holds without the limit: known were found within the
// distances ranked so far, front are those of the farthest of them, and
// levels more distances remain. Entities already found carry chosen or
// counted in sc.mark. A distance is counted only when the edges of its
// whole frontier fit what remains of reachWork, so the count does not
// depend on the order in which the index holds edges: it is the exact size,
// or (exact false) the size of the neighbourhood up to the last distance
// counted, a lower bound that any server on the same data gives alike.
func (d *indexData) countOn(sc *nbScratch, front []uint32, levels, known int, chosen, counted uint32, f *filter, b *budget) (total int, exact bool, err error) {
	work := 0
	next := sc.next[:0]
	defer func() { sc.front, sc.next = front[:0], next[:0] }()
	for i := 0; i < levels && len(front) > 0; i++ {
		cost := 0
		for _, u := range front {
			cost += d.degree(u)
		}
		if work+cost > reachWork {
			return known, false, nil
		}
		work += cost
		next = next[:0]
		for _, u := range front {
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				return 0, false, b.err
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					v := h.nb()
					if m := sc.mark[v]; m == chosen || m == counted || !f.edgeOK(d, h) || !f.nodeOK(d, v) {
						continue
					}
					sc.mark[v] = counted
					known++
					next = append(next, v)
				}
			}
		}
		front, next = next, front
	}
	return known, true, nil
}

// nbScratch holds per-node marks for neighbourhoods, reused through a pool;
// a mark is valid when it equals a generation of the current query, so
// nothing is cleared between queries.
type nbScratch struct {
	gen    uint32
	mark   []uint32 // the query's chosen or counted generation
	level  []uint32 // the generation of the distance being ranked
	slot   []int32  // a candidate's place in cands (-1: filtered out), a chosen entity's in the answer
	cands  []nbCand
	extras []nbExtra
	top    []int32
	front  []uint32
	next   []uint32
}

var nbScratchPool sync.Pool

func getNbScratch(n int) *nbScratch {
	sc, _ := nbScratchPool.Get().(*nbScratch)
	if sc == nil || len(sc.mark) < n {
		n += n / 8
		sc = &nbScratch{mark: make([]uint32, n), level: make([]uint32, n), slot: make([]int32, n)}
	}
	return sc
}

// newQuery returns the two generations of a new query's marks: chosen and
// counted.
func (sc *nbScratch) newQuery() (chosen, counted uint32) {
	if sc.gen > ^uint32(0)-2*(MaxDepth+2) {
		clear(sc.mark)
		clear(sc.level)
		sc.gen = 0
	}
	sc.gen += 2
	return sc.gen - 1, sc.gen
}

// newLevel returns the generation of a new distance's candidates.
func (sc *nbScratch) newLevel() uint32 {
	sc.gen++
	return sc.gen
}
