package api_test

import (
	"context"
	"io"
	"log/slog"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// TestPathsDuringPostgresOutage stops the PostgreSQL server under a running
// server: paths (asked by names), neighbourhoods, edges and search still
// answer 200 from the index, byte for byte as before the outage: every
// edge with its evidence, none listed as without it. Once the database is
// back, writes resume and answers follow them.
func TestPathsDuringPostgresOutage(t *testing.T) {
	ctx := context.Background()
	cluster := storetest.NewCluster(t)
	store, err := graph.Open(ctx, cluster.DSN, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	storetest.MustWrite(t, store, storetest.FixtureOne(), storetest.FixtureTwo())
	s, err := api.New(api.Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(s.Handler())
	defer hs.Close()
	ts := &testServer{Server: hs, t: t, api: s, store: store}
	paths := "/api/paths?from=" + url.QueryEscape("Alice Wang") + "&to=" + url.QueryEscape("River City") + "&k=2"
	others := []string{
		"/api/paths?from=" + url.QueryEscape("Lake Museum") + "&to=" + url.QueryEscape("AU") + "&since=2022-01-01",
		"/api/entities/" + url.PathEscape("Acme University") + "/neighbors?depth=2",
		"/api/search?q=lake",
	}
	before := map[string]string{}
	for _, u := range append(others, paths) {
		r := ts.get(u)
		if r.Status != 200 {
			t.Fatalf("%s before the outage: %d %s", u, r.Status, r.Body)
		}
		before[u] = string(r.Body)
	}

	cluster.Stop()
	if err := store.Ping(ctx); err == nil {
		t.Fatal("the database still answers after it was stopped: the test shows nothing")
	}
	for _, u := range others {
		if r := ts.get(u); r.Status != 200 || string(r.Body) != before[u] {
			t.Fatalf("%s during the outage: %d\n%s\nbefore it:\n%s", u, r.Status, r.Body, before[u])
		}
	}
	r := ts.get(paths)
	if r.Status != 200 {
		t.Fatalf("paths during the outage: %d %s", r.Status, r.Body)
	}
	var ps struct {
		Paths []struct {
			Nodes []struct{ Name, Type string }
			Edges []struct {
				ID       string
				Evidence []any
			}
			EvidenceUnavailable []string `json:"evidence_unavailable"`
		}
	}
	r.JSON(t, &ps)
	if len(ps.Paths) == 0 {
		t.Fatalf("no paths: %s", r.Body)
	}
	p := ps.Paths[0]
	var names []string
	for _, n := range p.Nodes {
		names = append(names, n.Name+"/"+n.Type)
	}
	if got := strings.Join(names, " → "); got != "Alice Wang/Person → Acme University/Organization → River City/Place" {
		t.Fatalf("path during the outage: %s", got)
	}
	if len(p.EvidenceUnavailable) != 0 || string(r.Body) != before[paths] {
		t.Fatalf("paths during the outage:\n%s\nbefore it:\n%s", r.Body, before[paths])
	}
	for _, e := range p.Edges {
		if len(e.Evidence) == 0 {
			t.Fatalf("edge %s without evidence during the outage: %s", e.ID, r.Body)
		}
	}
	r = ts.get("/api/search?q=lake")
	if r.Status != 200 || !strings.Contains(string(r.Body), `"name":"Lake Museum"`) {
		t.Fatalf("search during the outage: %d %s", r.Status, r.Body)
	}

	cluster.Start()
	deadline := 0
	for {
		if _, err := store.WriteExtraction(ctx, storetest.Variant(2)); err == nil {
			break
		} else if deadline++; deadline > 100 {
			t.Fatalf("writes did not resume: %v", err)
		}
		waitABit()
	}
	r = ts.get(paths)
	ps.Paths = nil
	r.JSON(t, &ps)
	if r.Status != 200 || len(ps.Paths[0].EvidenceUnavailable) != 0 || len(ps.Paths[0].Edges[0].Evidence) == 0 {
		t.Fatalf("paths after the outage: %d %s", r.Status, r.Body)
	}
}

func waitABit() { <-time.After(200 * time.Millisecond) }
