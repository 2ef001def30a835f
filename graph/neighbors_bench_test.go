package graph

import (
	"context"
	"math/rand/v2"
	"os"
	"slices"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph/synth"
)

// BenchmarkNeighborhood times the topology of depth-2 neighbourhoods of 50
// (no evidence read) on random entities, beside the reference it replaced:
// on the store COOPGRAPH_BENCH_STORE names (e.g. a bench store that
// `coopgraph bench` generated), else on a synthetic graph of 10^4 edges in
// memory.
//
//	COOPGRAPH_BENCH_STORE=data/bench/synth-100000 go test ./graph -run '^$' -bench BenchmarkNeighborhood -cpuprofile cpu.out
func BenchmarkNeighborhood(b *testing.B) {
	ctx := context.Background()
	dsn := os.Getenv("COOPGRAPH_BENCH_STORE")
	if dsn == "" {
		dsn = "memstore"
	}
	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	if dsn == "memstore" {
		if _, err := s.LoadQuads(ctx, synth.New(synth.Config{Edges: 10000, Seed: 1}).Reader()); err != nil {
			b.Fatal(err)
		}
	}
	d := s.idx.load()
	r := rand.New(rand.NewPCG(1, 2))
	centres := make([]uint32, 256)
	for i := range centres {
		centres[i] = uint32(r.IntN(d.nodes()))
	}
	f := filter{preds: allPredicates, lo: 1, hi: 65535}
	// quantiles reports the p50 and p99 of one op, in microseconds.
	quantiles := func(b *testing.B, ds []time.Duration) {
		slices.Sort(ds)
		b.ReportMetric(float64(ds[len(ds)/2].Microseconds()), "p50-µs")
		b.ReportMetric(float64(ds[len(ds)*99/100].Microseconds()), "p99-µs")
	}
	b.Run("heap", func(b *testing.B) {
		ds := make([]time.Duration, b.N)
		for i := 0; i < b.N; i++ {
			t := time.Now()
			sc := getNbScratch(d.nodes())
			if _, err := d.neighborhood(sc, centres[i%len(centres)], 2, 50, &f, newBudget(ctx, time.Minute)); err != nil {
				b.Fatal(err)
			}
			nbScratchPool.Put(sc)
			ds[i] = time.Since(t)
		}
		quantiles(b, ds)
	})
	b.Run("reference", func(b *testing.B) {
		ds := make([]time.Duration, b.N)
		for i := 0; i < b.N; i++ {
			t := time.Now()
			c := centres[i%len(centres)]
			nodes, _, _, err := d.neighborhoodRef(c, 2, 50, &f, newBudget(ctx, time.Minute))
			if err == nil && len(nodes) >= 50 {
				_, err = reachCountRef(d, f, newBudget(ctx, time.Minute), c, 2)
			}
			if err != nil {
				b.Fatal(err)
			}
			ds[i] = time.Since(t)
		}
		quantiles(b, ds)
	})
}

// BenchmarkNeighbors times whole depth-2 neighbourhoods of 50, evidence
// read, on the same entities as BenchmarkNeighborhood.
func BenchmarkNeighbors(b *testing.B) {
	ctx := context.Background()
	dsn := os.Getenv("COOPGRAPH_BENCH_STORE")
	if dsn == "" {
		b.Skip("set COOPGRAPH_BENCH_STORE to a bench store")
	}
	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	d := s.idx.load()
	r := rand.New(rand.NewPCG(1, 2))
	ids := make([]string, 256)
	for i := range ids {
		ids[i] = d.idOf(uint32(r.IntN(d.nodes())))
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Neighbors(ctx, NeighborQuery{ID: ids[i%len(ids)], Depth: 2, Limit: 50}); err != nil {
			b.Fatal(err)
		}
	}
}
