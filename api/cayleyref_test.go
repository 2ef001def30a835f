package api_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strings"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	_ "github.com/cayleygraph/cayley/graph/memstore"
	cgizmo "github.com/cayleygraph/cayley/query/gizmo" // Cayley's own Gizmo, registered as "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/cayley/writer"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/quads"
)

// referenceCayley serves Cayley v0.7.7's own v2 HTTP API (server/http)
// over a memstore holding the quads, in their order.
func referenceCayley(t *testing.T, nq []byte) (*httptest.Server, cgraph.QuadStore) {
	t.Helper()
	qs, err := cgraph.NewQuadStore("memstore", "", nil)
	if err != nil {
		t.Fatal(err)
	}
	qw, err := writer.NewSingleReplication(qs, nil)
	if err != nil {
		t.Fatal(err)
	}
	all, err := quad.ReadAll(nquads.NewReader(bytes.NewReader(nq), false))
	if err != nil {
		t.Fatal(err)
	}
	if err := qw.AddQuadSet(all); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: qs, QuadWriter: qw}))
	t.Cleanup(srv.Close)
	return srv, qs
}

func getBody(t *testing.T, u string, header ...string) (int, string, []byte) {
	t.Helper()
	req, _ := http.NewRequest("GET", u, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, res.Header.Get("Content-Type"), b
}

// canonical re-encodes a JSON answer with every array sorted, so that
// answers that differ only in the order the backends iterate compare
// equal.
func canonical(t *testing.T, b []byte) string {
	t.Helper()
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("not JSON: %v: %.300s", err, b)
	}
	var norm func(any) any
	norm = func(v any) any {
		switch x := v.(type) {
		case []any:
			keys := make([]string, len(x))
			for i := range x {
				e, _ := json.Marshal(norm(x[i]))
				keys[i] = string(e)
			}
			sort.Strings(keys)
			out := make([]any, len(keys))
			for i, k := range keys {
				json.Unmarshal([]byte(k), &out[i])
			}
			return out
		case map[string]any:
			for k, e := range x {
				x[k] = norm(e)
			}
		}
		return v
	}
	out, _ := json.Marshal(norm(v))
	return string(out)
}

