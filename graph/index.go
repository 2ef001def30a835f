package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"github.com/google/uuid"

	"github.com/coopgraph/coopgraph/quads"
)

// Index is the in-memory picture of the graph's topology and names that
// path, neighbourhood and search queries run on. It is built from the quad
// store when the store opens and updated by every write, under the store's
// write lock, after the write has committed.
//
// Entities are interned as uint32 node numbers. Each node's edges are packed
// half-edges (see half) in one CSR array built at open, plus a per-node
// overflow for edges written since. Each edge keeps its evidence count and
// the range of its evidence dates (every date when there are more than two),
// which is all since/until filters need. Names and aliases are kept
// normalised in one byte arena with a sorted order (exact and prefix) and a
// token dictionary (word order and typos); see search.go.
type Index struct {
	mu sync.RWMutex
	qs cgraph.QuadStore
	d  *indexData
}

type indexData struct {
	// Nodes.
	keys  []uuid.UUID       // node → id when the id is a UUID
	odd   map[uint32]string // node → id when it is not
	byKey map[uuid.UUID]uint32
	byOdd map[string]uint32
	types []uint8 // node → 1+index in quads.EntityTypes, 0 unknown

	// Adjacency: base CSR for nodes < len(off)-1, plus overflow.
	off  []uint32
	half []uint64
	more map[uint32][]uint64

	// Edges, by edge number.
	ev    []uint16            // pieces of evidence (saturating)
	dlo   []uint16            // earliest evidence date (day number, 0 none)
	dhi   []uint16            // latest evidence date
	dates map[uint32][]uint16 // every date, for edges with more than two

	names nameIndex

	// pending lists, for each label of a relation quad that is not yet
	// dated evidence (no article, or an article without a date), the edges
	// it labels, so that an article link or date written later finds them.
	pending map[quad.Value][]edgeRef
}

// half-edge layout: bits 0-31 the neighbour, bits 32-34 the predicate,
// bit 35 set when the node holding it is the subject, bits 36-63 the edge.
type half uint64

func mkHalf(nb uint32, p uint8, out bool, e uint32) half {
	h := uint64(nb) | uint64(p&7)<<32 | uint64(e)<<36
	if out {
		h |= 1 << 35
	}
	return half(h)
}

func (h half) nb() uint32   { return uint32(h) }
func (h half) pred() uint8  { return uint8(h>>32) & 7 }
func (h half) out() bool    { return h&(1<<35) != 0 }
func (h half) edge() uint32 { return uint32(h >> 36) }

const maxEdges = 1<<28 - 1

func predIndex(p quads.Predicate) (uint8, bool) {
	for i, q := range quads.Predicates {
		if q == p {
			return uint8(i), true
		}
	}
	return 0, false
}

func typeIndex(t quads.EntityType) uint8 {
	for i, q := range quads.EntityTypes {
		if q == t {
			return uint8(i + 1)
		}
	}
	return 0
}

func typeOf(b uint8) quads.EntityType {
	if b == 0 || int(b) > len(quads.EntityTypes) {
		return ""
	}
	return quads.EntityTypes[b-1]
}

// Day numbers: days since 1900-01-01 plus one, so that 0 means undated.
var dayZero = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

func parseDay(s string) (uint16, bool) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return 0, false
	}
	d := int(t.Sub(dayZero).Hours()/24) + 1
	if d < 1 {
		d = 1
	} else if d > 65535 {
		d = 65535
	}
	return uint16(d), true
}

func dayString(d uint16) string {
	return dayZero.AddDate(0, 0, int(d)-1).Format("2006-01-02")
}

func newIndexData() *indexData {
	return &indexData{
		odd: map[uint32]string{}, byKey: map[uuid.UUID]uint32{}, byOdd: map[string]uint32{},
		off: []uint32{0}, more: map[uint32][]uint64{}, dates: map[uint32][]uint16{},
		names: newNameIndex(), pending: map[quad.Value][]edgeRef{},
	}
}

