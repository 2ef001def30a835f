package api_test

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// TestCayleyEndpoints covers the Cayley endpoints coopgraph adds to
// Cayley's query API: v1 write and delete, v1 shape, the v2 read's format
// choice and bounds, and Gephi's stream.
func TestCayleyEndpoints(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	t.Run("V1Write", func(t *testing.T) {
		body := `[{"subject": "<http://example.org/a>", "predicate": "<http://example.org/knows>", "object": "<http://example.org/b>"}]`
		r := ts.do("POST", "/api/v1/write", strings.NewReader(body))
		expect(t, r, http.StatusUnauthorized, "")
		cayleyError(t, r)
		r = ts.post("/api/v1/write", "application/json", body)
		expect(t, r, 200, "")
		var out struct {
			Result string
			Count  int
		}
		r.JSON(t, &out)
		if out.Count != 1 || out.Result != "Successfully wrote 1 quads." {
			t.Fatalf("v1 write: %s", r.Body)
		}
		r = ts.get("/api/v2/read?sub=" + q("<http://example.org/a>"))
		if !strings.Contains(string(r.Body), "<http://example.org/knows>") {
			t.Fatalf("the v1 write is not stored: %s", r.Body)
		}
		expect(t, ts.post("/api/v1/write", "application/json", `{"not": "a list"}`), 400, "")
		expect(t, ts.post("/api/v1/write", "application/json", `[{"subject": "<http://example.org/a>"}]`), 400, "")
	})
	t.Run("V1Delete", func(t *testing.T) {
		body := `[{"subject": "<http://example.org/a>", "predicate": "<http://example.org/knows>", "object": "<http://example.org/b>"}]`
		expect(t, ts.do("POST", "/api/v1/delete", strings.NewReader(body)), http.StatusUnauthorized, "")
		r := ts.post("/api/v1/delete", "application/json", body)
		expect(t, r, http.StatusForbidden, "")
		if !strings.Contains(cayleyError(t, r), "append-only") {
			t.Fatalf("delete: %s", r.Body)
		}
	})
	t.Run("V1Shape", func(t *testing.T) {
		r := ts.do("POST", "/api/v1/shape/gizmo", strings.NewReader(namesQuery))
		expect(t, r, 200, "")
		var shape struct {
			Nodes []map[string]any
			Links []map[string]any
		}
		r.JSON(t, &shape)
		if len(shape.Nodes) == 0 {
			t.Fatalf("shape without nodes: %s", r.Body)
		}
		expect(t, ts.do("POST", "/api/v1/shape/gizmo", strings.NewReader(`g.V(`)), 400, "")
		r = ts.do("POST", "/api/v1/shape/gizmo", strings.NewReader(`var a=[];a.push(a);g.V(a).All()`))
		expect(t, r, 400, "")
		cayleyError(t, r)
	})
	t.Run("V2ReadFormats", func(t *testing.T) {
		for _, c := range []struct{ query, accept, wantType string }{
			{"?format=json", "", "application/json"},
			{"?format=json-stream", "", "application/x-json-stream"},
			{"?format=jsonld", "", "application/ld+json"},
			{"?format=graphml", "", "application/xml"},
			{"", "application/json", "application/json"},
			{"", "text/html, application/ld+json;q=0.9", "application/ld+json"},
			{"", "*/*", "application/n-quads"},
			{"", "", "application/n-quads"},
		} {
			r := ts.do("GET", "/api/v2/read"+c.query, nil, "Accept", c.accept)
			expect(t, r, 200, "")
			if got := r.Header.Get("Content-Type"); !strings.HasPrefix(got, c.wantType) {
				t.Errorf("%s Accept %q: Content-Type %q, want %q", c.query, c.accept, got, c.wantType)
			}
			if c.wantType == "application/json" {
				var v []map[string]any
				r.JSON(t, &v)
				if len(v) == 0 {
					t.Errorf("%s: an empty JSON answer", c.query)
				}
			}
		}
		r := ts.get("/api/v2/read?format=csv")
		expect(t, r, 400, "")
		cayleyError(t, r)
		expect(t, ts.get("/api/v2/read?iri=sideways"), 400, "")
	})
	t.Run("V2ReadBound", func(t *testing.T) {
		small := MustOpenServer(t, api.Config{})
		small.store.SetQueryBounds(graph.QueryBounds{AnswerBytes: 2048})
		for _, f := range []string{"nquads", "jsonld", "json", "graphml"} {
			r := small.get("/api/v2/read?format=" + f)
			expect(t, r, http.StatusRequestEntityTooLarge, "")
			cayleyError(t, r)
		}
		expect(t, small.get("/api/v2/read?sub="+q(quads.EntityIRI(bo).String())), 200, "")
	})
	t.Run("Gephi", func(t *testing.T) {
		all := ts.get("/api/v2/read?format=nquads")
		nq := bytes.Count(all.Body, []byte("\n"))
		for _, mode := range []string{"raw", "nodes"} {
			r := ts.get("/gephi/gs?mode=" + mode)
			expect(t, r, 200, "")
			if got := r.Header.Get("Content-Type"); got != "application/stream+json" {
				t.Errorf("Content-Type %q", got)
			}
			nodes, edges := map[string]bool{}, 0
			sc := bufio.NewScanner(bytes.NewReader(r.Body))
			sc.Buffer(nil, 1<<20)
			sc.Split(splitCRLF)
			for sc.Scan() {
				var ev struct {
					AN map[string]map[string]any                               `json:"an"`
					CN map[string]map[string]any                               `json:"cn"`
					AE map[string]struct{ Source, Target, Label, Pred string } `json:"ae"`
				}
				if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
					t.Fatalf("%s: event %q is not JSON: %v", mode, sc.Text(), err)
				}
				for id, n := range ev.AN {
					if n["label"] == nil {
						t.Errorf("node %s without a label", id)
					}
					nodes[id] = true
				}
				for id := range ev.CN {
					if !nodes[id] {
						t.Errorf("change of node %s, never added", id)
					}
				}
				for id, e := range ev.AE {
					if !nodes[e.Source] || !nodes[e.Target] || e.Label == "" || e.Label != e.Pred {
						t.Errorf("edge %s: %+v", id, e)
					}
					edges++
				}
			}
			if mode == "raw" && edges != nq {
				t.Errorf("raw: %d edges, %d quads", edges, nq)
			}
			if mode == "nodes" && (edges == 0 || edges >= nq) {
				t.Errorf("nodes: %d edges of %d quads: literals should be inline", edges, nq)
			}
		}
		r := ts.get("/gephi/gs?limit=3")
		if n := bytes.Count(r.Body, []byte(`"ae"`)); n != 3 {
			t.Errorf("limit=3: %d edges", n)
		}
		expect(t, ts.get("/gephi/gs?mode=tree"), 400, "")
		expect(t, ts.get("/gephi/gs?limit=x"), 400, "")
	})
}

// splitCRLF splits Gephi's stream into its events, each ending in "\r\n".
func splitCRLF(data []byte, atEOF bool) (int, []byte, error) {
	if i := bytes.Index(data, []byte("\r\n")); i >= 0 {
		return i + 2, data[:i], nil
	}
	if atEOF && len(data) > 0 {
		return 0, nil, fmt.Errorf("event %q does not end in \\r\\n", data)
	}
	return 0, nil, nil
}
