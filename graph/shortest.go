package graph

import (
	"sync"
)

// scratch holds per-node marks for searches, reused through a pool; a mark
// is valid when it equals the current generation, so nothing is cleared
// between searches.
type scratch struct {
	gen          uint32
	seenF, seenB []uint32 // generation that reached the node from each end
	distF, distB []uint8  // its distance from that end
	onPath       []uint32 // generation that found it on a shortest path (forward side)
	blocked      []uint32
	bgen         uint32
	frontF       []uint32
	frontB       []uint32
	next         []uint32
	fwdNodes     []uint32 // the forward layers' nodes, layer after layer
	fwdLayer     []int    // where each forward layer starts in fwdNodes
	marked       []uint32 // the nodes of one forward layer on a shortest path
	below        []uint32 // and of the layer below it
}

var scratchPool sync.Pool

func getScratch(n int) *scratch {
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil || len(sc.seenF) < n {
		n += n / 8
		sc = &scratch{seenF: make([]uint32, n), seenB: make([]uint32, n), distF: make([]uint8, n),
			distB: make([]uint8, n), onPath: make([]uint32, n), blocked: make([]uint32, n)}
	}
	return sc
}

func (sc *scratch) newGen() {
	sc.gen++
	if sc.gen == 0 {
		clear(sc.seenF)
		clear(sc.seenB)
		clear(sc.onPath)
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

// walk is one search's rules of passage: the filter, the nodes blocked in
// sc, the node pairs blocked, and the two ends, which are always allowed.
type walk struct {
	d        *indexData
	sc       *scratch
	f        *filter
	bpairs   []pair
	src, dst uint32
}

// step reports whether the search may go from u to v over h.
func (w *walk) step(u uint32, h half) bool {
	v := h.nb()
	if !w.f.edgeOK(w.d, h) {
		return false
	}
	if v != w.dst && v != w.src && (w.sc.blocked[v] == w.sc.bgen || !w.f.nodeOK(w.d, v)) {
		return false
	}
	for _, p := range w.bpairs {
		if p.a == u && p.b == v || p.a == v && p.b == u {
			return false
		}
	}
	return true
}

// shortest returns, of the shortest node paths from src to dst of at most
// maxLen edges that avoid blocked nodes (marked in sc.blocked with sc.bgen)
// and blocked node pairs, the first in the order of their nodes' ids. That
// order is the index's stable key: any server on the same data finds the
// same path, whatever numbers its index gave the nodes and in whatever
// order it holds their edges.
//
// A two-way breadth-first search finds the length L: when the frontiers
// meet, the forward layers 0..A and the backward layers 0..B are complete,
// with A+B+1 = L. The forward nodes that lie on a shortest path are marked
// from layer A down; then the path is walked from src, taking at each step
// the neighbour with the smallest id that lies on a shortest path: a marked
// forward node, and past A a node B-side at the right distance from dst.
func (d *indexData) shortest(sc *scratch, src, dst uint32, maxLen int, f *filter, bpairs []pair, b *budget) []uint32 {
	if src == dst {
		return []uint32{src}
	}
	sc.newGen()
	g := sc.gen
	w := &walk{d: d, sc: sc, f: f, bpairs: bpairs, src: src, dst: dst}
	sc.seenF[src], sc.seenB[dst] = g, g
	sc.distF[src], sc.distB[dst] = 0, 0
	sc.frontF = append(sc.frontF[:0], src)
	sc.frontB = append(sc.frontB[:0], dst)
	sc.fwdNodes = append(sc.fwdNodes[:0], src)
	sc.fwdLayer = append(sc.fwdLayer[:0], 0)
	depthF, depthB := 0, 0
	length, meetFwd := -1, false
	for depthF+depthB < maxLen && len(sc.frontF) > 0 && len(sc.frontB) > 0 && length < 0 {
		fwd := frontierCost(d, sc.frontF) <= frontierCost(d, sc.frontB)
		front, seen, dist, other, otherDist, depth := sc.frontF, sc.seenF, sc.distF, sc.seenB, sc.distB, depthF
		if !fwd {
			front, seen, dist, other, otherDist, depth = sc.frontB, sc.seenB, sc.distB, sc.seenF, sc.distF, depthB
		}
		next := sc.next[:0]
	expand:
		for _, u := range front {
			if b.tick(d.degree(u) + 1) {
				return nil
			}
			for h := range d.adj(u) {
				v := h.nb()
				if seen[v] == g || !w.step(u, h) {
					continue
				}
				seen[v] = g
				dist[v] = uint8(depth + 1)
				if other[v] == g {
					length, meetFwd = depth+1+int(otherDist[v]), fwd
					break expand
				}
				next = append(next, v)
			}
		}
		if fwd {
			sc.next, sc.frontF = sc.frontF, next
			depthF++
			if length < 0 {
				sc.fwdLayer = append(sc.fwdLayer, len(sc.fwdNodes))
				sc.fwdNodes = append(sc.fwdNodes, next...)
			}
		} else {
			sc.next, sc.frontB = sc.frontB, next
			depthB++
		}
	}
	if length < 0 || length > maxLen {
		return nil
	}
	// Complete layers: forward 0..lastF, backward 0..length-1-lastF.
	layer := func(p int) []uint32 {
		if p+1 < len(sc.fwdLayer) {
			return sc.fwdNodes[sc.fwdLayer[p]:sc.fwdLayer[p+1]]
		}
		return sc.fwdNodes[sc.fwdLayer[p]:]
	}
	lastF := len(sc.fwdLayer) - 1
	if lastF > length-1 {
		lastF = length - 1
	}
	lastB := length - 1 - lastF
	onB := func(v uint32, dist int) bool { return sc.seenB[v] == g && int(sc.distB[v]) == dist && dist <= lastB }
	onF := func(v uint32, dist int) bool {
		return sc.onPath[v] == g && sc.seenF[v] == g && int(sc.distF[v]) == dist
	}
	// Forward layer lastF: the nodes next to backward layer lastB, seen
	// from the side whose layer the meeting step expanded (its edges were
	// just read; the other frontier may be far larger).
	marked := sc.marked[:0]
	if meetFwd {
		for _, u := range layer(lastF) {
			for h := range d.adj(u) {
				if onB(h.nb(), lastB) && w.step(u, h) {
					sc.onPath[u] = g
					marked = append(marked, u)
					break
				}
			}
			if b.tick(d.degree(u) + 1) {
				return nil
			}
		}
	} else {
		// The frontier the backward step expanded, swapped out into sc.next.
		for _, v := range sc.next {
			for h := range d.adj(v) {
				if u := h.nb(); sc.onPath[u] != g && sc.seenF[u] == g && int(sc.distF[u]) == lastF && w.step(v, h) {
					sc.onPath[u] = g
					marked = append(marked, u)
				}
			}
			if b.tick(d.degree(v) + 1) {
				return nil
			}
		}
	}
	// Then down the forward layers, from the marked nodes only: a node one
	// layer nearer src next to a marked node lies on a shortest path too.
	below := sc.below[:0]
	for p := lastF; p > 0; p-- {
		below = below[:0]
		for _, u := range marked {
			for h := range d.adj(u) {
				if v := h.nb(); sc.onPath[v] != g && sc.seenF[v] == g && int(sc.distF[v]) == p-1 && w.step(u, h) {
					sc.onPath[v] = g
					below = append(below, v)
				}
			}
			if b.tick(d.degree(u) + 1) {
				return nil
			}
		}
		marked, below = below, marked
	}
	sc.marked, sc.below = marked, below
	if sc.onPath[src] != g {
		return nil // cannot happen: the search met
	}
	path := make([]uint32, 1, length+1)
	path[0] = src
	for p := 0; p < length; p++ {
		u := path[p]
		best, found := uint32(0), false
		for h := range d.adj(u) {
			v := h.nb()
			if found && !d.idLess(v, best) || !w.step(u, h) {
				continue
			}
			if p+1 <= lastF && onF(v, p+1) || p+1 > lastF && onB(v, length-p-1) {
				best, found = v, true
			}
		}
		if !found {
			return nil // cannot happen: u lies on a shortest path
		}
		path = append(path, best)
	}
	return path
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
