package graph

import (
	"iter"
	"slices"
	"sync/atomic"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
	"github.com/google/uuid"

	"github.com/coopgraph/coopgraph/quads"
)

// Index is the in-memory picture of the graph's topology and names that
// path, neighbourhood and search queries run on. It is built from the quad
// store when the store opens and brought up to date by every write and
// every follower batch, after the write has committed.
//
// The index is published as an immutable snapshot (indexData) behind an
// atomic pointer. A query loads the snapshot once and runs on it without a
// lock, however long it takes; a write builds the next snapshot from the
// current one, copying only what it changes (cow.go), and swaps it in. So a
// query never waits for a write and a write never waits for a query. Writes
// are serialised by Store.writeMu, so at most one next snapshot is being
// built at a time.
type Index struct {
	qs   cgraph.QuadStore
	snap atomic.Pointer[indexData]
}

// Test hooks: testHookSearch runs inside a path search once it has its
// snapshot, testHookPublish inside an index update before it publishes.
// Tests use them to hold a query or a write open; nil otherwise.
var testHookSearch, testHookPublish func()

func newIndex(qs cgraph.QuadStore, d *indexData) *Index {
	ix := &Index{qs: qs}
	ix.publish(d)
	return ix
}

// load returns the current snapshot. It must not be changed.
func (ix *Index) load() *indexData { return ix.snap.Load() }

// publish seals d and makes it the current snapshot.
func (ix *Index) publish(d *indexData) {
	d.seal()
	ix.snap.Store(d)
}

// indexData is one snapshot of the index. Entities are interned as uint32
// node numbers. Each node's edges are packed half-edges (halfedge.go) in
// one CSR array built at open, plus a per-node overflow for edges written
// since. Each edge keeps its evidence count and the range of its evidence
// dates (every date when there are more than two), which is all since/until
// filters need. Names and aliases are kept normalised in one byte arena
// with a sorted order (exact and prefix) and a token dictionary (word order
// and typos); see search.go.
type indexData struct {
	// Nodes.
	keys  []uuid.UUID                // node → id when the id is a UUID (append only)
	odd   layered[uint32, string]    // node → id when it is not
	byKey layered[uuid.UUID, uint32] // id → node
	byOdd layered[string, uint32]
	types chunked[uint8] // node → 1+index in quads.EntityTypes, 0 unknown

	// Adjacency: base CSR for nodes < len(off)-1 (never changed once
	// built), plus overflow.
	off  []uint32
	half []uint64
	more layered[uint32, []uint64]

	// Edges, by edge number.
	ev    chunked[uint16]           // pieces of evidence (saturating)
	dlo   chunked[uint16]           // earliest evidence date (day number, 0 none)
	dhi   chunked[uint16]           // latest evidence date
	dates layered[uint32, []uint16] // every date, for edges with more than two

	names nameIndex

	// cards holds each named entity's names and aliases as stored
	// (cards.go).
	cards layered[uint32, entityCard]

	// evid holds each edge's evidence as answers give it
	// (evidence_table.go).
	evid *evidenceTable

	// dirty is set by an edit that changed anything, so that an update
	// that changes nothing (a follower reading this server's own writes)
	// publishes nothing.
	dirty bool

	// pending lists, for each label of a relation quad that is not yet
	// dated evidence (no article, or an article without a date), the edges
	// it labels, so that an article link or date written later finds them.
	pending layered[quad.Value, []edgeRef]
}

// newIndexData returns an empty index open for edits.
func newIndexData() *indexData {
	return &indexData{
		odd: newLayered[uint32, string](nil), byKey: newLayered[uuid.UUID, uint32](nil),
		byOdd: newLayered[string, uint32](nil), types: chunkedOf[uint8](nil),
		off: []uint32{0}, more: newLayered[uint32, []uint64](nil),
		ev: chunkedOf[uint16](nil), dlo: chunkedOf[uint16](nil), dhi: chunkedOf[uint16](nil),
		dates: newLayered[uint32](isEmptySlice[uint16]), names: newNameIndex(),
		pending: newLayered[quad.Value](isEmptySlice[edgeRef]),
		cards:   newLayered[uint32, entityCard](nil),
		evid:    newEvidenceTable(),
	}
}

// edit returns the next snapshot, open for edits: it shares everything with
// d until it changes it.
func (d *indexData) edit() *indexData {
	n := *d
	n.dirty = false
	n.odd, n.byKey, n.byOdd = d.odd.edit(), d.byKey.edit(), d.byOdd.edit()
	n.types = d.types.edit()
	n.more = d.more.edit()
	n.ev, n.dlo, n.dhi = d.ev.edit(), d.dlo.edit(), d.dhi.edit()
	n.dates = d.dates.edit()
	n.names = d.names.edit()
	n.pending = d.pending.edit()
	n.cards = d.cards.edit()
	n.evid = d.evid.edit()
	return &n
}

