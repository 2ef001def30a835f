package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// storeReader reads entities and edges' evidence from the quad store, each
// through the store's indexes (subject-predicate or subject scans), so that
// a hub's thousands of edges are never read to describe it. Answers no
// longer use it (they read the index, hydrate.go); it is how an index
// update learns the evidence of the edges a write touched, and the
// reference that verify (and the tests) hold the index's evidence and
// entity cards against. The first error it meets stays in err and makes
// every later read return nothing.
type storeReader struct {
	ctx  context.Context
	qs   cgraph.QuadStore
	err  error
	refs map[quad.Value]cgraph.Ref
	arts map[any]*quads.ArticleRef // by the article's ref key
}

func newStoreReader(ctx context.Context, qs cgraph.QuadStore) *storeReader {
	return &storeReader{ctx: ctx, qs: qs, refs: map[quad.Value]cgraph.Ref{}, arts: map[any]*quads.ArticleRef{}}
}

func (r *storeReader) fail(err error) {
	if r.err == nil && err != nil {
		r.err = err
	}
}

func (r *storeReader) ref(v quad.Value) cgraph.Ref {
	if ref, ok := r.refs[v]; ok {
		return ref
	}
	ref := r.qs.ValueOf(v)
	r.refs[v] = ref
	return ref
}

// scan returns the refs in direction res of the quads with the given
// subject, predicate and (when not nil) object.
func (r *storeReader) scan(res quad.Direction, s, p, o cgraph.Ref) []cgraph.Ref {
	if s == nil || p == nil || r.err != nil {
		return nil
	}
	f := map[quad.Direction]cgraph.Ref{quad.Subject: s, quad.Predicate: p}
	if o != nil {
		f[quad.Object] = o
	}
	it := shape.BuildIterator(r.qs, shape.QuadsAction{Result: res, Filter: f})
	defer it.Close()
	var out []cgraph.Ref
	for it.Next(r.ctx) {
		if ref := it.Result(); ref != nil {
			out = append(out, ref)
		}
	}
	r.fail(it.Err())
	return out
}

func (r *storeReader) values(refs []cgraph.Ref) []quad.Value {
	if len(refs) == 0 || r.err != nil {
		return nil
	}
	vs, err := valuesOf(r.ctx, r.qs, refs)
	r.fail(err)
	if len(vs) != len(refs) {
		r.fail(fmt.Errorf("read %d values, got %d", len(refs), len(vs)))
		return nil
	}
	return vs
}

// entity reads the entity with id: its type, names and aliases; a stub that
// carries only its id when the store does not describe it.
func (r *storeReader) entity(id string) *quads.Entity {
	stub := &quads.Entity{ID: id, Name: id, Aliases: []string{}}
	er := r.ref(quads.EntityIRI(id))
	if er == nil {
		return stub
	}
	ts := r.scan(quad.Object, er, r.ref(quads.RDFType), nil)
	ns := r.scan(quad.Object, er, r.ref(quads.PropName), nil)
	as := r.scan(quad.Object, er, r.ref(quads.PropAlias), nil)
	vs := r.values(append(append(append([]cgraph.Ref{}, ts...), ns...), as...))
	if len(vs) != len(ts)+len(ns)+len(as) {
		return stub
	}
	var tb uint8
	for _, v := range vs[:len(ts)] {
		if t, ok := quads.EntityTypeFromIRI(v); ok && (tb == 0 || typeIndex(t) < tb) {
			tb = typeIndex(t)
		}
	}
	var names, aliases []string
	for _, v := range vs[len(ts) : len(ts)+len(ns)] {
		names = append(names, str(v))
	}
	for _, v := range vs[len(ts)+len(ns):] {
		aliases = append(aliases, str(v))
	}
	return entityFrom(id, tb, names, aliases)
}

