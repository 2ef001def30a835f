package graph_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"
	"github.com/piprate/json-gold/ld"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// TestExportJSONLDOnce: what `coopgraph export --format jsonld` writes is
// one JSON-LD document whose RDF, read by json-gold, is the N-Quads
// export's, on every backend.
func TestExportJSONLDOnce(t *testing.T) {
	for name, open := range map[string]storetest.Opener{
		"memstore": storetest.OpenMemstore, "bolt": storetest.OpenBolt, "postgres": storetest.OpenPostgres,
	} {
		t.Run(name, func(t *testing.T) {
			s := open(t)
			ctx := context.Background()
			for _, x := range []*quads.Extraction{storetest.FixtureOne(), storetest.FixtureTwo()} {
				if _, err := s.WriteExtraction(ctx, x); err != nil {
					t.Fatal(err)
				}
			}
			want := exportQuads(t, s, "nquads", func(b []byte) io.Reader { return bytes.NewReader(b) })
			got := exportQuads(t, s, "jsonld", func(b []byte) io.Reader {
				dec := json.NewDecoder(bytes.NewReader(b))
				var doc any
				if err := dec.Decode(&doc); err != nil {
					t.Fatalf("JSON-LD export is not JSON: %v", err)
				}
				if _, err := dec.Token(); err != io.EOF {
					t.Fatalf("the JSON-LD export goes on after its document (%v)", err)
				}
				opts := ld.NewJsonLdOptions("")
				opts.Format = "application/n-quads"
				rdf, err := ld.NewJsonLdProcessor().ToRDF(doc, opts)
				if err != nil {
					t.Fatalf("json-gold: %v", err)
				}
				return strings.NewReader(rdf.(string))
			})
			if len(want) == 0 || strings.Join(got, "\n") != strings.Join(want, "\n") {
				t.Fatalf("JSON-LD export holds %d quads, the N-Quads export %d", len(got), len(want))
			}
		})
	}
}

// exportQuads exports s in format and reads the N-Quads toNQuads makes of
// it, canonical and sorted.
func exportQuads(t *testing.T, s *graph.Store, format string, toNQuads func([]byte) io.Reader) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, format); err != nil {
		t.Fatal(err)
	}
	all, err := quad.ReadAll(nquads.NewReader(toNQuads(buf.Bytes()), false))
	if err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	out := make([]string, len(all))
	for i, q := range all {
		out[i] = q.NQuad()
	}
	sort.Strings(out)
	return out
}
