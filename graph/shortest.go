package graph

import (
	"sync"
)

// scratch holds per-node marks for searches, reused through a pool; a mark
// is valid when it equals the current generation, so nothing is cleared
// between searches.
type scratch struct {
	gen        uint32
	seenF      []uint32
	seenB      []uint32
	parF, parB []uint32
	blocked    []uint32
	bgen       uint32
	frontF     []uint32
	frontB     []uint32
	next       []uint32
}

var scratchPool sync.Pool

func getScratch(n int) *scratch {
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil || len(sc.seenF) < n {
		n += n / 8
		sc = &scratch{seenF: make([]uint32, n), seenB: make([]uint32, n), parF: make([]uint32, n),
			parB: make([]uint32, n), blocked: make([]uint32, n)}
	}
	return sc
}

func (sc *scratch) newGen() {
	sc.gen++
	if sc.gen == 0 {
		clear(sc.seenF)
		clear(sc.seenB)
		sc.gen = 1
	}
}

func (sc *scratch) newBlocked() {
	sc.bgen++
	if sc.bgen == 0 {
		clear(sc.blocked)
		sc.bgen = 1
	}
}

type pair struct{ a, b uint32 }

// shortest returns a shortest node path from src to dst of at most maxLen
// edges by two-way breadth-first search, avoiding blocked nodes (marked in
// sc.blocked with sc.bgen) and blocked node pairs.
func (d *indexData) shortest(sc *scratch, src, dst uint32, maxLen int, f *filter, bpairs []pair, b *budget) []uint32 {
	if src == dst {
		return []uint32{src}
	}
	sc.newGen()
	g := sc.gen
	sc.seenF[src], sc.seenB[dst] = g, g
	sc.frontF = append(sc.frontF[:0], src)
	sc.frontB = append(sc.frontB[:0], dst)
	depth := 0
	pairBlocked := func(u, v uint32) bool {
		for _, p := range bpairs {
			if p.a == u && p.b == v || p.a == v && p.b == u {
				return true
			}
		}
		return false
	}
	for depth < maxLen && len(sc.frontF) > 0 && len(sc.frontB) > 0 {
		fwd := frontierCost(d, sc.frontF) <= frontierCost(d, sc.frontB)
		front, seen, par, other, end := sc.frontF, sc.seenF, sc.parF, sc.seenB, dst
		if !fwd {
			front, seen, par, other, end = sc.frontB, sc.seenB, sc.parB, sc.seenF, src
		}
		next := sc.next[:0]
		for _, u := range front {
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				return nil
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					v := h.nb()
					if seen[v] == g || !f.edgeOK(d, h) {
						continue
					}
					if v != end && (sc.blocked[v] == sc.bgen || !f.nodeOK(d, v)) {
						continue
					}
					if len(bpairs) > 0 && pairBlocked(u, v) {
						continue
					}
					seen[v] = g
					par[v] = u
					if other[v] == g {
						return joinPath(sc, src, dst, v)
					}
					next = append(next, v)
				}
			}
		}
		if fwd {
			sc.next, sc.frontF = sc.frontF, next
		} else {
			sc.next, sc.frontB = sc.frontB, next
		}
		depth++
	}
	return nil
}

func frontierCost(d *indexData, front []uint32) int {
	if len(front) > 64 {
		return len(front) * 8
	}
	c := 0
	for _, u := range front {
		c += d.degree(u)
	}
	return c
}

func joinPath(sc *scratch, src, dst, meet uint32) []uint32 {
	var left []uint32
	for v := meet; ; v = sc.parF[v] {
		left = append(left, v)
		if v == src {
			break
		}
	}
	for i, j := 0, len(left)-1; i < j; i, j = i+1, j-1 {
		left[i], left[j] = left[j], left[i]
	}
	for v := meet; v != dst; {
		v = sc.parB[v]
		left = append(left, v)
	}
	return left
}
