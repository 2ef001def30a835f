package graph

import (
	"context"
	"encoding/json"
	"io"
	"strings"

	"github.com/cayleygraph/quad"
	_ "github.com/cayleygraph/quad/dot"     // registers "graphviz"
	_ "github.com/cayleygraph/quad/gml"     // registers "gml"
	_ "github.com/cayleygraph/quad/graphml" // registers "graphml"
	_ "github.com/cayleygraph/quad/json"    // registers "json" and "json-stream"
	_ "github.com/cayleygraph/quad/jsonld"  // registers "jsonld"
	"github.com/cayleygraph/quad/nquads"    // registers "nquads"
	_ "github.com/cayleygraph/quad/pquads"  // registers "pquads"

	"github.com/coopgraph/coopgraph/quads"
)

// The part of Cayley's v2 HTTP API (server/http/api_v2.go in v0.7.7) that
// is about quads, as domain calls: the API package does the HTTP. Every
// quad format Cayley v0.7.7 registers is here, by the same names and media
// types.

// QuadFormat describes one of Cayley's quad formats, as its
// /api/v2/formats lists them.
type QuadFormat struct {
	ID     string   `json:"id"`
	Read   bool     `json:"read,omitempty"`
	Write  bool     `json:"write,omitempty"`
	Nodes  bool     `json:"nodes,omitempty"`
	Ext    []string `json:"ext,omitempty"`
	Mime   []string `json:"mime,omitempty"`
	Binary bool     `json:"binary,omitempty"`
}

// QuadFormats lists Cayley's quad formats, in Cayley's order.
func QuadFormats() []QuadFormat {
	var out []QuadFormat
	for _, f := range quad.Formats() {
		out = append(out, QuadFormat{ID: f.Name, Ext: f.Ext, Mime: f.Mime,
			Read: f.Reader != nil, Write: f.Writer != nil, Nodes: f.UnmarshalValue != nil, Binary: f.Binary})
	}
	return out
}

// ReadRequest is a v2 read: the quads matching the filters, in a format.
type ReadRequest struct {
	// Format names the format (format=); when empty, the first of Accept
	// that names a format Cayley writes; N-Quads when none does.
	Format string
	Accept []string
	// Subject, Predicate, Object and Label are Cayley's comma-separated
	// lists of values (sub=, pred=, obj=, label=).
	Subject, Predicate, Object, Label string
	// IRI is Cayley's iri= option: "short", "full", or "" as stored.
	IRI string
}

// QuadAnswer is the answer of a read: a snapshot of the quads and how to
// write them. The caller closes it.
type QuadAnswer struct {
	ContentType string
	Count       int64
	format      *quad.Format
	iri         string
	snap        *Snapshot
}

// ReadQuads answers a v2 read: it copies the matching quads to a snapshot
// under the store's read lock (at most maxBytes of N-Quads, ETOOLARGE past
// it; ctx bounds the copy), so that the answer is written without the lock.
// An unknown or write-less format is EINVALID.
func (s *Store) ReadQuads(ctx context.Context, req ReadRequest, maxBytes int64) (*QuadAnswer, error) {
	f, err := readFormat(req)
	if err != nil {
		return nil, err
	}
	switch req.IRI {
	case "", "short", "full":
	default:
		return nil, quads.Errorf(quads.EINVALID, "iri must be short or full, not %q", clip(req.IRI))
	}
	filter := QuadFilter{Subject: values(req.Subject), Predicate: values(req.Predicate),
		Object: values(req.Object), Label: values(req.Label)}
	snap, err := s.Snapshot(ctx, filter, maxBytes)
	if err != nil {
		return nil, err
	}
	ct := "application/octet-stream"
	if len(f.Mime) > 0 {
		ct = f.Mime[0]
	}
	return &QuadAnswer{ContentType: ct, Count: snap.Count, format: f, iri: req.IRI, snap: snap}, nil
}

func readFormat(req ReadRequest) (*quad.Format, error) {
	var f *quad.Format
	if req.Format != "" {
		if f = quad.FormatByName(req.Format); f == nil || f.Writer == nil {
			return nil, quads.Errorf(quads.EINVALID, "format %q is not one Cayley writes (see /api/v2/formats)", clip(req.Format))
		}
		return f, nil
	}
	for _, mime := range req.Accept {
		if f = quad.FormatByMime(mime); f != nil && f.Writer != nil {
			return f, nil
		}
	}
	return quad.FormatByName("nquads"), nil
}

