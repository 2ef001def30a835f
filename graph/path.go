package graph

import (
	"container/heap"
	"context"
	"sort"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// Query limits; past them a query returns EINVALID.
const (
	MaxPathK      = 20
	MaxPathLen    = 10
	MaxDepth      = 4
	MaxLimit      = 5000
	DefaultMaxLen = 6
	DefaultLimit  = 50
	DefaultBudget = 2 * time.Second
)

// PathQuery asks for up to K shortest loopless paths between two entities.
// Predicates and Types restrict the edges walked and the entities passed
// through (the two ends are always allowed); Since and Until (YYYY-MM-DD,
// "" open) keep only edges with evidence from articles dated in range.
type PathQuery struct {
	From, To   string // entity ids
	K, MaxLen  int    // 0: 1 path, DefaultMaxLen edges
	Predicates []quads.Predicate
	Types      []quads.EntityType
	Since      string
	Until      string
	Budget     time.Duration // 0: DefaultBudget
}

// Path is a walk between two entities: Nodes[i] and Nodes[i+1] are the ends
// of Edges[i], which is reported in its true direction with its evidence.
type Path struct {
	Nodes []quads.Entity `json:"nodes"`
	Edges []quads.Edge   `json:"edges"`
}

// filter is a query's restrictions in index terms.
type filter struct {
	preds  uint8 // bit per predicate index
	types  uint8 // bit per type index; 0 any
	dated  bool
	lo, hi uint16
}

func newFilter(preds []quads.Predicate, types []quads.EntityType, since, until string) (filter, error) {
	f := filter{preds: 0x3f, lo: 1, hi: 65535}
	if len(preds) > 0 {
		f.preds = 0
		for _, p := range preds {
			i, ok := predIndex(p)
			if !ok {
				return f, quads.Errorf(quads.EINVALID, "unknown predicate %q", p)
			}
			f.preds |= 1 << i
		}
	}
	for _, t := range types {
		i := typeIndex(t)
		if i == 0 {
			return f, quads.Errorf(quads.EINVALID, "unknown entity type %q", t)
		}
		f.types |= 1 << i
	}
	if since != "" {
		d, ok := parseDay(since)
		if !ok {
			return f, quads.Errorf(quads.EINVALID, "since %q is not YYYY-MM-DD", since)
		}
		f.dated, f.lo = true, d
	}
	if until != "" {
		d, ok := parseDay(until)
		if !ok {
			return f, quads.Errorf(quads.EINVALID, "until %q is not YYYY-MM-DD", until)
		}
		f.dated, f.hi = true, d
	}
	if f.lo > f.hi {
		return f, quads.Errorf(quads.EINVALID, "since %s is after until %s", since, until)
	}
	return f, nil
}

func (f *filter) edgeOK(d *indexData, h half) bool {
	if f.preds&(1<<h.pred()) == 0 {
		return false
	}
	return !f.dated || d.inRange(h.edge(), f.lo, f.hi)
}

func (f *filter) nodeOK(d *indexData, n uint32) bool {
	return f.types == 0 || f.types&(1<<d.types[n]) != 0
}

// budget stops a query when its time or its context runs out.
type budget struct {
	ctx      context.Context
	deadline time.Time
	n        int
	err      error
}

func newBudget(ctx context.Context, b time.Duration) *budget {
	if b <= 0 {
		b = DefaultBudget
	}
	return &budget{ctx: ctx, deadline: time.Now().Add(b)}
}

// tick counts work and reports whether the query must stop.
func (b *budget) tick(w int) bool {
	if b.err != nil {
		return true
	}
	b.n += w
	if b.n < 4096 {
		return false
	}
	b.n = 0
	return b.check()
}

func (b *budget) check() bool {
	if b.err != nil {
		return true
	}
	if err := b.ctx.Err(); err != nil {
		b.err = quads.Errorf(quads.ETIMEOUT, "query cancelled: %v", err)
	} else if time.Now().After(b.deadline) {
		b.err = quads.Errorf(quads.ETIMEOUT, "query ran past its time budget")
	}
	return b.err != nil
}

// scratch holds per-node marks for searches, reused through a pool; a mark
// is valid when it equals the current generation, so nothing is cleared
// between searches.
type scratch struct {
	gen        uint32
	seenF      []uint32
	seenB      []uint32
	parF, parB []uint32
	blocked    []uint32
	bgen       uint32
	frontF     []uint32
	frontB     []uint32
	next       []uint32
}

var scratchPool sync.Pool

func getScratch(n int) *scratch {
	sc, _ := scratchPool.Get().(*scratch)
	if sc == nil || len(sc.seenF) < n {
		n += n / 8
		sc = &scratch{seenF: make([]uint32, n), seenB: make([]uint32, n), parF: make([]uint32, n),
			parB: make([]uint32, n), blocked: make([]uint32, n)}
	}
	return sc
}

func (sc *scratch) newGen() {
	sc.gen++
	if sc.gen == 0 {
		clear(sc.seenF)
		clear(sc.seenB)
		sc.gen = 1
	}
}

func (sc *scratch) newBlocked() {
	sc.bgen++
	if sc.bgen == 0 {
		clear(sc.blocked)
		sc.bgen = 1
	}
}

type pair struct{ a, b uint32 }

// shortest returns a shortest node path from src to dst of at most maxLen
// edges by two-way breadth-first search, avoiding blocked nodes (marked in
// sc.blocked with sc.bgen) and blocked node pairs.
func (d *indexData) shortest(sc *scratch, src, dst uint32, maxLen int, f *filter, bpairs []pair, b *budget) []uint32 {
	if src == dst {
		return []uint32{src}
	}
	sc.newGen()
	g := sc.gen
	sc.seenF[src], sc.seenB[dst] = g, g
	sc.frontF = append(sc.frontF[:0], src)
	sc.frontB = append(sc.frontB[:0], dst)
	depth := 0
	pairBlocked := func(u, v uint32) bool {
		for _, p := range bpairs {
			if p.a == u && p.b == v || p.a == v && p.b == u {
				return true
			}
		}
		return false
	}
	for depth < maxLen && len(sc.frontF) > 0 && len(sc.frontB) > 0 {
		fwd := frontierCost(d, sc.frontF) <= frontierCost(d, sc.frontB)
		front, seen, par, other, end := sc.frontF, sc.seenF, sc.parF, sc.seenB, dst
		if !fwd {
			front, seen, par, other, end = sc.frontB, sc.seenB, sc.parB, sc.seenF, src
		}
		next := sc.next[:0]
		for _, u := range front {
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				return nil
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					v := h.nb()
					if seen[v] == g || !f.edgeOK(d, h) {
						continue
					}
					if v != end && (sc.blocked[v] == sc.bgen || !f.nodeOK(d, v)) {
						continue
					}
					if len(bpairs) > 0 && pairBlocked(u, v) {
						continue
					}
					seen[v] = g
					par[v] = u
					if other[v] == g {
						return joinPath(sc, src, dst, v)
					}
					next = append(next, v)
				}
			}
		}
		if fwd {
			sc.next, sc.frontF = sc.frontF, next
		} else {
			sc.next, sc.frontB = sc.frontB, next
		}
		depth++
	}
	return nil
}

