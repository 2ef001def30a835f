package graph

import (
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph/handmade"
	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// hubIndex builds an index over a random graph with a few hubs joined to
// much of it, so that shortest paths run through nodes of high degree. The
// first edges go into the CSR adjacency as an opened store holds them, the
// rest into the overflow as later writes do.
func hubIndex(r *rand.Rand, n int) *indexData {
	d := newIndexData()
	for i := 0; i < n; i++ {
		d.setType(d.intern(quads.EntityID(quads.Person, fmt.Sprint("hub graph node ", r.Uint64()))), uint8(1+r.IntN(4)))
	}
	type edge struct {
		s, o uint32
		p    uint8
	}
	var edges []edge
	have := map[edge]bool{}
	add := func(s, o uint32) {
		p := uint8(r.IntN(len(quads.Predicates)))
		if s == o || have[edge{s, o, p}] || predicates[p].Symmetric() && have[edge{o, s, p}] {
			return
		}
		have[edge{s, o, p}] = true
		edges = append(edges, edge{s, o, p})
	}
	for h := 1 + r.IntN(3); h > 0; h-- {
		hub, share := uint32(r.IntN(n)), 0.2+0.7*r.Float64()
		for v := 0; v < n; v++ {
			if r.Float64() < share {
				if r.IntN(2) == 0 {
					add(hub, uint32(v))
				} else {
					add(uint32(v), hub)
				}
			}
		}
	}
	for i := n * (1 + r.IntN(3)); i > 0; i-- {
		add(uint32(r.IntN(n)), uint32(r.IntN(n)))
	}
	r.Shuffle(len(edges), func(i, j int) { edges[i], edges[j] = edges[j], edges[i] })
	info := func() edgeInfo {
		var days []uint16
		for j := r.IntN(3); j > 0; j-- {
			days = append(days, uint16(40000+r.IntN(10)))
		}
		return edgeInfo{ev: len(days) + r.IntN(2), dates: sortedDays(days)}
	}
	inCSR := r.IntN(len(edges) + 1)
	d.off = make([]uint32, n+1)
	for _, e := range edges[:inCSR] {
		d.off[e.s+1]++
		d.off[e.o+1]++
	}
	for i := 1; i <= n; i++ {
		d.off[i] += d.off[i-1]
	}
	d.half = make([]uint64, 2*inCSR)
	fill := slices.Clone(d.off[:n])
	for _, e := range edges[:inCSR] {
		x := d.ev.push(0)
		d.dlo.push(0)
		d.dhi.push(0)
		d.setEdgeInfo(x, info())
		d.half[fill[e.s]] = uint64(mkHalf(e.o, e.p, true, x))
		fill[e.s]++
		d.half[fill[e.o]] = uint64(mkHalf(e.s, e.p, false, x))
		fill[e.o]++
	}
	for _, e := range edges[inCSR:] {
		d.addEdge(e.s, e.p, e.o, info())
	}
	return d
}

// randomPathFilter is a query's restrictions: none, some predicates, some
// types, or a date range.
func randomPathFilter(r *rand.Rand) filter {
	f := filter{preds: allPredicates, lo: 1, hi: 65535}
	switch r.IntN(5) {
	case 1:
		f.preds = uint8(1 + r.IntN(63))
	case 2:
		f.types = uint8(1+r.IntN(15)) << 1
	case 3:
		f.dated, f.lo, f.hi = true, 40002, 40006
	case 4:
		f.preds, f.dated, f.lo, f.hi = uint8(1+r.IntN(63)), true, 40000, 40008
	}
	return f
}

// endNode picks a query's end: often a hub or a hub's neighbour, where the
// paths that read large adjacencies start and end.
func endNode(r *rand.Rand, d *indexData) uint32 {
	n := uint32(d.nodes())
	u := uint32(r.IntN(int(n)))
	if r.IntN(2) == 0 {
		for i := 0; i < 4; i++ {
			if v := uint32(r.IntN(int(n))); d.degree(v) > d.degree(u) {
				u = v
			}
		}
		if r.IntN(2) == 0 && d.degree(u) > 0 {
			k := r.IntN(d.degree(u))
			for h := range d.adj(u) {
				if k == 0 {
					return h.nb()
				}
				k--
			}
		}
	}
	return u
}

// TestShortestMatchesBefore compares the path search with the one it
// replaced (shortest_before_test.go) on random graphs with hubs, under
// filters, blocked nodes and node pairs, and length limits: one shortest
// path, k shortest paths, and the edge reported between two nodes must be
// the very same.
func TestShortestMatchesBefore(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 5))
	graphs := 400
	if testing.Short() {
		graphs = 80
	}
	ctx := context.Background()
	found, multi := 0, 0
	for gi := 0; gi < graphs; gi++ {
		n := 8 + r.IntN(300)
		d := hubIndex(r, n)
		sc := getScratch(d.nodes())
		for q := 0; q < 20; q++ {
			src, dst := endNode(r, d), endNode(r, d)
			f := randomPathFilter(r)
			maxLen := 1 + r.IntN(8)
			sc.newBlocked()
			for i := r.IntN(n/8 + 1); i > 0; i-- {
				sc.blocked[r.IntN(n)] = sc.bgen
			}
			var bpairs []pair
			for i := r.IntN(4); i > 0; i-- {
				u := endNode(r, d)
				for h := range d.adj(u) {
					if r.IntN(3) == 0 {
						bpairs = append(bpairs, pair{u, h.nb()})
						break
					}
				}
			}
			want := d.shortestBefore(sc, src, dst, maxLen, &f, bpairs, newBudget(ctx, time.Minute))
			got := d.shortest(sc, src, dst, maxLen, &f, bpairs, newBudget(ctx, time.Minute))
			if !slices.Equal(got, want) {
				t.Fatalf("graph %d query %d %d→%d max %d f %+v blocked pairs %v: shortest %v, before %v",
					gi, q, src, dst, maxLen, f, bpairs, got, want)
			}
			if len(want) > 2 {
				found++
			}

			k := 1 + r.IntN(8)
			wantK := d.kShortestBefore(src, dst, k, maxLen, &f, newBudget(ctx, time.Minute))
			gotK := d.kShortest(src, dst, k, maxLen, &f, newBudget(ctx, time.Minute))
			if fmt.Sprint(gotK) != fmt.Sprint(wantK) {
				t.Fatalf("graph %d query %d %d→%d k %d max %d f %+v: kShortest\n%v\nbefore\n%v",
					gi, q, src, dst, k, maxLen, f, gotK, wantK)
			}
			if len(wantK) > 1 {
				multi++
			}
			for _, p := range wantK {
				for j := 1; j < len(p); j++ {
					sameBestEdge(t, d, p[j-1], p[j], &f)
				}
			}
			sameBestEdge(t, d, src, dst, &f)
		}
		scratchPool.Put(sc)
	}
	// The comparison is worth something only if most searches found paths
	// of several edges, and many of them several paths.
	if found < graphs*20/3 || multi < graphs*20/4 {
		t.Fatalf("only %d searches found a path of two edges or more and %d several paths, of %d", found, multi, graphs*20)
	}
}

