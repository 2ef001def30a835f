package graph

// Gephi's graph-streaming format, as Cayley v0.7.7 serves it at /gephi/gs
// (its internal/gephi/stream.go, Apache License 2.0, which cannot be
// imported from outside Cayley's module): one JSON event a line, each
// ending in "\r\n" as Gephi requires: {"an": {id: node}} adds a node,
// {"cn": ...} changes one, {"ae": {id: edge}} adds an edge. The events are
// written from a snapshot, without the store's lock.

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"strconv"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/voc/rdf"
	"github.com/cayleygraph/quad/voc/rdfs"
	"github.com/cayleygraph/quad/voc/schema"

	"github.com/coopgraph/coopgraph/quads"
)

// Cayley's constants for the stream.
const (
	GephiDefaultLimit = 10000
	gephiNodeSize     = 20
	gephiCoordLimit   = 500
	gephiInlinePred   = quad.IRI("gephi:inline")
	gephiPosX         = quad.IRI("gephi:x")
	gephiPosY         = quad.IRI("gephi:y")
)

// gephiDefaultInline are the predicates whose objects become properties
// of the subject's node in "nodes" mode, rather than nodes of their own.
var gephiDefaultInline = []quad.IRI{gephiPosX, gephiPosY, rdf.Type, rdfs.Label, schema.Name, schema.UrlProp}

// GephiRequest is a request for the stream: Mode "raw" (every matching
// quad an edge; the default) or "nodes" (nodes with their literal and
// well-known properties inline); Limit bounds the quads (raw) or nodes
// (nodes); the filters are as in ReadRequest.
type GephiRequest struct {
	Mode, Subject, Predicate, Object, Label string
	Limit                                   int
}

// GephiAnswer is a snapshot ready to be written as a Gephi stream.
type GephiAnswer struct {
	req  GephiRequest
	snap *Snapshot
}

// GephiStream snapshots what the stream needs (at most maxBytes of
// N-Quads); the caller writes and closes the answer. An unknown mode is
// EINVALID.
func (s *Store) GephiStream(ctx context.Context, req GephiRequest, maxBytes int64) (*GephiAnswer, error) {
	if req.Mode == "" {
		req.Mode = "raw"
	}
	if req.Limit <= 0 {
		req.Limit = GephiDefaultLimit
	}
	var filter QuadFilter
	switch req.Mode {
	case "raw":
		filter = QuadFilter{Subject: values(req.Subject), Predicate: values(req.Predicate),
			Object: values(req.Object), Label: values(req.Label)}
	case "nodes":
	default:
		return nil, quads.Errorf(quads.EINVALID, "mode must be raw or nodes, not %q", clip(req.Mode))
	}
	snap, err := s.Snapshot(ctx, filter, maxBytes)
	if err != nil {
		return nil, err
	}
	return &GephiAnswer{req: req, snap: snap}, nil
}

// Close releases the answer's snapshot.
func (a *GephiAnswer) Close() error { return a.snap.Close() }

// Write writes the stream to w.
func (a *GephiAnswer) Write(w io.Writer) error {
	qr, err := a.snap.Quads()
	if err != nil {
		return err
	}
	defer qr.Close()
	all, err := quad.ReadAll(qr)
	if err != nil {
		return fmt.Errorf("graph: gephi stream: %w", err)
	}
	gs := &gephiStream{w: bufio.NewWriterSize(w, 64<<10), seen: map[quad.Value]int{}}
	if a.req.Mode == "raw" {
		for i, q := range all {
			if i >= a.req.Limit {
				break
			}
			s, o := gs.addNode(q.Subject, nil), gs.addNode(q.Object, nil)
			gs.addEdge(i, s, o, q.Predicate)
		}
		return gs.flush()
	}
	gs.writeNodes(all, a.req.Limit)
	return gs.flush()
}

type gephiStream struct {
	w    *bufio.Writer
	seen map[quad.Value]int
	err  error
}

type gephiNode map[string]any

type gephiEdge struct {
	Subject   string `json:"source"`
	Label     string `json:"label"`
	Predicate string `json:"pred"`
	Object    string `json:"target"`
}

type gephiEvent struct {
	AddNodes    map[string]gephiNode `json:"an,omitempty"`
	ChangeNodes map[string]gephiNode `json:"cn,omitempty"`
	AddEdges    map[string]gephiEdge `json:"ae,omitempty"`
}

func (gs *gephiStream) encode(ev gephiEvent) {
	if gs.err != nil {
		return
	}
	b, err := json.Marshal(ev)
	if err != nil {
		gs.err = err
		return
	}
	gs.w.Write(b)
	_, gs.err = gs.w.WriteString("\r\n")
}