func frontierCost(d *indexData, front []uint32) int {
	if len(front) > 64 {
		return len(front) * 8
	}
	c := 0
	for _, u := range front {
		c += d.degree(u)
	}
	return c
}

func joinPath(sc *scratch, src, dst, meet uint32) []uint32 {
	var left []uint32
	for v := meet; ; v = sc.parF[v] {
		left = append(left, v)
		if v == src {
			break
		}
	}
	for i, j := 0, len(left)-1; i < j; i, j = i+1, j-1 {
		left[i], left[j] = left[j], left[i]
	}
	for v := meet; v != dst; {
		v = sc.parB[v]
		left = append(left, v)
	}
	return left
}

// kShortest returns up to k shortest loopless node paths from src to dst of
// at most maxLen edges, shortest first (Yen's algorithm over two-way BFS).
func (d *indexData) kShortest(src, dst uint32, k, maxLen int, f *filter, b *budget) [][]uint32 {
	sc := getScratch(len(d.types))
	defer scratchPool.Put(sc)
	sc.newBlocked()
	first := d.shortest(sc, src, dst, maxLen, f, nil, b)
	if first == nil {
		return nil
	}
	A := [][]uint32{first}
	dev := []int{0} // where each path of A left the path it was spurred from (Lawler)
	seen := map[string]bool{pathKey(first): true}
	cand := &pathHeap{d: d}
	for len(A) < k {
		prev, from := A[len(A)-1], dev[len(A)-1]
		for i := from; i+1 < len(prev); i++ {
			if b.check() {
				return A
			}
			// Candidates longer than the ones still needed are of no use:
			// bound the spur search by the length of the last one needed.
			limit := maxLen
			if need := k - len(A); cand.Len() >= need {
				if l := cand.nthLen(need) - 1; l < limit {
					limit = l
				}
			}
			if limit-i < 1 {
				break
			}
			spur, root := prev[i], prev[:i+1]
			var bpairs []pair
			for _, p := range A {
				if len(p) > i+1 && equalPrefix(p, root) {
					bpairs = append(bpairs, pair{p[i], p[i+1]})
				}
			}
			sc.newBlocked()
			for _, n := range root[:i] {
				sc.blocked[n] = sc.bgen
			}
			sp := d.shortest(sc, spur, dst, limit-i, f, bpairs, b)
			if sp == nil {
				continue
			}
			full := append(append(make([]uint32, 0, i+len(sp)), root[:i]...), sp...)
			if key := pathKey(full); !seen[key] {
				seen[key] = true
				heap.Push(cand, candPath{full, i})
			}
		}
		if cand.Len() == 0 {
			break
		}
		c := heap.Pop(cand).(candPath)
		A = append(A, c.p)
		dev = append(dev, c.dev)
	}
	return A
}

