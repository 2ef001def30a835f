package api_test

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	cjsonld "github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/quads"
)

// parseNQuads reads N-Quads with Cayley's reader and returns each quad in
// its canonical N-Quads form, sorted; a malformed line fails the test.
func parseNQuads(t *testing.T, what string, body []byte) []string {
	t.Helper()
	r := nquads.NewReader(bytes.NewReader(body), false)
	var out []string
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("%s: not N-Quads: %v", what, err)
		}
		out = append(out, q.NQuad())
	}
	sort.Strings(out)
	return out
}

func sameQuads(t *testing.T, what string, got, want []string) {
	t.Helper()
	if len(want) == 0 {
		t.Fatalf("%s: nothing to compare: the N-Quads export is empty", what)
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		gs, ws := map[string]bool{}, map[string]bool{}
		for _, g := range got {
			gs[g] = true
		}
		for _, w := range want {
			ws[w] = true
			if !gs[w] {
				t.Errorf("%s lacks %s", what, w)
			}
		}
		for _, g := range got {
			if !ws[g] {
				t.Errorf("%s has %s, which the N-Quads do not", what, g)
			}
		}
		t.Fatalf("%s: %d quads, the N-Quads export has %d", what, len(got), len(want))
	}
}

// TestExportFormatsParse parses every export format with a real
// processor: JSON-LD with json-gold (to an RDF dataset, compared with the
// N-Quads export quad for quad) and with Cayley's JSON-LD reader (what
// load reads), GraphML with an XML decode checked against GraphML's
// structure and the N-Quads' relations.
func TestExportFormatsParse(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	r := ts.get("/api/export?format=nquads")
	expect(t, r, 200, "")
	want := parseNQuads(t, "N-Quads export", r.Body)

	t.Run("JSONLD", func(t *testing.T) {
		r := ts.get("/api/export?format=jsonld")
		expect(t, r, 200, "")
		// One JSON document, written once.
		dec := json.NewDecoder(bytes.NewReader(r.Body))
		var doc any
		if err := dec.Decode(&doc); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		if _, err := dec.Token(); err != io.EOF {
			t.Fatalf("more after the JSON-LD document (%v): it is written more than once", err)
		}
		proc := ld.NewJsonLdProcessor()
		opts := ld.NewJsonLdOptions("")
		opts.Format = "application/n-quads"
		rdf, err := proc.ToRDF(doc, opts)
		if err != nil {
			t.Fatalf("json-gold: %v", err)
		}
		sameQuads(t, "json-gold's RDF of the JSON-LD export", parseNQuads(t, "json-gold's N-Quads", []byte(rdf.(string))), want)

		cr := cjsonld.NewReader(bytes.NewReader(r.Body))
		all, err := quad.ReadAll(cr)
		if err != nil {
			t.Fatalf("Cayley's JSON-LD reader: %v", err)
		}
		// Cayley's reader types plain literals as xsd:string, the same
		// literal in RDF 1.1.
		plain := func(v quad.Value) quad.Value {
			if ts, ok := v.(quad.TypedString); ok && ts.Type == "http://www.w3.org/2001/XMLSchema#string" {
				return ts.Value
			}
			return v
		}
		var got []string
		for _, q := range all {
			q.Object = plain(q.Object)
			got = append(got, q.NQuad())
		}
		sort.Strings(got)
		sameQuads(t, "Cayley's reading of the JSON-LD export", got, want)
	})

	t.Run("GraphML", func(t *testing.T) {
		r := ts.get("/api/export?format=graphml")
		expect(t, r, 200, "")
		var doc struct {
			XMLName xml.Name `xml:"http://graphml.graphdrawing.org/xmlns graphml"`
			Keys    []struct {
				ID   string `xml:"id,attr"`
				For  string `xml:"for,attr"`
				Name string `xml:"attr.name,attr"`
				Type string `xml:"attr.type,attr"`
			} `xml:"key"`
			Graphs []struct {
				EdgeDefault string `xml:"edgedefault,attr"`
				Nodes       []struct {
					ID   string     `xml:"id,attr"`
					Data []gmlDatum `xml:"data"`
				} `xml:"node"`
				Edges []struct {
					ID     string     `xml:"id,attr"`
					Source string     `xml:"source,attr"`
					Target string     `xml:"target,attr"`
					Data   []gmlDatum `xml:"data"`
				} `xml:"edge"`
			} `xml:"graph"`
		}
		if err := xml.Unmarshal(r.Body, &doc); err != nil {
			t.Fatalf("not GraphML: %v", err)
		}
		if len(doc.Graphs) != 1 || doc.Graphs[0].EdgeDefault != "directed" {
			t.Fatalf("want one directed graph, got %d", len(doc.Graphs))
		}
		keyType := map[string]string{}
		keyFor := map[string]string{}
		for _, k := range doc.Keys {
			switch k.Type {
			case "string", "int", "long", "double", "float", "boolean":
			default:
				t.Errorf("key %s has attr.type %q, not a GraphML type", k.ID, k.Type)
			}
			if k.For != "node" && k.For != "edge" {
				t.Errorf("key %s is for %q", k.ID, k.For)
			}
			keyType[k.ID], keyFor[k.ID] = k.Type, k.For
		}
		checkData := func(elem string, data []gmlDatum) {
			for _, d := range data {
				if keyFor[d.Key] != elem {
					t.Errorf("%s data with key %q, which is not declared for %ss", elem, d.Key, elem)
				}
				if keyType[d.Key] == "int" {
					if _, err := strconv.Atoi(d.Value); err != nil {
						t.Errorf("%s data %s=%q is not an int", elem, d.Key, d.Value)
					}
				}
			}
		}
		g := doc.Graphs[0]
		nodes := map[string]bool{}
		for _, n := range g.Nodes {
			nodes[n.ID] = true
			checkData("node", n.Data)
		}
		// Every relation quad of the N-Quads is evidence of one edge
		// between its two entities.
		type pair struct{ a, b string }
		unordered := func(a, b string) pair {
			if b < a {
				a, b = b, a
			}
			return pair{a, b}
		}
		wantEvidence := map[pair]int{}
		all, err := quad.ReadAll(nquads.NewReader(strings.NewReader(strings.Join(want, "\n")+"\n"), false))
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range all {
			if _, ok := quads.PredicateFromIRI(q.Predicate); !ok {
				continue
			}
			s, ok1 := quads.IDFromIRI(q.Subject, quads.EntityBase)
			o, ok2 := quads.IDFromIRI(q.Object, quads.EntityBase)
			if ok1 && ok2 {
				wantEvidence[unordered(s, o)]++
			}
		}
		gotEvidence := map[pair]int{}
		for _, e := range g.Edges {
			checkData("edge", e.Data)
			if !nodes[e.Source] || !nodes[e.Target] {
				t.Errorf("edge %s joins %s and %s, not both nodes", e.ID, e.Source, e.Target)
			}
			for _, d := range e.Data {
				if d.Key == "evidence" {
					n, _ := strconv.Atoi(d.Value)
					gotEvidence[unordered(e.Source, e.Target)] += n
				}
			}
		}
		if len(wantEvidence) == 0 {
			t.Fatal("the fixture has no relations to compare")
		}
		for p, n := range wantEvidence {
			if gotEvidence[p] != n {
				t.Errorf("edge %s—%s: evidence %d, the N-Quads have %d relation quads", p.a, p.b, gotEvidence[p], n)
			}
		}
		if len(gotEvidence) != len(wantEvidence) {
			t.Errorf("%d entity pairs with edges, the N-Quads relate %d", len(gotEvidence), len(wantEvidence))
		}
	})
}

type gmlDatum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}
