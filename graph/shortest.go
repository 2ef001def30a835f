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
	fwd, bwd     layers   // the complete layers of each side
	marked       []uint32 // the forward nodes on a shortest path, layer lastF first
	markEnd      []int    // layer p's are marked[markEnd[p+1]:markEnd[p]]
}

// layers holds the nodes of a search's layers, layer after layer, with
// each layer's degree sum: what reading the layer's edges costs.
type layers struct {
	nodes []uint32
	start []int // where each layer starts in nodes
	cost  []int
}

func (l *layers) reset() {
	l.nodes, l.start, l.cost = l.nodes[:0], l.start[:0], l.cost[:0]
}

// add appends a layer of the given cost.
func (l *layers) add(nodes []uint32, cost int) {
	l.start = append(l.start, len(l.nodes))
	l.nodes = append(l.nodes, nodes...)
	l.cost = append(l.cost, cost)
}

// layer returns the nodes of layer p.
func (l *layers) layer(p int) []uint32 {
	if p+1 < len(l.start) {
		return l.nodes[l.start[p]:l.start[p+1]]
	}
	return l.nodes[l.start[p]:]
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
//
// Paths run through hubs of thousands of edges, and every step after the
// search asks whether two sets of nodes are adjacent: it reads the edges of
// whichever side has fewer (a step is allowed either way round between
// two nodes of the layers, which both passed the filter), so that a hub's
// edges are read only when the other side has more.
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
	sc.fwd.reset()
	sc.bwd.reset()
	sc.fwd.add(sc.frontF, d.degree(src))
	sc.bwd.add(sc.frontB, d.degree(dst))
	depthF, depthB := 0, 0
	length := -1
	for depthF+depthB < maxLen && len(sc.frontF) > 0 && len(sc.frontB) > 0 && length < 0 {
		fwd := sc.fwd.cost[depthF] <= sc.bwd.cost[depthB]
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
					length = depth + 1 + int(otherDist[v])
					break expand
				}
				next = append(next, v)
			}
		}
		if fwd {
			sc.next, sc.frontF = sc.frontF, next
			depthF++
			if length < 0 {
				sc.fwd.add(next, frontierCost(d, next))
			}
		} else {
			sc.next, sc.frontB = sc.frontB, next
			depthB++
			if length < 0 {
				sc.bwd.add(next, frontierCost(d, next))
			}
		}
	}
	if length < 0 || length > maxLen {
		return nil
	}
	// Complete layers: forward 0..lastF, backward 0..length-1-lastF.
	lastF := len(sc.fwd.start) - 1
	if lastF > length-1 {
		lastF = length - 1
	}
	lastB := length - 1 - lastF
	onB := func(v uint32, dist int) bool { return sc.seenB[v] == g && int(sc.distB[v]) == dist && dist <= lastB }
	onF := func(v uint32, dist int) bool {
		return sc.onPath[v] == g && sc.seenF[v] == g && int(sc.distF[v]) == dist
	}
	mark := func(u uint32) {
		sc.onPath[u] = g
		sc.marked = append(sc.marked, u)
	}
	// Forward layer lastF: the nodes next to backward layer lastB, read
	// from the side with fewer edges.
	sc.marked = sc.marked[:0]
	sc.markEnd = append(sc.markEnd[:0], make([]int, lastF+2)...)
	marks := sc.markEnd
	if sc.fwd.cost[lastF] <= sc.bwd.cost[lastB] {
		for _, u := range sc.fwd.layer(lastF) {
			for h := range d.adj(u) {
				if onB(h.nb(), lastB) && w.step(u, h) {
					mark(u)
					break
				}
			}
			if b.tick(d.degree(u) + 1) {
				return nil
			}
		}
	} else {
		for _, v := range sc.bwd.layer(lastB) {
			for h := range d.adj(v) {
				if u := h.nb(); sc.onPath[u] != g && sc.seenF[u] == g && int(sc.distF[u]) == lastF && w.step(v, h) {
					mark(u)
				}
			}
			if b.tick(d.degree(v) + 1) {
				return nil
			}
		}
	}
	// Then down the forward layers: a node one layer nearer src next to a
	// marked node lies on a shortest path too. Either the marked nodes'
	// edges are read, or those of the layer below, each until it meets a
	// marked node.
	for p := lastF; p > 0; p-- {
		marks[p] = len(sc.marked)
		upper := sc.marked[marks[p+1]:marks[p]]
		if frontierCost(d, upper) <= sc.fwd.cost[p-1] {
			for _, u := range upper {
				for h := range d.adj(u) {
					if v := h.nb(); sc.onPath[v] != g && sc.seenF[v] == g && int(sc.distF[v]) == p-1 && w.step(u, h) {
						mark(v)
					}
				}
				if b.tick(d.degree(u) + 1) {
					return nil
				}
			}
			continue
		}
		for _, v := range sc.fwd.layer(p - 1) {
			for h := range d.adj(v) {
				if onF(h.nb(), p) && w.step(v, h) {
					mark(v)
					break
				}
			}
			if b.tick(d.degree(v) + 1) {
				return nil
			}
		}
	}
	marks[0] = len(sc.marked)
	if sc.onPath[src] != g {
		return nil // cannot happen: the search met
	}
	path := make([]uint32, 1, length+1)
	path[0] = src
	for p := 0; p < length; p++ {
		u := path[p]
		// The nodes that may come next: the marked nodes of forward layer
		// p+1, or past lastF backward layer length-p-1.
		var cand []uint32
		if p+1 <= lastF {
			cand = sc.marked[marks[p+2]:marks[p+1]]
		} else {
			cand = sc.bwd.layer(length - p - 1)
		}
		best, found := uint32(0), false
		if !costsLess(d, cand, d.degree(u)) {
			for h := range d.adj(u) {
				v := h.nb()
				if found && !d.idLess(v, best) || !w.step(u, h) {
					continue
				}
				if p+1 <= lastF && onF(v, p+1) || p+1 > lastF && onB(v, length-p-1) {
					best, found = v, true
				}
			}
		} else {
			for _, v := range cand {
				if found && !d.idLess(v, best) {
					continue
				}
				for h := range d.adj(v) {
					if h.nb() == u && w.step(v, h) {
						best, found = v, true
						break
					}
				}
			}
		}
		if !found {
			return nil // cannot happen: u lies on a shortest path
		}
		path = append(path, best)
	}
	return path
}

// frontierCost is what expanding front costs: its degree sum.
func frontierCost(d *indexData, front []uint32) int {
	c := 0
	for _, u := range front {
		c += d.degree(u)
	}
	return c
}

// costsLess reports whether reading the edges of nodes costs less than
// limit, reading no more of their degrees than it takes to tell.
func costsLess(d *indexData, nodes []uint32, limit int) bool {
	c := 0
	for _, u := range nodes {
		if c += d.degree(u); c >= limit {
			return false
		}
	}
	return true
}