// IndexStats describes the in-memory index.
type IndexStats struct {
	Nodes        int     `json:"nodes"`
	Edges        int     `json:"edges"`
	Names        int     `json:"names"`
	Bytes        int64   `json:"bytes"`
	BytesPerEdge float64 `json:"bytes_per_edge"`
}

// IndexStats returns the size of the index. Bytes is an estimate from the
// capacity of its arrays and the entries of its maps.
func (s *Store) IndexStats() IndexStats { return s.idx.stats() }

func (ix *Index) stats() IndexStats {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	d := ix.d
	st := IndexStats{Nodes: len(d.types), Edges: len(d.ev), Names: len(d.names.ents)}
	b := int64(cap(d.keys))*16 + int64(cap(d.types)) + int64(cap(d.off))*4 + int64(cap(d.half))*8 +
		int64(cap(d.ev))*2 + int64(cap(d.dlo))*2 + int64(cap(d.dhi))*2
	b += int64(len(d.byKey)) * 32 // 16-byte key, 4-byte value, slot and control overhead
	for _, v := range d.odd {
		b += 2*int64(len(v)) + 64
	}
	for _, v := range d.more {
		b += int64(cap(v))*8 + 40
	}
	for _, v := range d.dates {
		b += int64(cap(v))*2 + 40
	}
	b += d.names.bytes()
	st.Bytes = b
	if st.Edges > 0 {
		st.BytesPerEdge = float64(b) / float64(st.Edges)
	}
	return st
}

// node lookups ------------------------------------------------------------

func (d *indexData) nodeOf(id string) (uint32, bool) {
	if len(id) == 36 {
		if u, err := uuid.Parse(id); err == nil && u.String() == id {
			n, ok := d.byKey[u]
			return n, ok
		}
	}
	n, ok := d.byOdd[id]
	return n, ok
}

func (d *indexData) intern(id string) uint32 {
	if n, ok := d.nodeOf(id); ok {
		return n
	}
	n := uint32(len(d.types))
	d.types = append(d.types, 0)
	if u, err := uuid.Parse(id); err == nil && len(id) == 36 && u.String() == id {
		d.keys = append(d.keys, u)
		d.byKey[u] = n
	} else {
		d.keys = append(d.keys, uuid.UUID{})
		d.odd[n] = id
		d.byOdd[id] = n
	}
	return n
}

func (d *indexData) idOf(n uint32) string {
	if s, ok := d.odd[n]; ok {
		return s
	}
	return d.keys[n].String()
}

// adj calls f for each half-edge of n until f returns false.
func (d *indexData) adj(n uint32, f func(h half) bool) {
	if int(n)+1 < len(d.off) {
		for _, h := range d.half[d.off[n]:d.off[n+1]] {
			if !f(half(h)) {
				return
			}
		}
	}
	if len(d.more) != 0 {
		for _, h := range d.more[n] {
			if !f(half(h)) {
				return
			}
		}
	}
}

// halves returns n's half-edges as up to two slices, without copying.
func (d *indexData) halves(n uint32) (a, b []uint64) {
	if int(n)+1 < len(d.off) {
		a = d.half[d.off[n]:d.off[n+1]]
	}
	if len(d.more) != 0 {
		b = d.more[n]
	}
	return a, b
}

func (d *indexData) degree(n uint32) int {
	a, b := d.halves(n)
	return len(a) + len(b)
}

// findEdge returns the edge s-p-o (either way round for a symmetric p).
func (d *indexData) findEdge(s uint32, p uint8, o uint32) (uint32, bool) {
	a, b := s, o
	if d.degree(o) < d.degree(s) {
		a, b = o, s
	}
	sym := quads.Predicates[p].Symmetric()
	found, e := false, uint32(0)
	d.adj(a, func(h half) bool {
		if h.nb() != b || h.pred() != p {
			return true
		}
		if !sym && h.out() != (a == s) {
			return true
		}
		found, e = true, h.edge()
		return false
	})
	return e, found
}

