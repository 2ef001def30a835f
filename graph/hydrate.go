package graph

import (
	"context"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// hydrator reads entities and edges from the store for query answers, each
// through the store's indexes (subject-predicate or object-predicate-subject
// scans) so that a hub's thousands of edges are never read to describe it.
// It caches refs and what one answer reads twice.
type hydrator struct {
	s        *Store
	f        filter
	refs     map[quad.Value]cgraph.Ref
	entities map[string]*quads.Entity
	articles map[any]*quads.ArticleRef
	// unread lists the edges whose evidence could not be read from the
	// store (a database that is down), reported without it.
	unread []string
}

// entityList hydrates ids in order, checking the budget (when not nil) as
// it goes.
func (h *hydrator) entityList(ctx context.Context, b *budget, ids []string) ([]quads.Entity, error) {
	return hydrateList(ctx, b, 64, ids, h.entity)
}

// edgeList hydrates refs in order, checking the budget (when not nil) as it
// goes.
func (h *hydrator) edgeList(ctx context.Context, b *budget, refs []edgeRef) ([]quads.Edge, error) {
	return hydrateList(ctx, b, 256, refs, h.edge)
}

// hydrateList reads each of keys with one, in order, counting cost on the
// budget (when not nil) for each.
func hydrateList[K, T any](ctx context.Context, b *budget, cost int, keys []K, one func(context.Context, K) (*T, error)) ([]T, error) {
	out := make([]T, 0, len(keys))
	for _, k := range keys {
		if b != nil && b.tick(cost) {
			return nil, b.err
		}
		v, err := one(ctx, k)
		if err != nil {
			return nil, err
		}
		out = append(out, *v)
	}
	return out, nil
}

func (s *Store) newHydrator(f filter) *hydrator {
	return &hydrator{s: s, f: f, refs: map[quad.Value]cgraph.Ref{}, entities: map[string]*quads.Entity{},
		articles: map[any]*quads.ArticleRef{}}
}

func (h *hydrator) ref(v quad.Value) cgraph.Ref {
	if r, ok := h.refs[v]; ok {
		return r
	}
	r := h.s.qs.ValueOf(v)
	h.refs[v] = r
	return r
}

// scan returns the refs in direction res of the quads with the given
// subject, predicate and (when not nil) object.
func (h *hydrator) scan(ctx context.Context, res quad.Direction, s, p, o cgraph.Ref) []cgraph.Ref {
	if s == nil || p == nil {
		return nil
	}
	f := map[quad.Direction]cgraph.Ref{quad.Subject: s, quad.Predicate: p}
	if o != nil {
		f[quad.Object] = o
	}
	it := shape.BuildIterator(h.s.qs, shape.QuadsAction{Result: res, Filter: f})
	defer it.Close()
	var out []cgraph.Ref
	for it.Next(ctx) {
		if r := it.Result(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

func (h *hydrator) values(ctx context.Context, refs []cgraph.Ref) []quad.Value {
	if len(refs) == 0 {
		return nil
	}
	vs, _ := cgraph.ValuesOf(ctx, h.s.qs, refs)
	return vs
}

func (h *hydrator) entity(ctx context.Context, id string) (*quads.Entity, error) {
	if e, ok := h.entities[id]; ok {
		return e, nil
	}
	if e := h.s.cache.entity(id); e != nil {
		h.entities[id] = e
		return e, nil
	}
	if d := h.s.idx.load(); d.cardsOn {
		// The index describes its entities itself (cards.go).
		e := &quads.Entity{ID: id, Name: id, Aliases: []string{}}
		if n, ok := d.nodeOf(id); ok {
			e, _ = d.entityCard(n)
		}
		h.entities[id] = e
		return e, nil
	}
	gen := h.s.cache.generation()
	unlock := h.s.readLock()
	e := h.entityOf(ctx, id)
	unlock()
	if err := ctx.Err(); err != nil {
		return nil, quads.Errorf(quads.ETIMEOUT, "query cancelled: %v", err)
	}
	h.entities[id] = e
	h.s.cache.putEntity(gen, e)
	return e, nil
}

// entityFast returns the entity with id as entityByID does, or a stub that
// carries only its id when the store does not describe it.
func (s *Store) entityFast(ctx context.Context, id string) (*quads.Entity, error) {
	return s.newHydrator(filter{}).entity(ctx, id)
}

func (h *hydrator) entityOf(ctx context.Context, id string) *quads.Entity {
	stub := &quads.Entity{ID: id, Name: id, Aliases: []string{}}
	er := h.ref(quads.EntityIRI(id))
	if er == nil {
		return stub
	}
	ts := h.scan(ctx, quad.Object, er, h.ref(quads.RDFType), nil)
	ns := h.scan(ctx, quad.Object, er, h.ref(quads.PropName), nil)
	as := h.scan(ctx, quad.Object, er, h.ref(quads.PropAlias), nil)
	vs := h.values(ctx, append(append(append([]cgraph.Ref{}, ts...), ns...), as...))
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

func (h *hydrator) edge(ctx context.Context, r edgeRef) (*quads.Edge, error) {
	e := h.s.cache.edge(quads.EdgeID(r.s, r.p, r.o))
	if e == nil {
		gen := h.s.cache.generation()
		var err error
		if e, err = h.readEdge(ctx, r); err != nil {
			return nil, err
		}
		// The index counts the edge's evidence: reading less of it means
		// the store could not be read (nothing stored is ever deleted).
		// Such an edge is answered without it, said so, and not cached.
		if len(e.Evidence) < h.s.idx.load().evidenceOf(r) {
			h.unread = append(h.unread, e.ID)
		} else {
			h.s.cache.putEdge(gen, e)
		}
	}
	if !h.f.dated {
		return e, nil
	}
	// The cached edge holds every piece of evidence; a dated query keeps
	// those in its range, in a copy.
	out := *e
	out.Evidence = make([]quads.EdgeEvidence, 0, len(e.Evidence))
	for _, ev := range e.Evidence {
		if day, ok := parseDay(ev.Article.Date); ok && day >= h.f.lo && day <= h.f.hi {
			out.Evidence = append(out.Evidence, ev)
		}
	}
	return &out, nil
}

// readEdge reads an edge and all its evidence from the quad store.
func (h *hydrator) readEdge(ctx context.Context, r edgeRef) (*quads.Edge, error) {
	subj, err := h.entity(ctx, r.s)
	if err != nil {
		return nil, err
	}
	obj, err := h.entity(ctx, r.o)
	if err != nil {
		return nil, err
	}
	defer h.s.readLock()()
	sr, pr, or := h.ref(quads.EntityIRI(r.s)), h.ref(r.p.IRI()), h.ref(quads.EntityIRI(r.o))
	labels := h.scan(ctx, quad.Label, sr, pr, or)
	if r.p.Symmetric() {
		labels = append(labels, h.scan(ctx, quad.Label, or, pr, sr)...)
	}
	e := &quads.Edge{ID: quads.EdgeID(r.s, r.p, r.o), Subject: *subj, Predicate: r.p, Object: *obj, Evidence: []quads.EdgeEvidence{}}
	seen := map[any]bool{}
	for _, l := range labels {
		k := cgraph.ToKey(l)
		if seen[k] {
			continue
		}
		seen[k] = true
		ev := h.evidence(ctx, l)
		if ev == nil {
			continue
		}
		e.Evidence = append(e.Evidence, *ev)
	}
	if err := ctx.Err(); err != nil {
		return nil, quads.Errorf(quads.ETIMEOUT, "query cancelled: %v", err)
	}
	sort.SliceStable(e.Evidence, func(i, j int) bool {
		a, b := e.Evidence[i], e.Evidence[j]
		if a.Article.Date != b.Article.Date {
			return a.Article.Date < b.Article.Date
		}
		if a.Article.ID != b.Article.ID {
			return a.Article.ID < b.Article.ID
		}
		return a.Start < b.Start
	})
	return e, nil
}

// evidence reads one evidence node (one scan of its quads) and its
// article's metadata; nil when the label is not evidence with an article.
func (h *hydrator) evidence(ctx context.Context, label cgraph.Ref) *quads.EdgeEvidence {
	qs := h.s.qs
	props := map[any]int{}
	for i, p := range []quad.Value{quads.PropArticle, quads.PropSentence, quads.PropTitle, quads.PropStart, quads.PropEnd} {
		if r := h.ref(p); r != nil {
			props[cgraph.ToKey(r)] = i
		}
	}
	var refs [5]cgraph.Ref
	it := qs.QuadIterator(quad.Subject, label)
	for it.Next(ctx) {
		q := it.Result()
		if i, ok := props[cgraph.ToKey(qs.QuadDirection(q, quad.Predicate))]; ok && refs[i] == nil {
			refs[i] = qs.QuadDirection(q, quad.Object)
		}
	}
	it.Close()
	if refs[0] == nil {
		return nil
	}
	var want []cgraph.Ref
	var at []int
	for i, r := range refs[1:] {
		if r != nil {
			want = append(want, r)
			at = append(at, i+1)
		}
	}
	var vals [5]quad.Value
	for i, v := range h.values(ctx, want) {
		vals[at[i]] = v
	}
	ref, ok := h.articles[cgraph.ToKey(refs[0])]
	if !ok {
		art := h.values(ctx, []cgraph.Ref{refs[0]})
		if len(art) == 0 || art[0] == nil {
			return nil
		}
		id, _ := quads.IDFromIRI(art[0], quads.ArticleBase)
		ar := refs[0]
		meta := func(p quad.Value) string {
			return str(first(h.values(ctx, h.scan(ctx, quad.Object, ar, h.ref(p), nil))))
		}
		ref = &quads.ArticleRef{ID: id, Title: meta(quads.PropTitle), Date: meta(quads.PropDate), Source: meta(quads.PropSource)}
		h.articles[cgraph.ToKey(refs[0])] = ref
	}
	ev := &quads.EdgeEvidence{Article: *ref, Start: -1, End: -1, Sentence: str(vals[1]), Title: str(vals[2])}
	if vals[3] != nil {
		ev.Start = integer(vals[3])
	}
	if vals[4] != nil {
		ev.End = integer(vals[4])
	}
	return ev
}