// TestSameAnswersAsCayley runs the same queries against coopgraph and a
// real Cayley v0.7.7 server on the same quads and compares the answers:
// Gizmo and GraphQL queries, v2 reads in every format, and Gizmo shapes.
func TestSameAnswersAsCayley(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	r := ts.get("/api/export?format=nquads")
	expect(t, r, 200, "")
	ref, refQS := referenceCayley(t, r.Body)
	name := quads.PropName.String()

	t.Run("Queries", func(t *testing.T) {
		for _, c := range []struct{ lang, query string }{
			{"gizmo", fmt.Sprintf(`g.V().Out("%s").All()`, name)},
			{"gizmo", fmt.Sprintf(`g.V().Has("%s", "Bo Li").Tag("who").Out().All()`, name)},
			{"gizmo", fmt.Sprintf(`g.V().Has("%s").Count()`, name)},
			{"gizmo", fmt.Sprintf(`g.Emit(g.V().Has("%s", "Acme University").ToArray())`, name)},
			{"gizmo", fmt.Sprintf(`g.V().Has("%s", "Acme University").ForEach(function(d){ g.Emit({id: d.id, n: 1}) })`, name)},
			{"gizmo", fmt.Sprintf(`g.V().In("%s").Limit(3).TagArray().forEach(function(x){ g.Emit(x) })`, name)},
			{"gizmo", `g.Emit({a: [1, 2, {b: "c"}], d: null, e: true})`},
			{"gizmo", fmt.Sprintf(`g.V().Has("%s", "Lake Museum").Both().Unique().All()`, name)},
			{"graphql", fmt.Sprintf(`{ nodes(%s: "Bo Li") { id, %s } }`, name, name)},
			{"graphql", fmt.Sprintf(`{ nodes(%s: "Acme University") { id, %s @rev { id } } }`, name, quads.MemberOf.IRI())},
		} {
			// POST: Cayley's GraphQL reads the query from the body only.
			path := "/api/v2/query?lang=" + c.lang
			res, err := http.Post(ref.URL+path, "text/plain", strings.NewReader(c.query))
			if err != nil {
				t.Fatal(err)
			}
			refBody, _ := io.ReadAll(res.Body)
			res.Body.Close()
			refStatus := res.StatusCode
			r := ts.do("POST", path, strings.NewReader(c.query))
			if refStatus != 200 || r.Status != 200 {
				t.Fatalf("%s: Cayley %d (%s), coopgraph %d (%s)", c.query, refStatus, refBody, r.Status, r.Body)
			}
			if got := canonical(t, r.Body); got == `{"result":null}` || strings.Contains(got, `"nodes":null`) {
				t.Errorf("%s: an empty answer compares nothing: %s", c.query, got)
			}
			if got, want := canonical(t, r.Body), canonical(t, refBody); got != want {
				t.Errorf("%s %s:\ncoopgraph %s\nCayley    %s", c.lang, c.query, got, want)
			}
		}
	})

	t.Run("Read", func(t *testing.T) {
		var formats []struct {
			ID    string
			Write bool
			Read  bool
			Mime  []string
		}
		_, _, fb := getBody(t, ref.URL+"/api/v2/formats")
		json.Unmarshal(fb, &formats)
		r := ts.get("/api/v2/formats")
		expect(t, r, 200, "")
		if got, want := canonical(t, r.Body), canonical(t, fb); got != want {
			t.Errorf("/api/v2/formats:\ncoopgraph %s\nCayley    %s", got, want)
		}
		if len(formats) < 8 {
			t.Fatalf("Cayley lists %d formats: %s", len(formats), fb)
		}
		for _, f := range formats {
			if !f.Write {
				continue
			}
			hows := [][]string{{"?format=" + f.ID}}
			if len(f.Mime) > 0 {
				hows = append(hows, []string{"", "Accept", f.Mime[0]})
			}
			for _, how := range hows {
				path := "/api/v2/read" + how[0]
				refStatus, refType, refBody := getBody(t, ref.URL+path, how[1:]...)
				status, typ, body := getBody(t, ts.URL+path, how[1:]...)
				what := fmt.Sprintf("%s %v", f.ID, how)
				// Cayley v0.7.7 sends no Content-Type for pquads, gml and
				// graphviz; coopgraph always sends one (README).
				if status != refStatus || (refType != "" && typ != refType) {
					t.Errorf("%s: coopgraph %d %s, Cayley %d %s", what, status, typ, refStatus, refType)
					continue
				}
				if f.ID == "jsonld" {
					// coopgraph streams expanded JSON-LD; Cayley builds one
					// document: the RDF they hold must be the same.
					got := parseFormat(t, f.ID, body)
					want := parseFormat(t, f.ID, refBody)
					if strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) == 0 {
						t.Errorf("%s: %d quads, Cayley's %d", what, len(got), len(want))
					}
					continue
				}
				if !bytes.Equal(body, refBody) {
					t.Errorf("%s: answers differ:\ncoopgraph %.300s\nCayley    %.300s", what, body, refBody)
				}
			}
		}
		// A filtered read, as quads.
		path := "/api/v2/read?format=nquads&pred=" + url.QueryEscape(name)
		_, _, refBody := getBody(t, ref.URL+path)
		_, _, body := getBody(t, ts.URL+path)
		if got, want := parseFormat(t, "nquads", body), parseFormat(t, "nquads", refBody); strings.Join(got, "\n") != strings.Join(want, "\n") || len(got) == 0 {
			t.Errorf("filtered read: %d quads, Cayley's %d", len(got), len(want))
		}
	})

	t.Run("Shape", func(t *testing.T) {
		for _, query := range []string{
			fmt.Sprintf(`g.V().Has("%s", "Bo Li").Out().All()`, name),
			fmt.Sprintf(`g.V("<%s>").In().Tag("x").All()`, quads.EntityIRI(bo)),
		} {
			want, err := cgizmo.NewSession(refQS).ShapeOf(query)
			if err != nil {
				t.Fatal(err)
			}
			wb, _ := json.Marshal(want)
			r := ts.do("POST", "/api/v1/shape/gizmo", strings.NewReader(query))
			expect(t, r, 200, "")
			if got, want := canonical(t, r.Body), canonical(t, wb); got != want {
				t.Errorf("shape of %s:\ncoopgraph %s\nCayley    %s", query, got, want)
			}
		}
	})
}

// parseFormat reads an answer with the format's own reader and returns
// its quads, canonical and sorted (plain literals as xsd:string).
func parseFormat(t *testing.T, format string, body []byte) []string {
	t.Helper()
	f := quad.FormatByName(format)
	all, err := quad.ReadAll(f.Reader(bytes.NewReader(body)))
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	out := make([]string, 0, len(all))
	for _, q := range all {
		if s, ok := q.Object.(quad.String); ok {
			q.Object = quad.TypedString{Value: s, Type: "http://www.w3.org/2001/XMLSchema#string"}
		}
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}
