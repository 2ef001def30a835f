package graph

import (
	"container/heap"
	"sort"
	"strings"
)

// kShortest returns up to k shortest loopless node paths from src to dst of
// at most maxLen edges, shortest first (Yen's algorithm over two-way BFS).
func (d *indexData) kShortest(src, dst uint32, k, maxLen int, f *filter, b *budget) [][]uint32 {
	sc := getScratch(d.nodes())
	defer scratchPool.Put(sc)
	sc.newBlocked()
	first := d.shortest(sc, src, dst, maxLen, f, nil, b)
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
			sp := d.shortest(sc, spur, dst, limit-i, f, bpairs, b)
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

func equalPrefix(p, root []uint32) bool {
	for i := range root {
		if p[i] != root[i] {
			return false
		}
	}
	return true
}

func pathKey(p []uint32) string {
	var b strings.Builder
	for _, n := range p {
		b.WriteByte(byte(n))
		b.WriteByte(byte(n >> 8))
		b.WriteByte(byte(n >> 16))
		b.WriteByte(byte(n >> 24))
	}
	return b.String()
}

// candPath is a candidate of Yen's algorithm and the index of its spur node.
type candPath struct {
	p   []uint32
	dev int
}

// pathHeap orders candidate paths by length, then by the ids of their nodes.
type pathHeap struct {
	d     *indexData
	paths []candPath
}

func (h *pathHeap) Len() int           { return len(h.paths) }
func (h *pathHeap) Less(i, j int) bool { return pathLess(h.d, h.paths[i].p, h.paths[j].p) }

// pathLess is the stable order of paths: by length, then by the ids of
// their nodes, first to last.
func pathLess(d *indexData, a, b []uint32) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	for x := range a {
		if a[x] != b[x] {
			return d.idLess(a[x], b[x])
		}
	}
	return false
}
func (h *pathHeap) Swap(i, j int) { h.paths[i], h.paths[j] = h.paths[j], h.paths[i] }
func (h *pathHeap) Push(x any)    { h.paths = append(h.paths, x.(candPath)) }
func (h *pathHeap) Pop() any {
	x := h.paths[len(h.paths)-1]
	h.paths = h.paths[:len(h.paths)-1]
	return x
}

// nthLen returns the node count of the n-th shortest candidate (n ≥ 1).
func (h *pathHeap) nthLen(n int) int {
	ls := make([]int, len(h.paths))
	for i, c := range h.paths {
		ls[i] = len(c.p)
	}
	sort.Ints(ls)
	return ls[n-1]
}
