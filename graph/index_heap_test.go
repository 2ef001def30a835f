package graph_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"testing"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/synth"
)

// BenchmarkIndexHeap reports the Go heap a store holds once open on a bolt
// store of a synthetic graph (after garbage collection, beside what it
// held before opening): almost all of it is the index, which the open
// builds. COOPGRAPH_BENCH_INDEX_EDGES sets the graph's edges (100,000);
// COOPGRAPH_BENCH_INDEX_DIR keeps the generated store between runs (a
// temporary directory otherwise).
//
//	COOPGRAPH_BENCH_INDEX_EDGES=1000000 COOPGRAPH_BENCH_INDEX_DIR=/tmp/x go test ./graph -run '^$' -bench BenchmarkIndexHeap -benchtime 1x
func BenchmarkIndexHeap(b *testing.B) {
	ctx := context.Background()
	edges := 100000
	if v := os.Getenv("COOPGRAPH_BENCH_INDEX_EDGES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil {
			b.Fatalf("COOPGRAPH_BENCH_INDEX_EDGES: %v", err)
		}
		edges = n
	}
	dir := os.Getenv("COOPGRAPH_BENCH_INDEX_DIR")
	if dir == "" {
		dir = b.TempDir()
	}
	path := filepath.Join(dir, fmt.Sprintf("synth-%d", edges))
	if _, err := os.Stat(filepath.Join(path, "indexes.bolt")); err != nil {
		s, err := graph.Open(ctx, path, graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		if _, err := s.LoadQuads(ctx, synth.New(synth.Config{Edges: edges, Seed: 1}).Reader()); err != nil {
			b.Fatal(err)
		}
		if err := s.Close(); err != nil {
			b.Fatal(err)
		}
	}
	heap := func() uint64 {
		var m runtime.MemStats
		runtime.GC()
		runtime.GC()
		runtime.ReadMemStats(&m)
		return m.HeapAlloc
	}
	for b.Loop() {
		before := heap()
		s, err := graph.Open(ctx, path, graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		held := heap() - before
		st := s.IndexStats()
		b.ReportMetric(float64(held), "heap-bytes")
		b.ReportMetric(float64(held)/float64(st.Edges), "heap-bytes/edge")
		b.ReportMetric(float64(st.Bytes), "index-estimate-bytes")
		b.ReportMetric(float64(st.Edges), "edges")
		runtime.KeepAlive(s)
		s.Close()
	}
}
