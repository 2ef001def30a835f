package graph

import (
	"bufio"
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// ExportFormats lists the formats Export writes.
var ExportFormats = []string{"nquads", "jsonld", "graphml"}

// Export writes the whole graph to w: "nquads" and "jsonld" write every quad
// as stored (a lossless dump that load reads back); "graphml" writes the
// entity graph (entities as nodes, edges with their predicate and evidence
// count) for graph tools such as Gephi and yEd. It returns EINVALID for an
// unknown format.
//
// The quads are first copied to a snapshot (snapshot.go) under the store's
// read lock, and w is written from the snapshot without it: a slow or
// stalled reader of w never holds up a writer. ctx bounds the copy.
func (s *Store) Export(ctx context.Context, w io.Writer, format string) error {
	d, err := s.Dump(ctx, format)
	if err != nil {
		return err
	}
	defer d.Close()
	return d.Write(w)
}

// Dump is a consistent copy of the whole graph in one of ExportFormats,
// ready to be written without the store's lock.
type Dump struct {
	format string
	snap   *Snapshot
}

// Dump copies the graph for Export; the caller closes it. ctx bounds the
// copy, not the writing.
func (s *Store) Dump(ctx context.Context, format string) (*Dump, error) {
	if format == "" {
		format = "nquads"
	}
	if !slices.Contains(ExportFormats, format) {
		return nil, quads.Errorf(quads.EINVALID, "unknown export format %q (want one of %s)", clip(format), strings.Join(ExportFormats, ", "))
	}
	snap, err := s.Snapshot(ctx, QuadFilter{}, 0)
	if err != nil {
		return nil, err
	}
	return &Dump{format: format, snap: snap}, nil
}

// Close releases the dump's snapshot.
func (d *Dump) Close() error { return d.snap.Close() }

// Write writes the dump to w, once, in its format.
func (d *Dump) Write(w io.Writer) error {
	switch d.format {
	case "nquads":
		if _, err := d.snap.f.Seek(0, io.SeekStart); err != nil {
			return fmt.Errorf("graph: export: %w", err)
		}
		if _, err := io.Copy(w, d.snap.f); err != nil {
			return fmt.Errorf("graph: export: %w", err)
		}
		return nil
	case "jsonld":
		return d.snap.WriteFormat(w, newJSONLDWriter(w))
	default:
		return d.writeGraphML(w)
	}
}

// WriteFormat copies the snapshot's quads to qw and closes it.
func (sn *Snapshot) WriteFormat(w io.Writer, qw quad.WriteCloser) error {
	qr, err := sn.Quads()
	if err != nil {
		return err
	}
	defer qr.Close()
	if _, err := quad.Copy(qw, qr); err != nil {
		qw.Close()
		return fmt.Errorf("graph: write quads: %w", err)
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("graph: write quads: %w", err)
	}
	return nil
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

// writeGraphML writes the entity graph of the dump as GraphML.
func (d *Dump) writeGraphML(w io.Writer) error {
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
	qr, err := d.snap.Quads()
	if err != nil {
		return err
	}
	defer qr.Close()
	for {
		q, err := qr.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return fmt.Errorf("graph: export graphml: %w", err)
		}
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