func equalPrefix(p, root []uint32) bool {
	for i := range root {
		if p[i] != root[i] {
			return false
		}
	}
	return true
}

func pathKey(p []uint32) string {
	var b strings.Builder
	for _, n := range p {
		b.WriteByte(byte(n))
		b.WriteByte(byte(n >> 8))
		b.WriteByte(byte(n >> 16))
		b.WriteByte(byte(n >> 24))
	}
	return b.String()
}

// candPath is a candidate of Yen's algorithm and the index of its spur node.
type candPath struct {
	p   []uint32
	dev int
}

// pathHeap orders candidate paths by length, then by the ids of their nodes.
type pathHeap struct {
	d     *indexData
	paths []candPath
}

func (h *pathHeap) Len() int { return len(h.paths) }
func (h *pathHeap) Less(i, j int) bool {
	a, b := h.paths[i].p, h.paths[j].p
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	for x := range a {
		if a[x] != b[x] {
			return h.d.idOf(a[x]) < h.d.idOf(b[x])
		}
	}
	return false
}
func (h *pathHeap) Swap(i, j int) { h.paths[i], h.paths[j] = h.paths[j], h.paths[i] }
func (h *pathHeap) Push(x any)    { h.paths = append(h.paths, x.(candPath)) }
func (h *pathHeap) Pop() any {
	x := h.paths[len(h.paths)-1]
	h.paths = h.paths[:len(h.paths)-1]
	return x
}

// nthLen returns the node count of the n-th shortest candidate (n ≥ 1).
func (h *pathHeap) nthLen(n int) int {
	ls := make([]int, len(h.paths))
	for i, c := range h.paths {
		ls[i] = len(c.p)
	}
	sort.Ints(ls)
	return ls[n-1]
}

// bestEdge returns the allowed edge between u and v with the most evidence.
func (d *indexData) bestEdge(u, v uint32, f *filter) (half, bool) {
	var best half
	found := false
	d.adj(u, func(h half) bool {
		if h.nb() != v || !f.edgeOK(d, h) {
			return true
		}
		if !found || d.ev[h.edge()] > d.ev[best.edge()] ||
			d.ev[h.edge()] == d.ev[best.edge()] && h.pred() < best.pred() {
			best, found = h, true
		}
		return true
	})
	return best, found
}

// edgeRef is an edge of the index as ids, in its true direction.
type edgeRef struct {
	s, o string
	p    quads.Predicate
}

func (d *indexData) edgeRefOf(u uint32, h half) edgeRef {
	s, o := u, h.nb()
	if !h.out() {
		s, o = o, s
	}
	return edgeRef{s: d.idOf(s), o: d.idOf(o), p: quads.Predicates[h.pred()]}
}