// inRange reports whether edge e has evidence dated within [lo, hi].
func (d *indexData) inRange(e uint32, lo, hi uint16) bool {
	if d.dlo[e] == 0 {
		return false
	}
	if ds, ok := d.dates[e]; ok {
		for _, x := range ds {
			if x >= lo && x <= hi {
				return true
			}
		}
		return false
	}
	a, b := d.dlo[e], d.dhi[e]
	return (a >= lo && a <= hi) || (b >= lo && b <= hi)
}

// edgeInfo is what the index keeps of one edge.
type edgeInfo struct {
	ev    int
	dates []uint16 // sorted, distinct

	complete, incomplete []quad.Value // labels that are dated evidence, and the others
}

func (d *indexData) setEdgeInfo(e uint32, info edgeInfo) {
	ev := info.ev
	if ev > 65535 {
		ev = 65535
	}
	d.ev[e] = uint16(ev)
	delete(d.dates, e)
	d.dlo[e], d.dhi[e] = 0, 0
	if n := len(info.dates); n > 0 {
		d.dlo[e], d.dhi[e] = info.dates[0], info.dates[n-1]
		if n > 2 {
			d.dates[e] = append([]uint16(nil), info.dates...)
		}
	}
}

// addEdge appends a new edge s-p-o and returns its number.
func (d *indexData) addEdge(s uint32, p uint8, o uint32, info edgeInfo) uint32 {
	e := uint32(len(d.ev))
	d.ev = append(d.ev, 0)
	d.dlo = append(d.dlo, 0)
	d.dhi = append(d.dhi, 0)
	d.setEdgeInfo(e, info)
	d.more[s] = append(d.more[s], uint64(mkHalf(o, p, true, e)))
	d.more[o] = append(d.more[o], uint64(mkHalf(s, p, false, e)))
	return e
}

func (d *indexData) setType(n uint32, t uint8) {
	if t != 0 && (d.types[n] == 0 || t < d.types[n]) {
		d.types[n] = t
	}
}

// building ----------------------------------------------------------------

// vocab holds the store's refs of the vocabulary the index reads.
type vocab struct {
	typ, name, alias, article, date, subj, pred, obj uint64
	rel                                              map[uint64]uint8 // predicate ref → predicate index
	class                                            map[uint64]uint8 // class ref → type index
}

// refKeys turns Cayley refs into uint64 keys: kv refs are already numbers;
// other backends' refs are numbered as they are met.
type refKeys struct {
	direct bool
	dict   map[any]uint64
	refs   []cgraph.Ref
}

func newRefKeys(qs cgraph.QuadStore) *refKeys {
	_, direct := qs.(*kv.QuadStore)
	return &refKeys{direct: direct, dict: map[any]uint64{}}
}

func (k *refKeys) key(r cgraph.Ref) uint64 {
	if r == nil {
		return 0
	}
	if k.direct {
		if v, ok := r.(kv.Int64Value); ok {
			return uint64(v)
		}
	}
	kk := cgraph.ToKey(r)
	if v, ok := k.dict[kk]; ok {
		return v
	}
	k.refs = append(k.refs, r)
	v := uint64(len(k.refs)) | 1<<63
	k.dict[kk] = v
	return v
}

func (k *refKeys) ref(v uint64) cgraph.Ref {
	if v == 0 {
		return nil
	}
	if v&(1<<63) != 0 {
		return k.refs[v&^(1<<63)-1]
	}
	return kv.Int64Value(v)
}

