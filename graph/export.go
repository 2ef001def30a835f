package graph

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/jsonld"
	"github.com/cayleygraph/quad/nquads"

	"github.com/coopgraph/coopgraph/quads"
)

// ExportFormats lists the formats Export writes.
var ExportFormats = []string{"nquads", "jsonld", "graphml"}

// Export writes the whole graph to w: "nquads" and "jsonld" write every quad
// as stored (a lossless dump that load reads back); "graphml" writes the
// entity graph (entities as nodes, edges with their predicate and evidence
// count) for graph tools such as Gephi and yEd. It returns EINVALID for an
// unknown format.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	switch format {
	case "", "nquads":
		bw := bufio.NewWriterSize(w, 64*1024)
		if err := s.eachQuad(ctx, nquads.NewWriter(bw)); err != nil {
			return err
		}
		return bw.Flush()
	case "jsonld":
		jw := jsonld.NewWriter(w)
		if err := s.eachQuad(ctx, jw); err != nil {
			return err
		}
		if err := jw.Close(); err != nil {
			return fmt.Errorf("graph: export json-ld: %w", err)
		}
		return nil
	case "graphml":
		return s.exportGraphML(ctx, w)
	}
	return quads.Errorf(quads.EINVALID, "unknown export format %q (want one of %s)", clip(format), strings.Join(ExportFormats, ", "))
}

// eachQuad writes every stored quad to qw, then closes it.
func (s *Store) eachQuad(ctx context.Context, qw quad.WriteCloser) error {
	defer s.readLock()()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		if err := qw.WriteQuad(s.qs.Quad(it.Result())); err != nil {
			return fmt.Errorf("graph: export: %w", err)
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("graph: export: scan quads: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return quads.Errorf(quads.ETIMEOUT, "export cancelled: %v", err)
	}
	return qw.Close()
}

// AllQuads returns every stored quad, sorted by their N-Quads form, for
// comparisons and tests of small graphs.
func (s *Store) AllQuads(ctx context.Context) ([]string, error) {
	var out []string
	defer s.readLock()()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		out = append(out, s.qs.Quad(it.Result()).NQuad())
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("graph: scan quads: %w", err)
	}
	sort.Strings(out)
	return out, ctx.Err()
}

type gmlData struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

type gmlNode struct {
	XMLName xml.Name  `xml:"node"`
	ID      string    `xml:"id,attr"`
	Data    []gmlData `xml:"data"`
}

type gmlEdge struct {
	XMLName xml.Name  `xml:"edge"`
	ID      string    `xml:"id,attr"`
	Source  string    `xml:"source,attr"`
	Target  string    `xml:"target,attr"`
	Data    []gmlData `xml:"data"`
}

// exportGraphML streams the entity graph as GraphML.
func (s *Store) exportGraphML(ctx context.Context, w io.Writer) error {
	type ent struct{ name, typ string }
	ents := map[string]*ent{}
	get := func(id string) *ent {
		e := ents[id]
		if e == nil {
			e = &ent{}
			ents[id] = e
		}
		return e
	}
	type edge struct {
		s, o string
		p    quads.Predicate
	}
	evidence := map[edge]int{}
	defer s.readLock()()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		sid, ok := quads.IDFromIRI(q.Subject, quads.EntityBase)
		if !ok {
			continue
		}
		if p, ok := quads.PredicateFromIRI(q.Predicate); ok {
			if oid, ok := quads.IDFromIRI(q.Object, quads.EntityBase); ok {
				if p.Symmetric() && oid < sid {
					sid, oid = oid, sid
				}
				get(sid)
				get(oid)
				evidence[edge{sid, oid, p}]++
			}
			continue
		}
		switch q.Predicate {
		case quads.PropName:
			if e := get(sid); e.name == "" || str(q.Object) < e.name {
				e.name = str(q.Object)
			}
		case quads.RDFType:
			if t, ok := quads.EntityTypeFromIRI(q.Object); ok {
				get(sid).typ = string(t)
			}
		}
	}
	if err := it.Err(); err != nil {
		return fmt.Errorf("graph: export graphml: %w", err)
	}
	bw := bufio.NewWriterSize(w, 64*1024)
	bw.WriteString(xml.Header)
	bw.WriteString(`<graphml xmlns="http://graphml.graphdrawing.org/xmlns">` + "\n" +
		`<key id="name" for="node" attr.name="name" attr.type="string"/>` + "\n" +
		`<key id="type" for="node" attr.name="type" attr.type="string"/>` + "\n" +
		`<key id="predicate" for="edge" attr.name="predicate" attr.type="string"/>` + "\n" +
		`<key id="evidence" for="edge" attr.name="evidence" attr.type="int"/>` + "\n" +
		`<graph id="coopgraph" edgedefault="directed">` + "\n")
	ids := make([]string, 0, len(ents))
	for id := range ents {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	enc := xml.NewEncoder(bw)
	for _, id := range ids {
		e := ents[id]
		if err := enc.Encode(gmlNode{ID: id, Data: []gmlData{{"name", e.name}, {"type", e.typ}}}); err != nil {
			return fmt.Errorf("graph: export graphml: %w", err)
		}
		bw.WriteByte('\n')
	}
	edges := make([]edge, 0, len(evidence))
	for k := range evidence {
		edges = append(edges, k)
	}
	sort.Slice(edges, func(i, j int) bool {
		return quads.EdgeID(edges[i].s, edges[i].p, edges[i].o) < quads.EdgeID(edges[j].s, edges[j].p, edges[j].o)
	})
	for _, k := range edges {
		ge := gmlEdge{ID: quads.EdgeID(k.s, k.p, k.o), Source: k.s, Target: k.o,
			Data: []gmlData{{"predicate", string(k.p)}, {"evidence", fmt.Sprint(evidence[k])}}}
		if err := enc.Encode(ge); err != nil {
			return fmt.Errorf("graph: export graphml: %w", err)
		}
		bw.WriteByte('\n')
	}
	bw.WriteString("</graph>\n</graphml>\n")
	return bw.Flush()
}
