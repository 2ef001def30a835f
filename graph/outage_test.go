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
// neighbourhoods, edges, search and entity lookups keep answering from the
// index, exactly as a store that can be read answers (a bolt store with the
// same writes): every edge with all its evidence, dated queries keeping
// the same pieces, and no edge listed as without evidence. Once the server
// is back, writes resume and the answers follow them.
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
	queries := []graph.PathQuery{
		{From: boss, To: curator},
		{From: curator, To: city, K: 3},
		{From: quads.EntityID(quads.Organization, "Lake Museum"), To: quads.EntityID(quads.Organization, "Acme University"), Since: "2022-01-01"},
		{From: boss, To: city, K: 2, Until: "2021-12-31"},
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
	if err := s.Ping(ctx); err == nil {
		t.Fatal("the store still answers with its database stopped: the test shows nothing")
	}
	pieces := 0
	for _, q := range queries {
		got, want := mustPaths(s, q), mustPaths(ref, q)
		if a, b := asJSON(t, got), asJSON(t, want); a != b {
			t.Fatalf("paths %+v during the outage:\n%s\nwant\n%s", q, a, b)
		}
		for _, p := range got {
			for _, e := range p.Edges {
				pieces += len(e.Evidence)
			}
		}
	}
	if pieces == 0 {
		t.Fatal("no evidence in any path during the outage")
	}
	for _, q := range []graph.NeighborQuery{{ID: boss, Depth: 2}, {ID: city, Depth: 3, Until: "2021-12-31"}} {
		nb, err1 := s.Neighbors(ctx, q)
		nbRef, err2 := ref.Neighbors(ctx, q)
		if err1 != nil || err2 != nil || asJSON(t, nb) != asJSON(t, nbRef) {
			t.Fatalf("neighbourhood %+v during the outage: %v %v\n%s\nwant\n%s", q, err1, err2, asJSON(t, nb), asJSON(t, nbRef))
		}
	}
	edges, err1 := s.EdgesOf(ctx, boss)
	edgesRef, err2 := ref.EdgesOf(ctx, boss)
	if err1 != nil || err2 != nil || asJSON(t, edges) != asJSON(t, edgesRef) || len(edges) == 0 {
		t.Fatalf("edges of %s during the outage: %v %v\n%s\nwant\n%s", boss, err1, err2, asJSON(t, edges), asJSON(t, edgesRef))
	}
	for _, e := range edgesRef {
		a, err1 := s.Edge(ctx, e.ID)
		b, err2 := ref.Edge(ctx, e.ID)
		if err1 != nil || err2 != nil || asJSON(t, a) != asJSON(t, b) {
			t.Fatalf("edge %s during the outage: %v %v\n%s\nwant\n%s", e.ID, err1, err2, asJSON(t, a), asJSON(t, b))
		}
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
	for _, q := range append(queries, graph.PathQuery{From: quads.EntityID(quads.Person, "Alice Wang 3"), To: curator, K: 3}) {
		if got, want := asJSON(t, mustPaths(s, q)), asJSON(t, mustPaths(ref, q)); got != want {
			t.Fatalf("paths %+v after the outage:\n%s\nwant\n%s", q, got, want)
		}
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}
