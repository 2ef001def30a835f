package graph_test

import (
	"context"
	"encoding/json"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

func asJSON(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestPostgresOutage stops the PostgreSQL server under a store: paths,
// neighbourhoods, search and entity lookups keep answering from the index,
// with the entities a store that can be read gives (a bolt store with the
// same writes); an edge whose evidence was read before keeps it, the others
// come without and are listed as such. Once the server is back, writes
// resume and the evidence is read again.
func TestPostgresOutage(t *testing.T) {
	ctx := context.Background()
	cluster := storetest.NewCluster(t)
	s, err := graph.Open(ctx, cluster.DSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	ref := storetest.OpenBolt(t) // what the answers must say
	for _, st := range []*graph.Store{s, ref} {
		storetest.MustWrite(t, st, storetest.FixtureOne(), storetest.FixtureTwo())
	}
	boss := quads.EntityID(quads.Person, "Alice Wang")
	curator := quads.EntityID(quads.Person, "Bo Li")
	city := quads.EntityID(quads.Place, "River City")
	warm := graph.PathQuery{From: boss, To: curator}
	cold := graph.PathQuery{From: curator, To: city, K: 3}
	if _, err := s.Paths(ctx, warm); err != nil { // its evidence is now cached
		t.Fatal(err)
	}
	mustPaths := func(st *graph.Store, q graph.PathQuery) []graph.Path {
		t.Helper()
		ps, err := st.Paths(ctx, q)
		if err != nil {
			t.Fatalf("paths %s → %s: %v", q.From, q.To, err)
		}
		return ps
	}

	cluster.Stop()
	if got, want := asJSON(t, mustPaths(s, warm)), asJSON(t, mustPaths(ref, warm)); got != want {
		t.Fatalf("during the outage, a path read before:\n%s\nwant\n%s", got, want)
	}
	got, want := mustPaths(s, cold), mustPaths(ref, cold)
	if len(got) != len(want) {
		t.Fatalf("during the outage: %d paths, want %d", len(got), len(want))
	}
	unreadEdges := 0
	for i := range got {
		if a, b := asJSON(t, got[i].Nodes), asJSON(t, want[i].Nodes); a != b {
			t.Fatalf("path %d's entities during the outage:\n%s\nwant\n%s", i, a, b)
		}
		// Each edge comes with its evidence as read before (the edges the
		// warm path shares), or with none and listed as such.
		unread := map[string]bool{}
		for _, id := range got[i].EvidenceUnavailable {
			unread[id] = true
			unreadEdges++
		}
		for j, e := range got[i].Edges {
			w := want[i].Edges[j]
			if e.ID != w.ID || e.Subject.Name != w.Subject.Name || e.Object.Name != w.Object.Name {
				t.Fatalf("path %d edge %d during the outage: %+v", i, j, e)
			}
			if unread[e.ID] && len(e.Evidence) != 0 || !unread[e.ID] && asJSON(t, e) != asJSON(t, w) {
				t.Fatalf("path %d edge %d during the outage (listed unread: %v):\n%s\nwant\n%s", i, j, unread[e.ID], asJSON(t, e), asJSON(t, w))
			}
		}
	}
	if unreadEdges == 0 {
		t.Fatalf("no edge listed without evidence during the outage: %s", asJSON(t, got))
	}
	for _, q := range []string{"lake", "acme univ", "AU"} {
		a, err1 := s.Search(ctx, q, "", 10)
		b, err2 := ref.Search(ctx, q, "", 10)
		if err1 != nil || err2 != nil || asJSON(t, a) != asJSON(t, b) || len(a) == 0 {
			t.Fatalf("search %q during the outage: %v %v\n%s\nwant\n%s", q, err1, err2, asJSON(t, a), asJSON(t, b))
		}
	}
	for _, name := range []string{"Acme University", "AU", boss} {
		a, err1 := s.Entity(ctx, name)
		b, err2 := ref.Entity(ctx, name)
		if err1 != nil || err2 != nil || asJSON(t, a) != asJSON(t, b) {
			t.Fatalf("entity %q during the outage: %v %v %+v want %+v", name, err1, err2, a, b)
		}
	}
	nb, err := s.Neighbors(ctx, graph.NeighborQuery{ID: boss, Depth: 2})
	nbRef, _ := ref.Neighbors(ctx, graph.NeighborQuery{ID: boss, Depth: 2})
	if err != nil || asJSON(t, nb.Nodes) != asJSON(t, nbRef.Nodes) {
		t.Fatalf("neighbourhood during the outage: %v\n%s\nwant\n%s", err, asJSON(t, nb.Nodes), asJSON(t, nbRef.Nodes))
	}

	cluster.Start()
	x := storetest.Variant(3)
	deadline := time.Now().Add(30 * time.Second)
	for {
		if _, err = s.WriteExtraction(ctx, x); err == nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("writes did not resume: %v", err)
		}
		time.Sleep(200 * time.Millisecond)
	}
	storetest.MustWrite(t, ref, x)
	if got, want := asJSON(t, mustPaths(s, cold)), asJSON(t, mustPaths(ref, cold)); got != want {
		t.Fatalf("after the outage:\n%s\nwant\n%s", got, want)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}
