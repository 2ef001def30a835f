package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// TestNeighborhoodProperty checks the neighbourhood against the
// straightforward one it replaced (neighborhoodRef, reachCountRef) on many
// small random graphs, depths, limits and filters: the same entities in the
// same order, the same edges, the same cut, and the exact total. Any change
// to what the ranking means (evidence, then degree, then id; the best
// reaching edge; which extra edges come first) makes them differ.
func TestNeighborhoodProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	graphs := 6000
	if testing.Short() {
		graphs = 600
	}
	ctx := context.Background()
	for g := 0; g < graphs; g++ {
		n := 2 + r.IntN(40)
		d := randomIndex(r, n, n+r.IntN(5*n))
		f := randomFilter(r)
		sc := getNbScratch(d.nodes())
		for q := 0; q < 4; q++ {
			c := uint32(r.IntN(n))
			depth, limit := 1+r.IntN(MaxDepth), 1+r.IntN(30)
			got, err := d.neighborhood(sc, c, depth, limit, &f, newBudget(ctx, time.Minute))
			if err != nil {
				t.Fatal(err)
			}
			wantNodes, wantEdges, wantCut, _ := d.neighborhoodRef(c, depth, limit, &f, newBudget(ctx, time.Minute))
			wantTotal := len(wantNodes)
			if len(wantNodes) >= limit {
				wantTotal, _ = reachCountRef(d, f, newBudget(ctx, time.Minute), c, depth)
			}
			where := fmt.Sprintf("graph %d (n=%d) query %d: c=%d depth=%d limit=%d f=%+v", g, n, q, c, depth, limit, f)
			if fmt.Sprint(got.nodes) != fmt.Sprint(wantNodes) {
				t.Fatalf("%s: nodes\n got %v\nwant %v", where, got.nodes, wantNodes)
			}
			if fmt.Sprint(got.edges) != fmt.Sprint(wantEdges) {
				t.Fatalf("%s: edges\n got %v\nwant %v", where, got.edges, wantEdges)
			}
			if got.edgesCut != wantCut || got.total != wantTotal || !got.exact {
				t.Fatalf("%s: cut %v total %d exact %v, want cut %v total %d exact", where, got.edgesCut, got.total, got.exact, wantCut, wantTotal)
			}
		}
		nbScratchPool.Put(sc)
	}
}

func randomFilter(r *rand.Rand) filter {
	f := filter{preds: allPredicates, lo: 1, hi: 65535}
	switch r.IntN(4) {
	case 1:
		f.preds = uint8(1 + r.IntN(63))
	case 2:
		f.types = uint8(r.IntN(16)) << 1
	case 3:
		f.dated, f.lo, f.hi = true, 40002, 40006
	}
	return f
}

// TestNeighborhoodTotalBound: when counting the whole neighbourhood would
// cost more than reachWork, the total is a lower bound (never more than the
// exact count, never less than the answer), says so, and is the same
// whatever order the index holds each entity's edges in, as any server on
// the same data must answer alike.
func TestNeighborhoodTotalBound(t *testing.T) {
	defer func(w int) { reachWork = w }(reachWork)
	ctx := context.Background()
	r := rand.New(rand.NewPCG(5, 6))
	lower := 0
	for g := 0; g < 300; g++ {
		n := 20 + r.IntN(60)
		type e struct {
			s, o uint32
			p    uint8
			days []uint16
		}
		var es []e
		seen := map[[3]uint32]bool{}
		for i := 0; i < 4*n; i++ {
			x := e{s: uint32(r.IntN(n)), o: uint32(r.IntN(n)), p: uint8(r.IntN(len(quads.Predicates)))}
			if k := [3]uint32{x.s, x.o, uint32(x.p)}; x.s == x.o || seen[k] {
				continue
			} else {
				seen[k] = true
			}
			for j := r.IntN(3); j > 0; j-- {
				x.days = append(x.days, uint16(40000+r.IntN(10)))
			}
			es = append(es, x)
		}
		build := func(order []e) *indexData {
			d := newIndexData()
			for i := 0; i < n; i++ {
				d.setType(d.intern(quads.EntityID(quads.Person, fmt.Sprint("node ", i))), uint8(1+i%4))
			}
			for _, x := range order {
				d.addEdge(x.s, x.p, x.o, edgeInfo{ev: len(x.days), dates: sortedDays(x.days)})
			}
			return d
		}
		d1 := build(es)
		shuffled := append([]e(nil), es...)
		r.Shuffle(len(shuffled), func(i, j int) { shuffled[i], shuffled[j] = shuffled[j], shuffled[i] })
		d2 := build(shuffled)
		f := randomFilter(r)
		c, depth, limit := uint32(r.IntN(n)), 2+r.IntN(3), 1+r.IntN(8)
		reachWork = r.IntN(4 * n)
		var answers []string
		for _, d := range []*indexData{d1, d2} {
			sc := getNbScratch(d.nodes())
			got, err := d.neighborhood(sc, c, depth, limit, &f, newBudget(ctx, time.Minute))
			nbScratchPool.Put(sc)
			if err != nil {
				t.Fatal(err)
			}
			exact, _ := reachCountRef(d, f, newBudget(ctx, time.Minute), c, depth)
			if got.exact && got.total != exact || got.total > exact || got.total < len(got.nodes) {
				t.Fatalf("graph %d: total %d (exact %v) for an exact count of %d and %d entities shown", g, got.total, got.exact, exact, len(got.nodes))
			}
			if !got.exact {
				lower++
			}
			answers = append(answers, fmt.Sprint(d.idsOf(got.nodes), got.edges, got.total, got.exact))
		}
		if answers[0] != answers[1] {
			t.Fatalf("graph %d: the answer depends on the order of the index's edges:\n%s\n%s", g, answers[0], answers[1])
		}
	}
	if lower == 0 {
		t.Fatal("no total was a lower bound: the bound was never exercised")
	}
}
