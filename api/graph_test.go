package api_test

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/quads"
)

var (
	acme  = quads.EntityID(quads.Organization, "Acme University")
	lake  = quads.EntityID(quads.Organization, "Lake Museum")
	alice = quads.EntityID(quads.Person, "Alice Wang")
	bo    = quads.EntityID(quads.Person, "Bo Li")
)

type entityWithEdges struct {
	quads.Entity
	Edges []quads.Edge `json:"edges"`
}

type subgraph struct {
	Nodes []quads.Entity `json:"nodes"`
	Edges []quads.Edge   `json:"edges"`
}

func TestEntity(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		for _, name := range []string{acme, "Acme University", "AU"} {
			r := ts.get("/api/entities/" + p(name))
			expect(t, r, 200, "")
			var e entityWithEdges
			r.JSON(t, &e)
			if e.ID != acme || e.Name != "Acme University" || e.Type != quads.Organization {
				t.Fatalf("%s: got %+v", name, e.Entity)
			}
			if len(e.Edges) != 3 {
				t.Fatalf("%s: %d edges, want 3", name, len(e.Edges))
			}
			for _, ed := range e.Edges {
				if len(ed.Evidence) == 0 {
					t.Errorf("edge %s without evidence", ed.ID)
				}
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		expect(t, ts.get("/api/entities/Nobody%20Here"), 404, quads.ENOTFOUND)
		expect(t, ts.get("/api/entities/a%2Fb"), 404, quads.ENOTFOUND)
	})
}

func TestEdge(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		id := quads.EdgeID(acme, quads.SignedWith, lake)
		r := ts.get("/api/edges/" + p(id))
		expect(t, r, 200, "")
		var e quads.Edge
		r.JSON(t, &e)
		if e.ID != id || len(e.Evidence) != 2 {
			t.Fatalf("got edge %s with %d pieces of evidence, want %s with 2", e.ID, len(e.Evidence), id)
		}
		if e.Evidence[0].Sentence == "" || e.Evidence[0].Article.Title == "" {
			t.Fatalf("evidence without its sentence or article: %+v", e.Evidence[0])
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		expect(t, ts.get("/api/edges/not-an-edge"), 400, quads.EINVALID)
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		expect(t, ts.get("/api/edges/"+p(quads.EdgeID(alice, quads.Leads, lake))), 404, quads.ENOTFOUND)
	})
}

func TestNeighbors(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		r := ts.get("/api/entities/" + p("Acme University") + "/neighbors?depth=1")
		expect(t, r, 200, "")
		var g subgraph
		r.JSON(t, &g)
		ids := map[string]bool{}
		for _, n := range g.Nodes {
			ids[n.ID] = true
		}
		if !ids[acme] || !ids[lake] || !ids[alice] || ids[bo] {
			t.Fatalf("depth 1 of Acme University: nodes %v", g.Nodes)
		}
		if len(g.Edges) < 3 {
			t.Fatalf("depth 1 of Acme University: %d edges, want 3 or more", len(g.Edges))
		}
		r = ts.get("/api/entities/" + acme + "/neighbors?depth=2&predicates=signed-with,leads&since=2020-01-01&until=2030-12-31")
		expect(t, r, 200, "")
		r.JSON(t, &g)
		found := false
		for _, n := range g.Nodes {
			found = found || n.ID == bo
		}
		if !found {
			t.Fatalf("depth 2 of Acme University over signed-with and leads misses Bo Li: %v", g.Nodes)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, qs := range []string{"depth=0", "depth=5", "depth=x", "limit=0", "limit=100000",
			"predicates=likes", "types=Animal", "since=2021-13-01", "until=yesterday",
			"since=2022-01-01&until=2021-01-01"} {
			r := ts.get("/api/entities/" + acme + "/neighbors?" + qs)
			if r.Status != 400 {
				t.Errorf("%s: status %d, want 400", qs, r.Status)
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		expect(t, ts.get("/api/entities/Nobody/neighbors"), 404, quads.ENOTFOUND)
	})
}

func TestPaths(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		r := ts.get("/api/paths?from=" + q("Alice Wang") + "&to=" + q("Bo Li") + "&k=3")
		expect(t, r, 200, "")
		var out struct{ Paths []subgraph }
		r.JSON(t, &out)
		if len(out.Paths) == 0 {
			t.Fatal("no path from Alice Wang to Bo Li")
		}
		first := out.Paths[0]
		if len(first.Nodes) != 4 || len(first.Edges) != 3 || first.Nodes[0].ID != alice || first.Nodes[3].ID != bo {
			t.Fatalf("first path: %+v", first)
		}
		for _, e := range first.Edges {
			if len(e.Evidence) == 0 {
				t.Errorf("edge %s of a path without its evidence", e.ID)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		from := "from=" + alice + "&to=" + bo + "&"
		for _, qs := range []string{"to=" + bo, "from=" + alice, from + "k=0", from + "k=21", from + "max_len=11",
			from + "predicates=leads,knows", from + "types=Person,Thing", from + "since=21-01-01"} {
			r := ts.get("/api/paths?" + qs)
			if r.Status != 400 {
				t.Errorf("%s: status %d, want 400: %s", qs, r.Status, r.Body)
			}
		}
	})
	t.Run("ErrNotFound", func(t *testing.T) {
		expect(t, ts.get("/api/paths?from=Nobody&to="+bo), 404, quads.ENOTFOUND)
		// Only leads edges: Alice and Bo lead different bodies.
		expect(t, ts.get("/api/paths?from="+alice+"&to="+bo+"&predicates=leads"), 404, quads.ENOTFOUND)
	})
}

func TestSearch(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		for _, term := range []string{"Acme University", "AU", "acme", "Acme Univresity"} {
			r := ts.get("/api/search?q=" + q(term))
			expect(t, r, 200, "")
			var out struct{ Entities []quads.Entity }
			r.JSON(t, &out)
			if len(out.Entities) == 0 || out.Entities[0].ID != acme {
				t.Errorf("search %q: %v, want Acme University first", term, out.Entities)
			}
		}
		r := ts.get("/api/search?q=Lake&type=Person&limit=5")
		expect(t, r, 200, "")
		var out struct{ Entities []quads.Entity }
		r.JSON(t, &out)
		for _, e := range out.Entities {
			if e.Type != quads.Person {
				t.Errorf("type=Person answered %v", e)
			}
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		for _, qs := range []string{"", "q=", "q=acme&type=Animal", "q=acme&limit=0", "q=acme&limit=101",
			"q=" + strings.Repeat("a", 600)} {
			expect(t, ts.get("/api/search?"+qs), 400, quads.EINVALID)
		}
	})
}

// TestTimeout checks that every query route answers 504 when past its time
// limit: a limit of a nanosecond has passed before any query starts.
func TestTimeout(t *testing.T) {
	ts := MustOpenServer(t, api.Config{QueryTimeout: time.Nanosecond})
	for _, path := range []string{
		"/api/entities/" + acme,
		"/api/entities/" + acme + "/neighbors",
		"/api/paths?from=" + alice + "&to=" + bo,
		"/api/search?q=acme",
		"/api/edges/" + p(quads.EdgeID(acme, quads.SignedWith, lake)),
		"/api/articles",
	} {
		r := ts.get(path)
		if r.Status != http.StatusGatewayTimeout {
			t.Errorf("%s: status %d, want 504: %s", path, r.Status, r.Body)
			continue
		}
		if code := r.ErrorCode(t); code != quads.ETIMEOUT {
			t.Errorf("%s: code %q, want %q", path, code, quads.ETIMEOUT)
		}
	}
}
