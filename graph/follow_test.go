package graph_test

import (
	"context"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// TestFollowerSeesOtherServersWrites opens two stores on one PostgreSQL
// database, as two servers would: a write through one reaches the other's
// path index (NOTIFY wakes the follower, and it polls every second; the wait
// allows ten, since on a loaded two-core CI machine one second was seen to
// pass first); a store opened after a write (a server that was down) holds
// it too.
func TestFollowerSeesOtherServersWrites(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.NewPostgresDB(t)
	open := func() *graph.Store {
		s, err := graph.Open(ctx, dsn, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	a, b := open(), open()
	defer a.Close()
	storetest.MustWrite(t, a, storetest.FixtureOne())
	boss := quads.EntityID(quads.Person, "Alice Wang")
	curator := quads.EntityID(quads.Person, "Bo Li")
	waitPath(t, b, boss, curator, 10*time.Second)

	b.Close() // the second server goes down
	x := storetest.Variant(7)
	storetest.MustWrite(t, a, x)
	c := open() // and comes back
	defer c.Close()
	newBoss := quads.EntityID(quads.Person, "Alice Wang 7")
	waitPath(t, c, newBoss, curator, 0)
}

// waitPath waits up to d for a path from one entity to another.
func waitPath(t *testing.T, s *graph.Store, from, to string, d time.Duration) {
	t.Helper()
	deadline := time.Now().Add(d)
	for {
		ps, err := s.Paths(context.Background(), graph.PathQuery{From: from, To: to, K: 1})
		if err == nil && len(ps) > 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no path within %v: %v", d, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}
