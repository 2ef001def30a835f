package api_test

import (
	"context"
	"fmt"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/quads"
)

// cayleyError decodes Cayley's {"error": "message"}.
func cayleyError(t *testing.T, r *response) string {
	t.Helper()
	var e struct{ Error string }
	r.JSON(t, &e)
	if e.Error == "" {
		t.Fatalf("not Cayley's error shape: %s", r.Body)
	}
	return e.Error
}

var namesQuery = fmt.Sprintf(`g.V().Out("%s").All()`, quads.PropName)

func TestCayleyV1Query(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("OK", func(t *testing.T) {
		r := ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(namesQuery))
		expect(t, r, 200, "")
		var out struct{ Result []map[string]any }
		r.JSON(t, &out)
		names := map[any]bool{}
		for _, m := range out.Result {
			names[m["id"]] = true
		}
		if !names["Acme University"] || !names["Bo Li"] {
			t.Fatalf("gizmo names: %s", r.Body)
		}

		r = ts.do("POST", "/api/v1/query/gizmo?limit=2", strings.NewReader(namesQuery))
		expect(t, r, 200, "")
		r.JSON(t, &out)
		if len(out.Result) != 2 {
			t.Fatalf("limit=2 answered %d results", len(out.Result))
		}

		r = ts.do("POST", "/api/v1/query/mql", strings.NewReader(fmt.Sprintf(`[{"id": null, "%s": "Bo Li"}]`, quads.PropName)))
		expect(t, r, 200, "")
		r.JSON(t, &out)
		if len(out.Result) != 1 || out.Result[0]["id"] != quads.EntityIRI(bo).String() {
			t.Fatalf("mql: %s", r.Body)
		}

		r = ts.do("POST", "/api/v1/query/graphql", strings.NewReader(fmt.Sprintf(`{ nodes(%s: "Bo Li") { id } }`, quads.PropName)))
		expect(t, r, 200, "")
		var gq struct{ Data map[string]any }
		r.JSON(t, &gq)
		if gq.Data["nodes"] == nil {
			t.Fatalf("graphql: %s", r.Body)
		}
	})
	t.Run("ErrInvalid", func(t *testing.T) {
		r := ts.do("POST", "/api/v1/query/gizmo", strings.NewReader("g.V(.All("))
		expect(t, r, 400, "")
		cayleyError(t, r)
		r = ts.do("POST", "/api/v1/query/mql", strings.NewReader("[{"))
		expect(t, r, 400, "")
		cayleyError(t, r)
		r = ts.do("POST", "/api/v1/query/graphql", strings.NewReader("{ nodes( }"))
		expect(t, r, 400, "")
		var gq struct{ Errors []struct{ Message string } }
		r.JSON(t, &gq)
		if len(gq.Errors) != 1 || gq.Errors[0].Message == "" {
			t.Fatalf("graphql error: %s", r.Body)
		}
		for _, lim := range []string{"0", "x", "1001"} {
			expect(t, ts.do("POST", "/api/v1/query/gizmo?limit="+lim, strings.NewReader(namesQuery)), 400, "")
		}
		if r := ts.do("POST", "/api/v1/query/sparql", strings.NewReader("SELECT")); r.Status != 404 && r.Status != 405 {
			t.Fatalf("unknown language: status %d", r.Status)
		}
	})
	t.Run("ErrTooLarge", func(t *testing.T) {
		small := MustOpenServer(t, api.Config{BodyLimit: 64})
		r := small.do("POST", "/api/v1/query/gizmo", strings.NewReader(namesQuery+strings.Repeat(" ", 100)))
		expect(t, r, 413, "")
		cayleyError(t, r)
	})
}