func loadVocab(qs cgraph.QuadStore, k *refKeys) *vocab {
	ref := func(v quad.Value) uint64 { return k.key(qs.ValueOf(v)) }
	v := &vocab{
		typ: ref(quads.RDFType), name: ref(quads.PropName), alias: ref(quads.PropAlias),
		article: ref(quads.PropArticle), date: ref(quads.PropDate),
		subj: ref(quads.PropSubject), pred: ref(quads.PropPredicate), obj: ref(quads.PropObject),
		rel: map[uint64]uint8{}, class: map[uint64]uint8{},
	}
	for i, p := range quads.Predicates {
		if r := ref(p.IRI()); r != 0 {
			v.rel[r] = uint8(i)
		}
	}
	for _, t := range quads.EntityTypes {
		if r := ref(t.ClassIRI()); r != 0 {
			v.class[r] = typeIndex(t)
		}
	}
	return v
}

type rawRel struct {
	s, o, label uint64
	p           uint8
}

type rawName struct {
	s, v  uint64
	alias bool
}

// scan collects, from the quads of the store, what the index needs.
type scan struct {
	rels    []rawRel
	types   map[uint64]uint8
	names   []rawName
	evArt   map[uint64]uint64
	artDate map[uint64]uint64
}

// buildIndex reads the graph's topology, names and evidence dates from the
// store. It makes one pass over the store's quads, keeping only the refs of
// the quads it needs, then resolves the few values it must read (entity
// IRIs, names and dates) in batches.
func buildIndex(ctx context.Context, qs cgraph.QuadStore) (*Index, error) {
	d, err := buildIndexData(ctx, qs)
	if err != nil {
		return nil, err
	}
	return &Index{qs: qs, d: d}, nil
}

func buildIndexData(ctx context.Context, qs cgraph.QuadStore) (*indexData, error) {
	k := newRefKeys(qs)
	v := loadVocab(qs, k)
	sc := &scan{types: map[uint64]uint8{}, evArt: map[uint64]uint64{}, artDate: map[uint64]uint64{}}
	if len(v.rel) != 0 || v.name != 0 || v.typ != 0 {
		it := qs.QuadsAllIterator()
		n := 0
		for it.Next(ctx) {
			if n++; n&8191 == 0 {
				if err := ctx.Err(); err != nil {
					it.Close()
					return nil, quads.Errorf(quads.ETIMEOUT, "index build cancelled: %v", err)
				}
			}
			sc.take(qs, k, v, it.Result())
		}
		err := it.Err()
		it.Close()
		if err != nil {
			return nil, fmt.Errorf("scan quads: %w", err)
		}
	}
	return assemble(ctx, qs, k, sc)
}

// take keeps what the index needs of one quad.
func (sc *scan) take(qs cgraph.QuadStore, k *refKeys, v *vocab, r cgraph.Ref) {
	p := k.key(qs.QuadDirection(r, quad.Predicate))
	if pi, ok := v.rel[p]; ok {
		sc.rels = append(sc.rels, rawRel{
			s: k.key(qs.QuadDirection(r, quad.Subject)), o: k.key(qs.QuadDirection(r, quad.Object)),
			label: k.key(qs.QuadDirection(r, quad.Label)), p: pi,
		})
		return
	}
	switch p {
	case 0:
	case v.typ:
		if t, ok := v.class[k.key(qs.QuadDirection(r, quad.Object))]; ok {
			s := k.key(qs.QuadDirection(r, quad.Subject))
			if old := sc.types[s]; old == 0 || t < old {
				sc.types[s] = t
			}
		}
	case v.name, v.alias:
		sc.names = append(sc.names, rawName{s: k.key(qs.QuadDirection(r, quad.Subject)),
			v: k.key(qs.QuadDirection(r, quad.Object)), alias: p == v.alias})
	case v.article:
		sc.evArt[k.key(qs.QuadDirection(r, quad.Subject))] = k.key(qs.QuadDirection(r, quad.Object))
	case v.date:
		sc.artDate[k.key(qs.QuadDirection(r, quad.Subject))] = k.key(qs.QuadDirection(r, quad.Object))
	}
}

// resolver fetches values of keys in batches and remembers them.
type resolver struct {
	qs   cgraph.QuadStore
	k    *refKeys
	vals map[uint64]quad.Value
	todo []uint64
}