func sameBestEdge(t *testing.T, d *indexData, u, v uint32, f *filter) {
	t.Helper()
	want, wok := d.bestEdgeBefore(u, v, f)
	got, ok := d.bestEdge(u, v, f)
	if got != want || ok != wok {
		t.Fatalf("bestEdge(%d, %d) f %+v = %x %v, before %x %v", u, v, *f, uint64(got), ok, uint64(want), wok)
	}
}

// TestPathsMatchBefore asks a store of a synthetic graph, opened into its
// CSR index and then written to, for paths between random entities under
// random filters, and compares every answer with what the search it
// replaced finds: the same entities, and between them the same edges.
func TestPathsMatchBefore(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "memstore")
	g := synth.New(synth.Config{Edges: 6000, Seed: 13})
	if _, err := s.LoadQuads(ctx, g.Reader()); err != nil {
		t.Fatal(err)
	}
	if err := s.RebuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(13, 17))
	var orgs []quads.Entity
	for _, e := range g.Entities {
		if e.Type == quads.Organization {
			orgs = append(orgs, e)
		}
	}
	// Later writes land in the overflow adjacency, some on hubs.
	for a := 0; a < 20; a++ {
		x, y := orgs[r.IntN(len(orgs))], orgs[r.IntN(len(orgs)/20)]
		if x.ID == y.ID {
			continue
		}
		mustWrite(t, s, handmade.Article{Title: fmt.Sprint("later agreement ", a), Date: "2024-06-01",
			Entities:  []tent{{Name: x.Name, Type: x.Type}, {Name: y.Name, Type: y.Type}},
			Relations: []trel{{S: x.Name, P: quads.SignedWith, O: y.Name}}}.Extraction())
	}
	d := s.idx.load()
	var ends []string // the entities on some edge
	for _, e := range g.Entities {
		if _, ok := d.nodeOf(e.ID); ok {
			ends = append(ends, e.ID)
		}
	}
	queries := 300
	if testing.Short() {
		queries = 60
	}
	answered := 0
	for qi := 0; qi < queries; qi++ {
		q := PathQuery{From: ends[r.IntN(len(ends))], To: ends[r.IntN(len(ends))],
			K: 1 + r.IntN(4), MaxLen: 2 + r.IntN(7), Budget: time.Minute}
		if q.From == q.To {
			continue
		}
		switch r.IntN(5) {
		case 1:
			q.Predicates = []quads.Predicate{quads.Predicates[r.IntN(len(quads.Predicates))], quads.SignedWith}
		case 2:
			q.Types = []quads.EntityType{quads.Organization, quads.EntityTypes[r.IntN(len(quads.EntityTypes))]}
		case 3:
			q.Since, q.Until = "2017-01-01", "2022-12-31"
		}
		f, err := newFilter(q.Predicates, q.Types, q.Since, q.Until)
		if err != nil {
			t.Fatal(err)
		}
		src, _ := d.nodeOf(q.From)
		dst, _ := d.nodeOf(q.To)
		var want []string
		for _, p := range d.kShortestBefore(src, dst, q.K, q.MaxLen, &f, newBudget(ctx, time.Minute)) {
			line := fmt.Sprint(d.idsOf(p))
			for j := 1; j < len(p); j++ {
				h, _ := d.bestEdgeBefore(p[j-1], p[j], &f)
				e := d.edgeRefOf(p[j-1], h)
				line += fmt.Sprintf(" %s-%s-%s", e.s, e.p, e.o)
			}
			want = append(want, line)
		}
		ps, err := s.Paths(ctx, q)
		if len(want) == 0 {
			if quads.ErrorCode(err) != quads.ENOTFOUND {
				t.Fatalf("query %+v: no path before, now %v, %v", q, ps, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("query %+v: %v", q, err)
		}
		answered++
		var got []string
		for _, p := range ps {
			ids := make([]string, len(p.Nodes))
			for i, e := range p.Nodes {
				ids[i] = e.ID
			}
			line := fmt.Sprint(ids)
			for _, e := range p.Edges {
				line += fmt.Sprintf(" %s-%s-%s", e.Subject.ID, e.Predicate, e.Object.ID)
				if len(e.Evidence) == 0 {
					t.Fatalf("query %+v: edge %s without evidence", q, e.ID)
				}
			}
			got = append(got, line)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("query %+v:\n got %q\nwant %q", q, got, want)
		}
	}
	if answered < queries/3 {
		t.Fatalf("only %d of %d queries found paths", answered, queries)
	}
}