func (gs *gephiStream) flush() error {
	if gs.err != nil {
		return gs.err
	}
	return gs.w.Flush()
}

func gephiLabel(v quad.Value) string {
	if v == nil {
		return ""
	}
	return fmt.Sprint(v.Native())
}

func gephiCoord() float64 { return (rand.Float64() - 0.5) * gephiCoordLimit * 2 }

// gephiPos is a random point in the disc Cayley places new nodes in.
func gephiPos() (x, y float64) {
	x = gephiCoord()
	for y = gephiCoord(); x*x+y*y > gephiCoordLimit*gephiCoordLimit; y = gephiCoord() {
	}
	return x, y
}

func (gs *gephiStream) makeNode(v quad.Value, props map[quad.Value]quad.Value) gephiNode {
	x, y := gephiPos()
	num := func(v quad.Value) (float64, bool) {
		switch v := v.(type) {
		case quad.Int:
			return float64(v), true
		case quad.Float:
			return float64(v), true
		}
		return 0, false
	}
	xv, xok := num(props[gephiPosX])
	if xok {
		x = xv
	}
	yv, yok := num(props[gephiPosY])
	if yok {
		y = yv
	}
	var label any = v.Native()
	for _, name := range []quad.IRI{rdfs.Label, schema.Name} {
		if p, ok := props[name]; ok {
			if s, ok := p.Native().(string); ok && s != "" {
				label = s
			}
		}
	}
	node := gephiNode{"label": label, "size": gephiNodeSize, "x": x, "y": y}
	for k, pv := range props {
		if k == nil || pv == nil || (k == gephiPosX && xok) || (k == gephiPosY && yok) {
			continue
		}
		node[gephiLabel(k)] = gephiLabel(pv)
	}
	return node
}

// addNode adds v's node once and returns its id.
func (gs *gephiStream) addNode(v quad.Value, props map[quad.Value]quad.Value) string {
	if id, ok := gs.seen[v]; ok {
		return strconv.FormatInt(int64(id), 16)
	}
	id := len(gs.seen)
	gs.seen[v] = id
	sid := strconv.FormatInt(int64(id), 16)
	gs.encode(gephiEvent{AddNodes: map[string]gephiNode{sid: gs.makeNode(v, props)}})
	return sid
}

func (gs *gephiStream) addEdge(i int, s, o string, p quad.Value) {
	ps := gephiLabel(p)
	gs.encode(gephiEvent{AddEdges: map[string]gephiEdge{"q" + strconv.FormatInt(int64(i), 16): {
		Subject: s, Predicate: ps, Label: ps, Object: o}}})
}

// writeNodes is Cayley's "nodes" mode: each subject (but the predicates
// marked gephi:inline) a node, its inline and literal objects properties
// of the node, its other objects nodes joined by edges.
func (gs *gephiStream) writeNodes(all []quad.Quad, limit int) {
	inline := map[quad.Value]bool{}
	for _, q := range all {
		if q.Predicate == gephiInlinePred && q.Object == quad.Bool(true) {
			inline[q.Subject] = true
		}
	}
	markers := make(map[quad.Value]bool, len(inline))
	for v := range inline {
		markers[v] = true
	}
	for _, iri := range gephiDefaultInline {
		inline[iri], inline[iri.Full()] = true, true
	}
	bySubject := map[quad.Value][]quad.Quad{}
	var order []quad.Value
	for _, q := range all {
		if _, ok := bySubject[q.Subject]; !ok {
			order = append(order, q.Subject)
		}
		bySubject[q.Subject] = append(bySubject[q.Subject], q)
	}
	ignore := map[quad.Value]bool{}
	qi := 0
	for n, subj := range order {
		if n >= limit {
			break
		}
		if markers[subj] || ignore[subj] {
			continue
		}
		props := map[quad.Value]quad.Value{}
		sid := gs.addNode(subj, props)
		for _, q := range bySubject[subj] {
			switch {
			case inline[q.Predicate]:
				props[q.Predicate] = q.Object
				ignore[q.Object] = true
			case gephiInlineValue(q.Object):
				props[q.Predicate] = q.Object
			default:
				o := gs.addNode(q.Object, nil)
				gs.addEdge(qi, sid, o, q.Predicate)
				qi++
			}
		}
		if len(props) != 0 {
			gs.encode(gephiEvent{ChangeNodes: map[string]gephiNode{sid: gs.makeNode(subj, props)}})
		}
	}
}

func gephiInlineValue(v quad.Value) bool {
	switch v.(type) {
	case quad.Bool, quad.Int, quad.Float:
		return true
	}
	return false
}