func (r *resolver) want(key uint64) {
	if key == 0 {
		return
	}
	if _, ok := r.vals[key]; !ok {
		r.vals[key] = nil
		r.todo = append(r.todo, key)
	}
}

func (r *resolver) fetch(ctx context.Context) error {
	const batch = 2048
	refs := make([]cgraph.Ref, 0, batch)
	for len(r.todo) > 0 {
		n := len(r.todo)
		if n > batch {
			n = batch
		}
		keys := r.todo[:n]
		r.todo = r.todo[n:]
		refs = refs[:0]
		for _, key := range keys {
			refs = append(refs, r.k.ref(key))
		}
		vs, err := cgraph.ValuesOf(ctx, r.qs, refs)
		if err != nil {
			return fmt.Errorf("read values: %w", err)
		}
		for i, key := range keys {
			r.vals[key] = vs[i]
		}
		if err := ctx.Err(); err != nil {
			return quads.Errorf(quads.ETIMEOUT, "index build cancelled: %v", err)
		}
	}
	return nil
}

func assemble(ctx context.Context, qs cgraph.QuadStore, k *refKeys, sc *scan) (*indexData, error) {
	res := &resolver{qs: qs, k: k, vals: map[uint64]quad.Value{}}
	for _, r := range sc.rels {
		res.want(r.s)
		res.want(r.o)
	}
	for s := range sc.types {
		res.want(s)
	}
	for _, n := range sc.names {
		res.want(n.s)
		res.want(n.v)
	}
	for _, dv := range sc.artDate {
		res.want(dv)
	}
	incomplete := func(label uint64) bool {
		art, ok := sc.evArt[label]
		if !ok {
			return true
		}
		_, ok = sc.artDate[art]
		return !ok
	}
	for _, r := range sc.rels {
		if r.label != 0 && incomplete(r.label) {
			res.want(r.label)
		}
	}
	if err := res.fetch(ctx); err != nil {
		return nil, err
	}
	d := newIndexData()
	entity := func(key uint64) (uint32, bool) {
		id, ok := quads.IDFromIRI(res.vals[key], quads.EntityBase)
		if !ok || id == "" {
			return 0, false
		}
		return d.intern(id), true
	}
	// Nodes: typed or named entities first, then relation ends.
	for s, t := range sc.types {
		if n, ok := entity(s); ok {
			d.setType(n, t)
		}
	}
	type pendingName struct {
		n     uint32
		name  string
		alias bool
	}
	var names []pendingName
	for _, nm := range sc.names {
		if n, ok := entity(nm.s); ok {
			names = append(names, pendingName{n, str(res.vals[nm.v]), nm.alias})
		}
	}
	type rel struct {
		s, o  uint32
		label uint64
		p     uint8
	}
	rels := make([]rel, 0, len(sc.rels))
	for _, r := range sc.rels {
		s, ok1 := entity(r.s)
		o, ok2 := entity(r.o)
		if !ok1 || !ok2 || s == o {
			continue
		}
		if quads.Predicates[r.p].Symmetric() && d.idOf(o) < d.idOf(s) {
			s, o = o, s
		}
		if r.label != 0 && incomplete(r.label) {
			if l := res.vals[r.label]; l != nil {
				d.addPending(l, edgeRef{s: d.idOf(s), o: d.idOf(o), p: quads.Predicates[r.p]})
			}
		}
		rels = append(rels, rel{s, o, r.label, r.p})
	}
	sc.rels = nil
	sort.Slice(rels, func(i, j int) bool {
		a, b := rels[i], rels[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.o != b.o {
			return a.o < b.o
		}
		if a.p != b.p {
			return a.p < b.p
		}
		return a.label < b.label
	})
	// Edges, with their evidence.
	type edge struct {
		s, o uint32
		p    uint8
	}
	var edges []edge
	var dates []uint16
	for i := 0; i < len(rels); {
		j := i
		info := edgeInfo{}
		dates = dates[:0]
		for ; j < len(rels) && rels[j].s == rels[i].s && rels[j].o == rels[i].o && rels[j].p == rels[i].p; j++ {
			if j > i && rels[j].label == rels[j-1].label {
				continue
			}
			art, ok := sc.evArt[rels[j].label]
			if !ok || rels[j].label == 0 {
				continue
			}
			info.ev++
			if dv, ok := sc.artDate[art]; ok {
				if day, ok := parseDay(str(res.vals[dv])); ok {
					dates = append(dates, day)
				}
			}
		}
		info.dates = sortedDays(dates)
		e := uint32(len(edges))
		if e >= maxEdges {
			return nil, fmt.Errorf("more than %d edges", maxEdges)
		}
		edges = append(edges, edge{rels[i].s, rels[i].o, rels[i].p})
		d.ev = append(d.ev, 0)
		d.dlo = append(d.dlo, 0)
		d.dhi = append(d.dhi, 0)
		d.setEdgeInfo(e, info)
		i = j
	}
	rels = nil
	// CSR adjacency.
	nn := len(d.types)
	d.off = make([]uint32, nn+1)
	for _, e := range edges {
		d.off[e.s+1]++
		d.off[e.o+1]++
	}
	for i := 1; i <= nn; i++ {
		d.off[i] += d.off[i-1]
	}
	d.half = make([]uint64, 2*len(edges))
	fill := make([]uint32, nn)
	copy(fill, d.off[:nn])
	for i, e := range edges {
		d.half[fill[e.s]] = uint64(mkHalf(e.o, e.p, true, uint32(i)))
		fill[e.s]++
		d.half[fill[e.o]] = uint64(mkHalf(e.s, e.p, false, uint32(i)))
		fill[e.o]++
	}
	// Names.
	for _, nm := range names {
		d.names.add(nm.n, nm.name, nm.alias)
	}
	d.names.finish()
	d.keys = d.keys[:len(d.keys):len(d.keys)]
	return d, nil
}

func (d *indexData) addPending(label quad.Value, r edgeRef) {
	for _, x := range d.pending[label] {
		if x == r {
			return
		}
	}
	d.pending[label] = append(d.pending[label], r)
}

func (d *indexData) dropPending(label quad.Value, r edgeRef) {
	l := d.pending[label]
	for i, x := range l {
		if x == r {
			l = append(l[:i], l[i+1:]...)
			break
		}
	}
	if len(l) == 0 {
		delete(d.pending, label)
	} else {
		d.pending[label] = l
	}
}

func sortedDays(ds []uint16) []uint16 {
	if len(ds) == 0 {
		return nil
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	out := ds[:1]
	for _, x := range ds[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return append([]uint16(nil), out...)
}

// incremental updates -----------------------------------------------------

// bulkRebuild is the batch size past which add rebuilds the index from the
// store instead of updating it edge by edge.
const bulkRebuild = 50000

// add brings the index up to date with quads just committed to the store.
// Quads may come in any order and may repeat stored ones: every edge the
// batch touches (by a relation quad, an evidence → article link or an
// article date) is recomputed from the store, so the index ends as a
// rebuild would leave it.
func (ix *Index) add(qs []quad.Quad) {
	if len(qs) > bulkRebuild && ix.rebuild() == nil {
		return
	}
	ctx := context.Background()
	type ekey = edgeRef
	touched := map[ekey]bool{}
	touch := func(s string, p quads.Predicate, o string) {
		if s == o || s == "" || o == "" {
			return
		}
		if p.Symmetric() && o < s {
			s, o = o, s
		}
		touched[ekey{s, o, p}] = true
	}
	var names []quad.Quad
	types := map[string]uint8{}
	evs := map[quad.Value]bool{}
	labels := map[quad.Value]bool{}
	var arts []quad.Value
	for _, q := range qs {
		if p, ok := quads.PredicateFromIRI(q.Predicate); ok {
			s, ok1 := quads.IDFromIRI(q.Subject, quads.EntityBase)
			o, ok2 := quads.IDFromIRI(q.Object, quads.EntityBase)
			if ok1 && ok2 {
				touch(s, p, o)
				labels[q.Label] = true
			}
			continue
		}
		switch q.Predicate {
		case quads.RDFType:
			if t, ok := quads.EntityTypeFromIRI(q.Object); ok {
				if id, ok := quads.IDFromIRI(q.Subject, quads.EntityBase); ok && id != "" {
					if old := types[id]; old == 0 || typeIndex(t) < old {
						types[id] = typeIndex(t)
					}
				}
			}
		case quads.PropName, quads.PropAlias:
			names = append(names, q)
		case quads.PropArticle, quads.PropSubject, quads.PropPredicate, quads.PropObject:
			evs[q.Subject] = true
		case quads.PropDate:
			arts = append(arts, q.Subject)
		}
	}
	// Evidence whose article link or article date arrived now, for edges
	// not in the batch: find its relation through its subject, predicate
	// and object properties.
	for _, a := range arts {
		for _, ev := range storeSubjects(ctx, ix.qs, quads.PropArticle, a) {
			evs[ev] = true
		}
	}
	ix.mu.RLock()
	for ev := range evs {
		for _, r := range ix.d.pending[ev] {
			touch(r.s, r.p, r.o)
		}
	}
	ix.mu.RUnlock()
	for ev := range evs {
		if labels[ev] {
			continue
		}
		s, _ := quads.IDFromIRI(first(storeObjects(ctx, ix.qs, ev, quads.PropSubject)), quads.EntityBase)
		o, _ := quads.IDFromIRI(first(storeObjects(ctx, ix.qs, ev, quads.PropObject)), quads.EntityBase)
		p, ok := quads.PredicateFromIRI(first(storeObjects(ctx, ix.qs, ev, quads.PropPredicate)))
		if ok {
			touch(s, p, o)
		}
	}
	infos := make(map[ekey]edgeInfo, len(touched))
	for k := range touched {
		infos[k] = edgeInfoFromStore(ctx, ix.qs, k.s, k.p, k.o)
	}
	ix.mu.Lock()
	defer ix.mu.Unlock()
	d := ix.d
	for k, info := range infos {
		for _, l := range info.complete {
			d.dropPending(l, k)
		}
		for _, l := range info.incomplete {
			d.addPending(l, k)
		}
	}
	for id, t := range types {
		d.setType(d.intern(id), t)
	}
	for _, q := range names {
		if id, ok := quads.IDFromIRI(q.Subject, quads.EntityBase); ok && id != "" {
			d.names.add(d.intern(id), str(q.Object), q.Predicate == quads.PropAlias)
		}
	}
	keys := make([]ekey, 0, len(infos))
	for k := range infos {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := keys[i], keys[j]
		if a.s != b.s {
			return a.s < b.s
		}
		if a.o != b.o {
			return a.o < b.o
		}
		return a.p < b.p
	})
	for _, k := range keys {
		pi, _ := predIndex(k.p)
		s, o := d.intern(k.s), d.intern(k.o)
		if e, ok := d.findEdge(s, pi, o); ok {
			d.setEdgeInfo(e, infos[k])
		} else if len(d.ev) < maxEdges {
			d.addEdge(s, pi, o, infos[k])
		}
	}
}

// rebuild replaces the index with one built afresh from the store.
func (ix *Index) rebuild() error {
	d, err := buildIndexData(context.Background(), ix.qs)
	if err != nil {
		return err
	}
	ix.mu.Lock()
	ix.d = d
	ix.mu.Unlock()
	return nil
}

func first(vs []quad.Value) quad.Value {
	if len(vs) == 0 {
		return nil
	}
	return vs[0]
}

// edgeInfoFromStore reads the evidence of the edge s-p-o from the store: the
// labels of its quads (both ways round for a symmetric p) that are evidence
// nodes with an article, and those articles' dates.
func edgeInfoFromStore(ctx context.Context, qs cgraph.QuadStore, s string, p quads.Predicate, o string) edgeInfo {
	labels := storeLabels(ctx, qs, quads.EntityIRI(s), p.IRI(), quads.EntityIRI(o))
	if p.Symmetric() {
		labels = append(labels, storeLabels(ctx, qs, quads.EntityIRI(o), p.IRI(), quads.EntityIRI(s))...)
	}
	seen := map[quad.Value]bool{}
	var info edgeInfo
	var days []uint16
	for _, l := range labels {
		if l == nil || seen[l] {
			continue
		}
		seen[l] = true
		art := first(storeObjects(ctx, qs, l, quads.PropArticle))
		if art == nil {
			info.incomplete = append(info.incomplete, l)
			continue
		}
		info.ev++
		if day, ok := parseDay(str(first(storeObjects(ctx, qs, art, quads.PropDate)))); ok {
			days = append(days, day)
			info.complete = append(info.complete, l)
		} else {
			info.incomplete = append(info.incomplete, l)
		}
	}
	info.dates = sortedDays(days)
	return info
}

// storeQuery returns the values in direction res of the quads matching the
// fixed values of filter, through the store's best index: a filter on
// subject and predicate (and object) becomes one index scan on Cayley's kv
// backends; a filter without subject scans the object's quads.
func storeQuery(ctx context.Context, qs cgraph.QuadStore, res quad.Direction, filter map[quad.Direction]quad.Value) []quad.Value {
	refs := map[quad.Direction]cgraph.Ref{}
	for d, v := range filter {
		r := qs.ValueOf(v)
		if r == nil {
			return nil
		}
		refs[d] = r
	}
	var it cgraph.Iterator
	var check []quad.Direction
	if _, ok := refs[quad.Subject]; ok {
		it = shape.BuildIterator(qs, shape.QuadsAction{Result: res, Filter: refs})
	} else {
		it = qs.QuadIterator(quad.Object, refs[quad.Object])
		for d := range refs {
			if d != quad.Object {
				check = append(check, d)
			}
		}
	}
	defer it.Close()
	var out []cgraph.Ref
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		if check == nil && refs[quad.Subject] != nil {
			out = append(out, r)
			continue
		}
		ok := true
		for _, d := range check {
			if cgraph.ToKey(qs.QuadDirection(r, d)) != cgraph.ToKey(refs[d]) {
				ok = false
				break
			}
		}
		if ok {
			if v := qs.QuadDirection(r, res); v != nil {
				out = append(out, v)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	vs, _ := cgraph.ValuesOf(ctx, qs, out)
	return vs
}

func storeLabels(ctx context.Context, qs cgraph.QuadStore, s, p, o quad.Value) []quad.Value {
	return storeQuery(ctx, qs, quad.Label, map[quad.Direction]quad.Value{quad.Subject: s, quad.Predicate: p, quad.Object: o})
}

func storeObjects(ctx context.Context, qs cgraph.QuadStore, s, p quad.Value) []quad.Value {
	return storeQuery(ctx, qs, quad.Object, map[quad.Direction]quad.Value{quad.Subject: s, quad.Predicate: p})
}

func storeSubjects(ctx context.Context, qs cgraph.QuadStore, p, o quad.Value) []quad.Value {
	return storeQuery(ctx, qs, quad.Subject, map[quad.Direction]quad.Value{quad.Predicate: p, quad.Object: o})
}

// lookupName returns the entity whose name or alias normalises as name does,
// the one with the smallest id when several do.
func (ix *Index) lookupName(name string) (string, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	d := ix.d
	best := ""
	d.names.exact(quads.NormalizeName(name), func(n uint32, alias bool) {
		if id := d.idOf(n); best == "" || id < best {
			best = id
		}
	})
	return best, best != ""
}