// edge reads the evidence of the edge e: what the index keeps of it (the
// count, the dates, which labels are dated evidence) and its pieces in
// answer order. A piece is a label of one of the edge's quads (either way
// round for a symmetric predicate) that is an evidence node with an
// article.
func (r *storeReader) edge(e edgeRef) (edgeInfo, []quads.EdgeEvidence) {
	sr, pr, or := r.ref(quads.EntityIRI(e.s)), r.ref(e.p.IRI()), r.ref(quads.EntityIRI(e.o))
	labels := r.scan(quad.Label, sr, pr, or)
	if e.p.Symmetric() {
		labels = append(labels, r.scan(quad.Label, or, pr, sr)...)
	}
	seen := map[any]bool{}
	distinct := labels[:0]
	for _, l := range labels {
		if k := cgraph.ToKey(l); !seen[k] {
			seen[k] = true
			distinct = append(distinct, l)
		}
	}
	labelValues := r.values(distinct)
	var info edgeInfo
	var days []uint16
	evs := []quads.EdgeEvidence{}
	for i, l := range distinct {
		if r.err != nil {
			break
		}
		ev, ok := r.evidence(l)
		if !ok {
			info.incomplete = append(info.incomplete, labelValues[i])
			continue
		}
		info.ev++
		evs = append(evs, ev)
		if day, ok := parseDay(ev.Article.Date); ok {
			days = append(days, day)
			info.complete = append(info.complete, labelValues[i])
		} else {
			info.incomplete = append(info.incomplete, labelValues[i])
		}
	}
	info.dates = sortedDays(days)
	sort.SliceStable(evs, func(i, j int) bool { return evidenceLess(evs[i], evs[j]) })
	return info, evs
}

// evidence reads one evidence node (one scan of its quads) and its
// article's metadata; false when the label is not evidence with an article.
func (r *storeReader) evidence(label cgraph.Ref) (quads.EdgeEvidence, bool) {
	qs := r.qs
	props := map[any]int{}
	for i, p := range []quad.Value{quads.PropArticle, quads.PropSentence, quads.PropTitle, quads.PropStart, quads.PropEnd} {
		if ref := r.ref(p); ref != nil {
			props[cgraph.ToKey(ref)] = i
		}
	}
	var refs [5]cgraph.Ref
	it := qs.QuadIterator(quad.Subject, label)
	for it.Next(r.ctx) {
		q := it.Result()
		if i, ok := props[cgraph.ToKey(qs.QuadDirection(q, quad.Predicate))]; ok && refs[i] == nil {
			refs[i] = qs.QuadDirection(q, quad.Object)
		}
	}
	r.fail(it.Err())
	it.Close()
	if refs[0] == nil || r.err != nil {
		return quads.EdgeEvidence{}, false
	}
	var want []cgraph.Ref
	var at []int
	for i, ref := range refs[1:] {
		if ref != nil {
			want = append(want, ref)
			at = append(at, i+1)
		}
	}
	var vals [5]quad.Value
	for i, v := range r.values(want) {
		vals[at[i]] = v
	}
	art, ok := r.arts[cgraph.ToKey(refs[0])]
	if !ok {
		v := r.values([]cgraph.Ref{refs[0]})
		if len(v) == 0 || v[0] == nil {
			return quads.EdgeEvidence{}, false
		}
		id, _ := quads.IDFromIRI(v[0], quads.ArticleBase)
		ar := refs[0]
		meta := func(p quad.Value) string {
			return str(first(r.values(r.scan(quad.Object, ar, r.ref(p), nil))))
		}
		art = &quads.ArticleRef{ID: id, Title: meta(quads.PropTitle), Date: meta(quads.PropDate), Source: meta(quads.PropSource)}
		r.arts[cgraph.ToKey(refs[0])] = art
	}
	ev := quads.EdgeEvidence{Article: *art, Start: -1, End: -1, Sentence: str(vals[1]), Title: str(vals[2])}
	if vals[3] != nil {
		ev.Start = integer(vals[3])
	}
	if vals[4] != nil {
		ev.End = integer(vals[4])
	}
	return ev, true
}
