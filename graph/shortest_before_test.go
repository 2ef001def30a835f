package graph

// The path search as it was before it learnt to read the smaller side of
// a hub (commit 719e0e9), kept as the oracle that the faster one must
// answer exactly like: same paths, in the same order, same edges.

import "container/heap"

// shortestBefore is shortest as it was.
func (d *indexData) shortestBefore(sc *scratch, src, dst uint32, maxLen int, f *filter, bpairs []pair, b *budget) []uint32 {
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
	fwdNodes := []uint32{src} // the forward layers' nodes, layer after layer
	fwdLayer := []int{0}      // where each forward layer starts in fwdNodes
	depthF, depthB := 0, 0
	length, meetFwd := -1, false
	for depthF+depthB < maxLen && len(sc.frontF) > 0 && len(sc.frontB) > 0 && length < 0 {
		fwd := frontierCostBefore(d, sc.frontF) <= frontierCostBefore(d, sc.frontB)
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
				fwdLayer = append(fwdLayer, len(fwdNodes))
				fwdNodes = append(fwdNodes, next...)
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
		if p+1 < len(fwdLayer) {
			return fwdNodes[fwdLayer[p]:fwdLayer[p+1]]
		}
		return fwdNodes[fwdLayer[p]:]
	}
	lastF := len(fwdLayer) - 1
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
	var marked []uint32
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
	var below []uint32
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

func frontierCostBefore(d *indexData, front []uint32) int {
	if len(front) > 64 {
		return len(front) * 8
	}
	c := 0
	for _, u := range front {
		c += d.degree(u)
	}
	return c
}

func (d *indexData) kShortestBefore(src, dst uint32, k, maxLen int, f *filter, b *budget) [][]uint32 {
	sc := getScratch(d.nodes())
	defer scratchPool.Put(sc)
	sc.newBlocked()
	first := d.shortestBefore(sc, src, dst, maxLen, f, nil, b)
	if first == nil {
		return nil
	}
	A := [][]uint32{first}
	dev := []int{0} // where each path of A left the path it was spurred from (Lawler)
	seen := map[string]bool{pathKey(first): true}
	cand := &pathHeap{d: d}
	for len(A) < k {
		prev, from := A[len(A)-1], dev[len(A)-1]
		for i := from; i+1 < len(prev); i++ {
			if b.check() {
				return A
			}
			// Candidates longer than the ones still needed are of no use:
			// bound the spur search by the length of the last one needed.
			limit := maxLen
			if need := k - len(A); cand.Len() >= need {
				if l := cand.nthLen(need) - 1; l < limit {
					limit = l
				}
			}
			if limit-i < 1 {
				break
			}
			spur, root := prev[i], prev[:i+1]
			var bpairs []pair
			for _, p := range A {
				if len(p) > i+1 && equalPrefix(p, root) {
					bpairs = append(bpairs, pair{p[i], p[i+1]})
				}
			}
			sc.newBlocked()
			for _, n := range root[:i] {
				sc.blocked[n] = sc.bgen
			}
			sp := d.shortestBefore(sc, spur, dst, limit-i, f, bpairs, b)
			if sp == nil {
				continue
			}
			full := append(append(make([]uint32, 0, i+len(sp)), root[:i]...), sp...)
			if key := pathKey(full); !seen[key] {
				seen[key] = true
				heap.Push(cand, candPath{full, i})
			}
		}
		if cand.Len() == 0 {
			break
		}
		c := heap.Pop(cand).(candPath)
		A = append(A, c.p)
		dev = append(dev, c.dev)
	}
	return A
}

func (d *indexData) bestEdgeBefore(u, v uint32, f *filter) (half, bool) {
	var best half
	found := false
	for h := range d.adj(u) {
		if h.nb() != v || !f.edgeOK(d, h) {
			continue
		}
		if !found || betterEdge(d, h, best) {
			best, found = h, true
		}
	}
	return best, found
}