// TestCayleyCannotWrite checks that no query language writes: Gizmo in
// Cayley v0.7.7 has no write methods, and GraphQL and MQL only read.
func TestCayleyCannotWrite(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	ctx := context.Background()
	before, _ := ts.store.QuadCount(ctx)
	for _, qu := range []string{
		`g.addQuad("<http://a>", "<http://b>", "<http://c>")`,
		`graph.AddQuad("<http://a>", "<http://b>", "<http://c>")`,
		`g.V().Write("<http://a>")`,
		`g.removeNode("` + quads.EntityIRI(acme).String() + `")`,
	} {
		r := ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(qu), "Authorization", "Bearer "+testToken)
		expect(t, r, 400, "")
		cayleyError(t, r)
	}
	r := ts.do("POST", "/api/v1/query/graphql", strings.NewReader(`mutation { addQuad(s: "a") { id } }`))
	if r.Status == 200 && !strings.Contains(string(r.Body), "errors") && strings.Contains(string(r.Body), `"data":{`) {
		t.Errorf("graphql mutation answered: %s", r.Body)
	}
	after, _ := ts.store.QuadCount(ctx)
	if after != before {
		t.Fatalf("queries wrote %d quads", after-before)
	}
}

// TestCayleyTimeout checks that a query past its time answers 504 and
// stops: the goroutines it started are gone soon after.
func TestCayleyTimeout(t *testing.T) {
	ts := MustOpenServer(t, api.Config{QueryTimeout: 300 * time.Millisecond})
	// Warm up: the first request starts the connection's goroutines.
	expect(t, ts.get("/healthz"), 200, "")
	before := runtime.NumGoroutine()
	for _, c := range []struct{ path, query string }{
		{"/api/v1/query/gizmo", `while (true) {}`},
		{"/api/v1/query/gizmo", `for (;;) { g.V().ToArray() }`},
		{"/api/v2/query?lang=gizmo", `for (;;) { g.V().Count() }`},
	} {
		start := time.Now()
		r := ts.do("POST", c.path, strings.NewReader(c.query))
		expect(t, r, http.StatusGatewayTimeout, "")
		cayleyError(t, r)
		if d := time.Since(start); d > 3*time.Second {
			t.Errorf("%s: answered after %v, limit 300ms", c.query, d)
		}
	}
	deadline := time.Now().Add(5 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		t.Fatalf("%d goroutines after the timeouts, %d before: a query still runs\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}

func TestCayleyV2(t *testing.T) {
	ts := MustOpenServer(t, api.Config{BodyLimit: 16384})
	ctx := context.Background()
	dana := quads.EntityID(quads.Person, "Dana Wu")
	// A relation comes with its evidence and its article (write_test.go).
	nq, nqCount := articleNQuads(t, quads.Entity{ID: dana, Name: "Dana Wu", Type: quads.Person}, quads.MemberOf,
		quads.Entity{ID: lake, Name: "Lake Museum", Type: quads.Organization}, "Dana Wu is a member of Lake Museum.")
	bare := fmt.Sprintf("%s %s %s .\n%s %s \"Dana Wu\" .\n%s %s %s .\n",
		quads.EntityIRI(dana), quads.RDFType, quads.Person.ClassIRI(),
		quads.EntityIRI(dana), quads.PropName,
		quads.EntityIRI(dana), quads.MemberOf.IRI(), quads.EntityIRI(lake))
	t.Run("Query", func(t *testing.T) {
		r := ts.get("/api/v2/query?lang=gizmo&qu=" + q(namesQuery) + "&limit=3")
		expect(t, r, 200, "")
		var out struct{ Result []any }
		r.JSON(t, &out)
		if len(out.Result) != 3 {
			t.Fatalf("v2 query: %s", r.Body)
		}
		r = ts.do("POST", "/api/v2/query?lang=mql", strings.NewReader(`[{"id": null}]`))
		expect(t, r, 200, "")
		expect(t, ts.get("/api/v2/query?qu=x"), 400, "")
		expect(t, ts.get("/api/v2/query?lang=sparql&qu=x"), 400, "")
		expect(t, ts.get("/api/v2/query?lang=gizmo"), 400, "")
	})
	t.Run("Read", func(t *testing.T) {
		r := ts.get("/api/v2/read?sub=" + q(quads.EntityIRI(bo).String()))
		expect(t, r, 200, "")
		if !strings.Contains(string(r.Body), `"Bo Li"`) {
			t.Fatalf("v2 read: %s", r.Body)
		}
		r = ts.do("POST", "/api/v2/read?pred="+q(quads.PropName.String())+"&format=json", nil)
		expect(t, r, 200, "")
		if !strings.Contains(string(r.Body), `"Bo Li"`) {
			t.Fatalf("v2 read (POST, json): %s", r.Body)
		}
		expect(t, ts.get("/api/v2/formats"), 200, "")
	})
	t.Run("Write", func(t *testing.T) {
		r := ts.do("POST", "/api/v2/write", strings.NewReader(nq), "Content-Type", "application/n-quads")
		expect(t, r, 401, "")
		cayleyError(t, r)
		r = ts.do("POST", "/api/v2/write", strings.NewReader(nq), "Authorization", "Bearer nope")
		expect(t, r, 401, "")

		before, _ := ts.store.QuadCount(ctx)
		r = ts.post("/api/v2/write", "application/n-quads", nq+"<http://a> <http://b> .\n")
		expect(t, r, 400, "")
		cayleyError(t, r)
		if after, _ := ts.store.QuadCount(ctx); after != before {
			t.Fatalf("a malformed v2 write wrote %d quads", after-before)
		}
		// A \U escape past int32 makes Cayley's N-Quads parser panic; the
		// panic is a 400 like any malformed body, and writes nothing.
		r = ts.post("/api/v2/write", "application/n-quads", nq+"<http://a> <http://b> \"\\U80000000\" .\n")
		expect(t, r, 400, "")
		if msg := cayleyError(t, r); !strings.Contains(msg, "parser refused") {
			t.Fatalf("v2 write of a \\U80000000 escape: %s", msg)
		}
		if after, _ := ts.store.QuadCount(ctx); after != before {
			t.Fatalf("a v2 write that panicked the parser wrote %d quads", after-before)
		}

		// A relation without evidence breaks the store's rules: refused,
		// naming the quad, as /api/quads refuses it.
		r = ts.post("/api/v2/write", "application/n-quads", bare)
		expect(t, r, 400, "")
		if msg := cayleyError(t, r); !strings.Contains(msg, "quad 3") || !strings.Contains(msg, "no evidence") {
			t.Fatalf("v2 write of a relation without evidence: %s", msg)
		}
		if after, _ := ts.store.QuadCount(ctx); after != before {
			t.Fatalf("a refused v2 write wrote %d quads", after-before)
		}

		r = ts.post("/api/v2/write", "application/n-quads", nq)
		expect(t, r, 200, "")
		var w struct {
			Result string
			Count  int
		}
		r.JSON(t, &w)
		if w.Count != nqCount || w.Result != fmt.Sprintf("Successfully wrote %d quads.", nqCount) {
			t.Fatalf("v2 write: %s", r.Body)
		}
		// The index follows Cayley's writes too.
		expect(t, ts.get("/api/entities/"+p("Dana Wu")), 200, "")
		expect(t, ts.get("/api/paths?from="+q("Dana Wu")+"&to="+q("Bo Li")), 200, "")

		r = ts.post("/api/v2/write", "application/n-quads", strings.Repeat(nq, 20))
		expect(t, r, 413, "")
		cayleyError(t, r)
	})
	t.Run("Delete", func(t *testing.T) {
		for _, path := range []string{"/api/v2/delete", "/api/v2/node/delete"} {
			expect(t, ts.do("POST", path, strings.NewReader(nq)), 401, "")
			r := ts.post(path, "application/n-quads", nq)
			expect(t, r, 403, "")
			if !strings.Contains(cayleyError(t, r), "append-only") {
				t.Errorf("%s: %s", path, r.Body)
			}
		}
		expect(t, ts.get("/api/entities/"+p("Dana Wu")), 200, "")
	})
}