// values splits Cayley's comma-separated list of values, as Cayley does.
func values(s string) []quad.Value {
	if s == "" {
		return nil
	}
	var out []quad.Value
	for _, v := range strings.Split(s, ",") {
		out = append(out, quad.StringToValue(v))
	}
	return out
}

// Write writes the answer to w in its format. JSON-LD is written by
// coopgraph's streaming writer (jsonld.go), the rest by Cayley's writers.
func (a *QuadAnswer) Write(w io.Writer) error {
	var qw quad.WriteCloser
	switch a.format.Name {
	case "nquads":
		qw = nquads.NewWriter(w)
	case "jsonld":
		qw = newJSONLDWriter(w)
	default:
		qw = a.format.Writer(w)
	}
	if a.iri == "" {
		return a.snap.WriteFormat(w, qw)
	}
	opts := quad.IRIOptions{Format: quad.IRIShort}
	if a.iri == "full" {
		opts.Format = quad.IRIFull
	}
	return a.snap.WriteFormat(w, iriWriteCloser{Writer: quad.IRIWriter(qw, opts), c: qw})
}

type iriWriteCloser struct {
	quad.Writer
	c io.Closer
}

func (w iriWriteCloser) Close() error { return w.c.Close() }

// Close releases the answer's snapshot.
func (a *QuadAnswer) Close() error { return a.snap.Close() }

// WriteFormatted is Cayley's v2 write: it reads quads in the format whose
// media type is mime (N-Quads when mime is empty), whole, and writes them
// with WriteQuads as one transaction. A malformed body or a bad quad is
// EINVALID, naming it, and writes nothing (Cayley itself writes the
// batches before the bad one).
func (s *Store) WriteFormatted(ctx context.Context, mime string, body io.Reader) (int, error) {
	qs, err := readFormatted(mime, body)
	if err != nil {
		return 0, err
	}
	if len(qs) == 0 {
		return 0, nil // as Cayley: "Successfully wrote 0 quads."
	}
	return s.WriteQuads(ctx, qs)
}

func readFormatted(mime string, body io.Reader) ([]quad.Quad, error) {
	f := quad.FormatByName("nquads")
	if mime != "" {
		f = quad.FormatByMime(mime)
	}
	if f == nil || f.Reader == nil {
		return nil, quads.Errorf(quads.EINVALID, "format %q is not supported for reading data", clip(mime))
	}
	qr := f.Reader(body)
	defer qr.Close()
	var all []quad.Quad
	err := quads.Recovered("read "+f.Name, func() (err error) {
		all, err = quad.ReadAll(qr)
		return err
	})
	if err != nil {
		msg := err.Error()
		if quads.ErrorCode(err) == quads.EINVALID {
			msg = quads.ErrorMessage(err)
		}
		return nil, quads.Errorf(quads.EINVALID, "malformed %s: %s", f.Name, clipN(msg, 300))
	}
	for i, q := range all {
		if err := quads.ValidateQuad(q); err != nil {
			return nil, quads.Errorf(quads.EINVALID, "quad %d: %s", i+1, quads.ErrorMessage(err))
		}
	}
	return all, nil
}

// WriteJSONQuads is Cayley's v1 write: a JSON array of {"subject",
// "predicate", "object", "label"} objects, each value in Cayley's string
// form (<iri>, "literal", _:bnode), written as one transaction.
func (s *Store) WriteJSONQuads(ctx context.Context, body []byte) (int, error) {
	var in []struct {
		Subject   string `json:"subject"`
		Predicate string `json:"predicate"`
		Object    string `json:"object"`
		Label     string `json:"label"`
	}
	if err := json.Unmarshal(body, &in); err != nil {
		return 0, quads.Errorf(quads.EINVALID, "body is not a JSON array of quads: %s", clipN(err.Error(), 300))
	}
	qs := make([]quad.Quad, 0, len(in))
	for i, jq := range in {
		q := quad.Quad{Subject: quad.StringToValue(jq.Subject), Predicate: quad.StringToValue(jq.Predicate),
			Object: quad.StringToValue(jq.Object), Label: quad.StringToValue(jq.Label)}
		if !q.IsValid() {
			return 0, quads.Errorf(quads.EINVALID, "invalid quad at index %d: %s", i, clip(q.String()))
		}
		qs = append(qs, q)
	}
	if len(qs) == 0 {
		return 0, nil
	}
	return s.WriteQuads(ctx, qs)
}
