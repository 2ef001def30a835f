package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/graphbench"
	"github.com/coopgraph/coopgraph/quads"
)

// BenchmarkLoadArticles loads reprints of the shipped articles
// (COOPGRAPH_BENCH_LOAD_COPIES copies of each, default 100: 1,900 articles)
// into new bolt stores: in groups of the default --batch (or
// COOPGRAPH_LOAD_BATCH), article by
// article (--batch 1), and, in the same run, the quads the grouped load
// stored through Cayley's own writer (graph.NewWriter with its default
// batching) and through the article loader as one transaction of them all
// (graphbench.MeasureLoad). Extraction is done before the
// clock starts: the figures are the store's.
func BenchmarkLoadArticles(b *testing.B) {
	copies := 100
	if v := os.Getenv("COOPGRAPH_BENCH_LOAD_COPIES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("COOPGRAPH_BENCH_LOAD_COPIES=%q", v)
		}
		copies = n
	}
	defBatch, _ := strconv.Atoi(options["batch"].def)
	if v := os.Getenv(options["batch"].env); v != "" {
		if defBatch, _ = strconv.Atoi(v); defBatch < 1 {
			b.Fatalf("%s=%q", options["batch"].env, v)
		}
	}
	dir := writeCorpusCopies(b, copies)
	files, err := inputFiles([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	xs := make([]*quads.Extraction, len(files))
	for i, f := range files {
		if xs[i], err = extractFile(f); err != nil {
			b.Fatal(err)
		}
	}
	ctx := context.Background()
	// load writes xs in groups of batch into a new bolt store and returns
	// the seconds it took; keep, when not nil, receives the store's quads.
	load := func(batch int, keep *bytes.Buffer) float64 {
		s, err := graph.Open(ctx, filepath.Join(b.TempDir(), "db"), graph.Options{})
		if err != nil {
			b.Fatal(err)
		}
		defer s.Close()
		t0 := time.Now()
		l := s.NewArticleLoader() // as coopgraph load writes
		for i := 0; i < len(xs); i += batch {
			if _, err := l.Write(ctx, xs[i:min(i+batch, len(xs))]); err != nil {
				b.Fatal(err)
			}
		}
		if err := l.Close(); err != nil {
			b.Fatal(err)
		}
		el := time.Since(t0).Seconds()
		if keep != nil {
			if err := s.Export(ctx, keep, "nquads"); err != nil {
				b.Fatal(err)
			}
		}
		return el
	}
	var grouped, single, cayley, bulk, nquads float64
	for i := 0; i < b.N; i++ {
		var dump bytes.Buffer
		grouped += load(defBatch, &dump)
		single += load(1, nil)
		qs, _, err := quads.ReadNQuadsLines(&dump)
		if err != nil {
			b.Fatal(err)
		}
		nquads = float64(len(qs))
		ours, peer, err := graphbench.MeasureLoad(ctx, filepath.Join(b.TempDir(), "bulk"), filepath.Join(b.TempDir(), "cayley"), [][]quad.Quad{qs})
		if err != nil {
			b.Fatal(err)
		}
		cayley += nquads / peer
		bulk += nquads / ours
	}
	n := float64(b.N)
	arts := float64(len(xs))
	b.ReportMetric(arts, "articles")
	b.ReportMetric(nquads, "quads")
	b.ReportMetric(arts*n/grouped, "articles/s")
	b.ReportMetric(nquads*n/grouped, "quads/s")
	b.ReportMetric(nquads*n/single, "batch1-quads/s")
	b.ReportMetric(nquads*n/cayley, "cayley-quads/s")
	b.ReportMetric(nquads*n/bulk, "onetx-quads/s")
	b.ReportMetric(single/grouped, "x-batch1")
	b.ReportMetric(cayley/grouped, "x-cayley")
}