// seal closes d to edits before it is published.
func (d *indexData) seal() {
	d.types.seal()
	d.ev.seal()
	d.dlo.seal()
	d.dhi.seal()
	d.evid.seal()
}

func (d *indexData) nodes() int { return d.types.len() }

func (d *indexData) edges() int { return d.ev.len() }

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
func (s *Store) IndexStats() IndexStats { return s.idx.load().stats() }

func (d *indexData) stats() IndexStats {
	st := IndexStats{Nodes: d.nodes(), Edges: d.edges(), Names: len(d.names.ents)}
	b := int64(cap(d.keys))*16 + d.types.bytes(1) + int64(cap(d.off))*4 + int64(cap(d.half))*8 +
		d.ev.bytes(2) + d.dlo.bytes(2) + d.dhi.bytes(2)
	d.byKey.each(func(uuid.UUID, uint32) { b += 32 }) // 16-byte key, 4-byte value, slot and control overhead
	d.odd.each(func(_ uint32, v string) { b += 2*int64(len(v)) + 64 })
	d.more.each(func(_ uint32, v []uint64) { b += int64(cap(v))*8 + 40 })
	d.dates.each(func(_ uint32, v []uint16) { b += int64(cap(v))*2 + 40 })
	d.cards.each(func(_ uint32, c entityCard) {
		b += 48 + 40 + int64(cap(c.names)+cap(c.aliases))*16
		for _, n := range append(c.names, c.aliases...) {
			b += int64(len(n))
		}
	})
	b += d.names.bytes()
	b += d.evid.bytes()
	st.Bytes = b
	if st.Edges > 0 {
		st.BytesPerEdge = float64(b) / float64(st.Edges)
	}
	return st
}

// node lookups ------------------------------------------------------------

func canonicalUUID(id string) (uuid.UUID, bool) {
	if len(id) != 36 {
		return uuid.UUID{}, false
	}
	u, err := uuid.Parse(id)
	return u, err == nil && u.String() == id
}

func (d *indexData) nodeOf(id string) (uint32, bool) {
	if u, ok := canonicalUUID(id); ok {
		return d.byKey.get(u)
	}
	return d.byOdd.get(id)
}

// intern returns id's node, adding it to d (open for edits) when new.
func (d *indexData) intern(id string) uint32 {
	if n, ok := d.nodeOf(id); ok {
		return n
	}
	n := d.types.push(0)
	d.dirty = true
	if u, ok := canonicalUUID(id); ok {
		d.keys = append(d.keys, u)
		d.byKey.set(u, n)
	} else {
		d.keys = append(d.keys, uuid.UUID{})
		d.odd.set(n, id)
		d.byOdd.set(id, n)
	}
	return n
}

func (d *indexData) idOf(n uint32) string {
	if d.odd.empty() {
		return d.keys[n].String()
	}
	if s, ok := d.odd.get(n); ok {
		return s
	}
	return d.keys[n].String()
}

// idLess orders nodes by their ids, the key every answer is ordered by so
// that any server on the same data answers alike, whatever numbers its
// index gave the nodes.
func (d *indexData) idLess(a, b uint32) bool {
	if a == b {
		return false
	}
	oa, ob := false, false
	if !d.odd.empty() {
		_, oa = d.odd.get(a)
		_, ob = d.odd.get(b)
	}
	if !oa && !ob {
		// Canonical UUID strings are lowercase hex: byte order is string order.
		ka, kb := d.keys[a], d.keys[b]
		for i := range ka {
			if ka[i] != kb[i] {
				return ka[i] < kb[i]
			}
		}
		return false
	}
	return d.idOf(a) < d.idOf(b)
}

func (d *indexData) typeOfNode(n uint32) uint8 { return d.types.at(n) }

// halves returns n's half-edges as up to two slices, without copying.
func (d *indexData) halves(n uint32) (a, b []uint64) {
	if int(n)+1 < len(d.off) {
		a = d.half[d.off[n]:d.off[n+1]]
	}
	if !d.more.empty() {
		b, _ = d.more.get(n)
	}
	return a, b
}

// adj returns the half-edges of n.
func (d *indexData) adj(n uint32) iter.Seq[half] {
	return func(yield func(half) bool) {
		a, b := d.halves(n)
		for _, hs := range [2][]uint64{a, b} {
			for _, h := range hs {
				if !yield(half(h)) {
					return
				}
			}
		}
	}
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
	sym := predicates[p].Symmetric()
	found, e := false, uint32(0)
	for h := range d.adj(a) {
		if h.nb() != b || h.pred() != p {
			continue
		}
		if !sym && h.out() != (a == s) {
			continue
		}
		found, e = true, h.edge()
		break
	}
	return e, found
}

