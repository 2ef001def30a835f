package graph_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// TestSnapshotLetsWritersIn: on bolt, where reads and writes exclude each
// other, a write issued while a copy of every quad runs finishes before
// the copy does, and the copy holds exactly the quads stored when it began.
func TestSnapshotLetsWritersIn(t *testing.T) {
	s := storetest.OpenBolt(t)
	ctx := context.Background()
	const n, batch = 20000, 4000
	for b := 0; b < n; b += batch {
		qs := make([]quad.Quad, 0, batch)
		for i := b; i < b+batch; i++ {
			qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("http://example.org/s/%d", i)),
				quad.IRI("http://example.org/p"), quad.String(fmt.Sprint("value ", i)), nil))
		}
		if _, err := s.WriteQuads(ctx, qs); err != nil {
			t.Fatal(err)
		}
	}
	type result struct {
		snap *graph.Snapshot
		err  error
		at   time.Time
	}
	done := make(chan result)
	start := time.Now()
	go func() {
		snap, err := s.Snapshot(ctx, graph.QuadFilter{}, 0)
		done <- result{snap, err, time.Now()}
	}()
	time.Sleep(10 * time.Millisecond)
	if _, err := s.WriteQuads(ctx, []quad.Quad{quad.Make(quad.IRI("http://example.org/late"),
		quad.IRI("http://example.org/p"), quad.String("written during the copy"), nil)}); err != nil {
		t.Fatal(err)
	}
	wrote := time.Now()
	r := <-done
	if r.err != nil {
		t.Fatal(r.err)
	}
	defer r.snap.Close()
	if copyTook := r.at.Sub(start); copyTook < 100*time.Millisecond {
		t.Fatalf("the copy took %v, too short to tell whether writers get in: store more quads", copyTook)
	}
	t.Logf("copy %v; the write ended %v before it", r.at.Sub(start), r.at.Sub(wrote))
	if !wrote.Before(r.at) {
		t.Errorf("the write waited for the copy to end (%v after it)", wrote.Sub(r.at))
	}
	if r.snap.Count != n {
		t.Errorf("the copy holds %d quads, %d were stored when it began", r.snap.Count, n)
	}
}
