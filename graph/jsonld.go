package graph

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"
)

// jsonldWriter writes quads as one JSON-LD document in expanded form, a
// node object a quad, as it goes: memory stays flat whatever the number of
// quads (Cayley's JSON-LD writer builds the whole dataset in memory and
// converts it at Close). Quads in a named graph go in a graph object of
// their own; a JSON-LD processor merges node objects with the same @id.
//
//	[{"@id": S, P: [{"@id": O}]},
//	 {"@id": G, "@graph": [{"@id": S, P: [{"@value": V, "@type": T}]}]}]
type jsonldWriter struct {
	bw    *bufio.Writer
	n     int
	label quad.Value // the named graph of the quads in the open graph object
	err   error
}

func newJSONLDWriter(w io.Writer) *jsonldWriter {
	jw := &jsonldWriter{bw: bufio.NewWriterSize(w, 64<<10)}
	jw.bw.WriteString("[")
	return jw
}

// WriteQuad writes one quad.
func (w *jsonldWriter) WriteQuad(q quad.Quad) error {
	if w.err != nil {
		return w.err
	}
	p, ok := q.Predicate.(quad.IRI)
	if !ok {
		return fmt.Errorf("json-ld: predicate %v is not an IRI", q.Predicate)
	}
	node := map[string]any{"@id": jsonldID(q.Subject), string(p): []any{jsonldObject(q.Object)}}
	if q.Label != w.label {
		if w.label != nil {
			w.bw.WriteString("]}")
		}
		if q.Label != nil {
			w.sep()
			w.bw.WriteString(`{"@id":`)
			w.encode(jsonldID(q.Label))
			w.bw.WriteString(`,"@graph":[`)
			w.n = 0
		}
		w.label = q.Label
	}
	w.sep()
	w.encode(node)
	return w.err
}

// sep writes the comma between two objects of the same array.
func (w *jsonldWriter) sep() {
	if w.n > 0 {
		w.bw.WriteString(",\n")
	} else {
		w.bw.WriteString("\n")
	}
	w.n++
}

func (w *jsonldWriter) encode(v any) {
	b, err := json.Marshal(v)
	if err != nil && w.err == nil {
		w.err = fmt.Errorf("json-ld: %w", err)
	}
	if _, err := w.bw.Write(b); err != nil && w.err == nil {
		w.err = err
	}
}

// WriteQuads writes quads; it is quad.Writer's batch form.
func (w *jsonldWriter) WriteQuads(qs []quad.Quad) (int, error) {
	for i, q := range qs {
		if err := w.WriteQuad(q); err != nil {
			return i, err
		}
	}
	return len(qs), nil
}

// Close ends the document and flushes it; it writes nothing else.
func (w *jsonldWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	if w.label != nil {
		w.bw.WriteString("]}")
	}
	w.bw.WriteString("\n]\n")
	return w.bw.Flush()
}

// jsonldID is a subject or graph name: an IRI, or a blank node "_:x".
func jsonldID(v quad.Value) string {
	switch v := v.(type) {
	case quad.IRI:
		return string(v)
	case quad.BNode:
		return "_:" + string(v)
	}
	return quad.StringOf(v)
}

// jsonldObject is an object: a node reference or a value object.
func jsonldObject(v quad.Value) map[string]any {
	switch v := v.(type) {
	case quad.IRI:
		return map[string]any{"@id": string(v)}
	case quad.BNode:
		return map[string]any{"@id": "_:" + string(v)}
	case quad.String:
		return map[string]any{"@value": string(v)}
	case quad.LangString:
		return map[string]any{"@value": string(v.Value), "@language": v.Lang}
	case quad.TypedString:
		return map[string]any{"@value": string(v.Value), "@type": string(v.Type)}
	case quad.TypedStringer:
		ts := v.TypedString()
		return map[string]any{"@value": string(ts.Value), "@type": string(ts.Type)}
	}
	return map[string]any{"@value": quad.StringOf(v)}
}