// evidenceOf returns the evidence count of the edge r, 0 when the index
// lacks it.
func (d *indexData) evidenceOf(r edgeRef) int {
	s, ok1 := d.nodeOf(r.s)
	o, ok2 := d.nodeOf(r.o)
	p, ok3 := predIndex(r.p)
	if !ok1 || !ok2 || !ok3 {
		return 0
	}
	if e, ok := d.findEdge(s, p, o); ok {
		return int(d.evidence(e))
	}
	return 0
}

// evidence returns the evidence count of edge e.
func (d *indexData) evidence(e uint32) uint16 { return d.ev.at(e) }

// edgeDates returns every evidence date of edge e, sorted.
func (d *indexData) edgeDates(e uint32) []uint16 {
	if ds, ok := d.dates.get(e); ok && len(ds) > 0 {
		return ds
	}
	lo, hi := d.dlo.at(e), d.dhi.at(e)
	switch {
	case lo == 0:
		return nil
	case lo == hi:
		return []uint16{lo}
	}
	return []uint16{lo, hi}
}

// inRange reports whether edge e has evidence dated within [lo, hi].
func (d *indexData) inRange(e uint32, lo, hi uint16) bool {
	a := d.dlo.at(e)
	if a == 0 {
		return false
	}
	if ds, ok := d.dates.get(e); ok && len(ds) > 0 {
		for _, x := range ds {
			if x >= lo && x <= hi {
				return true
			}
		}
		return false
	}
	b := d.dhi.at(e)
	return (a >= lo && a <= hi) || (b >= lo && b <= hi)
}

// edgeInfo is what the index keeps of one edge.
type edgeInfo struct {
	ev    int
	dates []uint16 // sorted, distinct

	complete, incomplete []quad.Value // labels that are dated evidence, and the others
}

func (d *indexData) setEdgeInfo(e uint32, info edgeInfo) {
	ev := min(info.ev, 65535)
	if int(e) < d.edges() && d.ev.at(e) == uint16(ev) && slices.Equal(d.edgeDates(e), info.dates) {
		return
	}
	d.dirty = true
	d.ev.set(e, uint16(ev))
	var lo, hi uint16
	if n := len(info.dates); n > 0 {
		lo, hi = info.dates[0], info.dates[n-1]
	}
	d.dlo.set(e, lo)
	d.dhi.set(e, hi)
	if len(info.dates) > 2 {
		d.dates.set(e, append([]uint16(nil), info.dates...))
	} else if _, ok := d.dates.get(e); ok {
		d.dates.set(e, nil)
	}
}

// addEdge appends a new edge s-p-o and returns its number.
func (d *indexData) addEdge(s uint32, p uint8, o uint32, info edgeInfo) uint32 {
	d.dirty = true
	e := d.ev.push(0)
	d.dlo.push(0)
	d.dhi.push(0)
	d.setEdgeInfo(e, info)
	ms, _ := d.more.get(s)
	d.more.set(s, append(ms, uint64(mkHalf(o, p, true, e))))
	mo, _ := d.more.get(o)
	d.more.set(o, append(mo, uint64(mkHalf(s, p, false, e))))
	return e
}

func (d *indexData) setType(n uint32, t uint8) {
	if old := d.types.at(n); t != 0 && (old == 0 || t < old) {
		d.types.set(n, t)
		d.dirty = true
	}
}

// edgeRef is an edge of the index as ids, in its true direction.
type edgeRef struct {
	s, o string
	p    quads.Predicate
}

// less orders edges by subject id, then object id, then predicate.
func (a edgeRef) less(b edgeRef) bool {
	if a.s != b.s {
		return a.s < b.s
	}
	if a.o != b.o {
		return a.o < b.o
	}
	return a.p < b.p
}

// idsOf returns the ids of nodes, in order.
func (d *indexData) idsOf(nodes []uint32) []string {
	ids := make([]string, len(nodes))
	for i, n := range nodes {
		ids[i] = d.idOf(n)
	}
	return ids
}

func (d *indexData) edgeRefOf(u uint32, h half) edgeRef {
	s, o := u, h.nb()
	if !h.out() {
		s, o = o, s
	}
	return edgeRef{s: d.idOf(s), o: d.idOf(o), p: predicates[h.pred()]}
}

// lookupName returns the entity whose name or alias normalises as name does,
// the one with the smallest id when several do.
func (ix *Index) lookupName(name string) (string, bool) {
	d := ix.load()
	best := ""
	d.names.exact(quads.NormalizeName(name), func(n uint32, alias bool) {
		if id := d.idOf(n); best == "" || id < best {
			best = id
		}
	})
	return best, best != ""
}