// Paths returns up to q.K shortest loopless paths from q.From to q.To,
// shortest first, each edge with its evidence. Paths are told apart by the
// entities they pass through; between two consecutive entities the allowed
// edge with the most evidence is reported. signed-with is symmetric and
// every other edge may be walked either way. It returns EINVALID for K,
// MaxLen or filters out of range, ENOTFOUND for an unknown entity or when no
// path exists, and ETIMEOUT when the budget or ctx runs out first.
func (s *Store) Paths(ctx context.Context, q PathQuery) ([]Path, error) {
	if q.K == 0 {
		q.K = 1
	}
	if q.MaxLen == 0 {
		q.MaxLen = DefaultMaxLen
	}
	if q.K < 1 || q.K > MaxPathK {
		return nil, quads.Errorf(quads.EINVALID, "k must be between 1 and %d", MaxPathK)
	}
	if q.MaxLen < 1 || q.MaxLen > MaxPathLen {
		return nil, quads.Errorf(quads.EINVALID, "max_len must be between 1 and %d", MaxPathLen)
	}
	f, err := newFilter(q.Predicates, q.Types, q.Since, q.Until)
	if err != nil {
		return nil, err
	}
	b := newBudget(ctx, q.Budget)
	var found [][]uint32
	var refs [][]edgeRef
	var nodeIDs [][]string
	err = func() error {
		s.idx.mu.RLock()
		defer s.idx.mu.RUnlock()
		d := s.idx.d
		src, ok1 := d.nodeOf(q.From)
		dst, ok2 := d.nodeOf(q.To)
		if !ok1 || !ok2 {
			missing := q.From
			if ok1 {
				missing = q.To
			}
			return quads.Errorf(quads.ENOTFOUND, "no entity %q in the graph", clip(missing))
		}
		if src == dst {
			return quads.Errorf(quads.EINVALID, "from and to are the same entity")
		}
		found = d.kShortest(src, dst, q.K, q.MaxLen, &f, b)
		if b.err != nil && len(found) == 0 {
			return b.err
		}
		for _, p := range found {
			var rs []edgeRef
			ids := make([]string, len(p))
			for i, n := range p {
				ids[i] = d.idOf(n)
				if i > 0 {
					h, _ := d.bestEdge(p[i-1], n, &f)
					rs = append(rs, d.edgeRefOf(p[i-1], h))
				}
			}
			refs = append(refs, rs)
			nodeIDs = append(nodeIDs, ids)
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, quads.Errorf(quads.ENOTFOUND, "no path of at most %d edges from %q to %q", q.MaxLen, clip(q.From), clip(q.To))
	}
	h := s.newHydrator(f)
	out := make([]Path, 0, len(found))
	for i := range found {
		var p Path
		if p.Nodes, err = h.entityList(ctx, b, nodeIDs[i]); err != nil {
			return nil, err
		}
		if p.Edges, err = h.edgeList(ctx, b, refs[i]); err != nil {
			return nil, err
		}
		if b.check() {
			return nil, b.err
		}
		out = append(out, p)
	}
	return out, nil
}

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
}

// entityList hydrates ids in order, checking the budget (when not nil) as
// it goes.
func (h *hydrator) entityList(ctx context.Context, b *budget, ids []string) ([]quads.Entity, error) {
	out := make([]quads.Entity, 0, len(ids))
	for _, id := range ids {
		if b != nil && b.tick(64) {
			return nil, b.err
		}
		e, err := h.entity(ctx, id)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	return out, nil
}

// edgeList hydrates refs in order, checking the budget (when not nil) as it
// goes.
func (h *hydrator) edgeList(ctx context.Context, b *budget, refs []edgeRef) ([]quads.Edge, error) {
	out := make([]quads.Edge, 0, len(refs))
	for _, r := range refs {
		if b != nil && b.tick(256) {
			return nil, b.err
		}
		e, err := h.edge(ctx, r)
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
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
	if tb == 0 || len(names) == 0 {
		return stub
	}
	e := &quads.Entity{ID: id, Type: typeOf(tb), Aliases: []string{}}
	sort.Strings(names)
	sort.Strings(aliases)
	e.Name = names[0]
	for _, a := range append(names[1:], aliases...) {
		e.AddAlias(a)
	}
	return e
}

func (h *hydrator) edge(ctx context.Context, r edgeRef) (*quads.Edge, error) {
	e := h.s.cache.edge(quads.EdgeID(r.s, r.p, r.o))
	if e == nil {
		gen := h.s.cache.generation()
		var err error
		if e, err = h.readEdge(ctx, r); err != nil {
			return nil, err
		}
		h.s.cache.putEdge(gen, e)
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
