package graph

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"unsafe"

	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
	"github.com/google/uuid"
)

// The sections of a persisted index (see index_persist.go): each writes
// part of indexData as arrays and reads it back, checking what the rest of
// the index relies on (every node, edge, entry and token number in range),
// so that a snapshot that passes its checksums but is wrong (a bug) fails
// here instead of in a query.

// chunkedAll returns c's elements as one slice.
func chunkedAll[T any](c *chunked[T]) []T {
	out := make([]T, 0, c.len())
	for _, ch := range c.chunks {
		out = append(out, ch...)
	}
	return out[:c.len()]
}

// sortedEntries returns m's entries ordered by key, so that a snapshot of
// one index is the same bytes every time.
func sortedEntries[K comparable, V any](m *layered[K, V], less func(a, b K) int) ([]K, []V) {
	var ks []K
	vs := map[K]V{}
	m.each(func(k K, v V) {
		ks = append(ks, k)
		vs[k] = v
	})
	slices.SortFunc(ks, less)
	out := make([]V, len(ks))
	for i, k := range ks {
		out[i] = vs[k]
	}
	return ks, out
}

func layeredOf[K comparable, V any](base map[K]V, gone func(V) bool) layered[K, V] {
	return layered[K, V]{base: base, top: map[K]V{}, gone: gone}
}

// nodes: ids (UUIDs in one array, the others by node) and types.
func putNodes(d *indexData, w *sectionWriter) error {
	keys := d.keys[:d.nodes()]
	var raw []byte
	if len(keys) > 0 {
		raw = unsafe.Slice(&keys[0][0], 16*len(keys))
	}
	putArray(w, raw)
	oddNodes, oddIDs := sortedEntries(&d.odd, cmp.Compare[uint32])
	putArray(w, oddNodes)
	w.putStrings(oddIDs)
	putArray(w, chunkedAll(&d.types))
	return nil
}

func getNodes(d *indexData, r *sectionReader) error {
	raw := getArray[uint8](r)
	oddNodes := getArray[uint32](r)
	oddIDs := r.getStrings()
	types := getArray[uint8](r)
	if r.err != nil {
		return nil
	}
	if len(raw)%16 != 0 || len(raw)/16 != len(types) || len(oddNodes) != len(oddIDs) {
		return fmt.Errorf("%d id bytes, %d types, %d odd nodes and %d odd ids", len(raw), len(types), len(oddNodes), len(oddIDs))
	}
	n := len(types)
	if n > 0 {
		d.keys = unsafe.Slice((*uuid.UUID)(unsafe.Pointer(&raw[0])), n)[:n:n]
	}
	odd := make(map[uint32]string, len(oddNodes))
	byOdd := make(map[string]uint32, len(oddNodes))
	for i, nd := range oddNodes {
		if int(nd) >= n {
			return fmt.Errorf("odd node %d of %d", nd, n)
		}
		odd[nd], byOdd[oddIDs[i]] = oddIDs[i], nd
	}
	byKey := make(map[uuid.UUID]uint32, n-len(oddNodes))
	for i, k := range d.keys {
		if _, isOdd := odd[uint32(i)]; !isOdd {
			byKey[k] = uint32(i)
		}
	}
	if len(byKey)+len(byOdd) != n {
		return fmt.Errorf("%d nodes but %d distinct ids", n, len(byKey)+len(byOdd))
	}
	d.odd, d.byOdd, d.byKey = layeredOf(odd, nil), layeredOf(byOdd, nil), layeredOf(byKey, nil)
	d.types = chunkedOf(types)
	return nil
}

// edges: evidence counts and dates.
func putEdges(d *indexData, w *sectionWriter) error {
	putArray(w, chunkedAll(&d.ev))
	putArray(w, chunkedAll(&d.dlo))
	putArray(w, chunkedAll(&d.dhi))
	es, ds := sortedEntries(&d.dates, cmp.Compare[uint32])
	putArray(w, es)
	putLists(w, ds)
	return nil
}

func getEdges(d *indexData, r *sectionReader) error {
	ev, dlo, dhi := getArray[uint16](r), getArray[uint16](r), getArray[uint16](r)
	es := getArray[uint32](r)
	ds := getLists[uint16](r)
	if r.err != nil {
		return nil
	}
	if len(dlo) != len(ev) || len(dhi) != len(ev) || len(es) != len(ds) || len(ev) > maxEdges {
		return fmt.Errorf("%d evidence counts, %d and %d date bounds, %d edges with dates and %d date lists",
			len(ev), len(dlo), len(dhi), len(es), len(ds))
	}
	dates := make(map[uint32][]uint16, len(es))
	for i, e := range es {
		if int(e) >= len(ev) {
			return fmt.Errorf("dates of edge %d of %d", e, len(ev))
		}
		dates[e] = ds[i]
	}
	d.ev, d.dlo, d.dhi = chunkedOf(ev), chunkedOf(dlo), chunkedOf(dhi)
	d.dates = layeredOf(dates, isEmptySlice[uint16])
	return nil
}

// adjacency: the CSR arrays, with the overflow of edges written since the
// last build folded in, each node's own edges before its overflow as
// halves returns them.
func putAdjacency(d *indexData, w *sectionWriter) error {
	n := d.nodes()
	off := make([]uint32, n+1)
	half := make([]uint64, 0, 2*d.edges())
	for i := range uint32(n) {
		a, b := d.halves(i)
		half = append(append(half, a...), b...)
		off[i+1] = uint32(len(half))
	}
	putArray(w, off)
	putArray(w, half)
	return nil
}

func getAdjacency(d *indexData, r *sectionReader) error {
	off, hs := getArray[uint32](r), getArray[uint64](r)
	if r.err != nil {
		return nil
	}
	n, m := d.nodes(), uint32(d.edges())
	if len(off) != n+1 || off[0] != 0 || int(off[n]) != len(hs) {
		return fmt.Errorf("%d offsets for %d nodes and %d half-edges", len(off), n, len(hs))
	}
	for i := range n {
		if off[i] > off[i+1] {
			return fmt.Errorf("offsets of node %d decrease", i)
		}
	}
	for _, w := range hs {
		h := half(w)
		if int(h.nb()) >= n || h.edge() >= m || int(h.pred()) >= len(predicates) {
			return fmt.Errorf("half-edge to node %d, edge %d, predicate %d (of %d, %d, %d)", h.nb(), h.edge(), h.pred(), n, m, len(predicates))
		}
	}
	d.off, d.half = off, hs
	return nil
}

// names: the name index's arena, entries, orders, tokens and postings.
func putNames(d *indexData, w *sectionWriter) error {
	x := &d.names
	built := uint64(0)
	if x.built {
		built = 1
	}
	w.u64(built)
	putArray(w, x.buf)
	nodes, offs := make([]uint32, len(x.ents)), make([]uint32, len(x.ents))
	lens, alias := make([]uint16, len(x.ents)), make([]uint8, len(x.ents))
	for i, e := range x.ents {
		nodes[i], offs[i], lens[i] = e.node, e.off, e.n
		if e.alias {
			alias[i] = 1
		}
	}
	putArray(w, nodes)
	putArray(w, offs)
	putArray(w, lens)
	putArray(w, alias)
	putArray(w, x.sorted)
	w.putStrings(x.toks)
	putLists(w, x.tokLen)
	putArray(w, x.tokSrt)
	putLists(w, x.post)
	putArray(w, x.mask)
	return nil
}

func getNames(d *indexData, r *sectionReader) error {
	built := r.u64() == 1
	buf := getArray[uint8](r)
	nodes, offs := getArray[uint32](r), getArray[uint32](r)
	lens, alias := getArray[uint16](r), getArray[uint8](r)
	sorted := getArray[uint32](r)
	toks := r.getStrings()
	tokLen := getLists[uint32](r)
	tokSrt := getArray[uint32](r)
	post := getLists[uint32](r)
	mask := getArray[uint32](r)
	if r.err != nil {
		return nil
	}
	ne, nt, nn := len(nodes), len(toks), uint32(d.nodes())
	if len(offs) != ne || len(lens) != ne || len(alias) != ne || len(sorted) != ne {
		return fmt.Errorf("entry arrays of %d, %d, %d, %d and %d", ne, len(offs), len(lens), len(alias), len(sorted))
	}
	if len(tokSrt) != nt || len(post) != nt || len(mask) != nt || len(tokLen) != maxTokLen+1 {
		return fmt.Errorf("%d tokens but %d, %d and %d in their orders, postings and masks, %d length lists", nt, len(tokSrt), len(post), len(mask), len(tokLen))
	}
	ents := make([]nameEnt, ne)
	for i := range ents {
		if nodes[i] >= nn || uint64(offs[i])+uint64(lens[i]) > uint64(len(buf)) || alias[i] > 1 {
			return fmt.Errorf("entry %d: node %d of %d, bytes [%d,+%d) of %d", i, nodes[i], nn, offs[i], lens[i], len(buf))
		}
		ents[i] = nameEnt{node: nodes[i], off: offs[i], n: lens[i], alias: alias[i] == 1}
	}
	for _, e := range sorted {
		if int(e) >= ne {
			return fmt.Errorf("entry %d of %d in order", e, ne)
		}
	}
	for _, l := range append(tokLen, tokSrt) {
		for _, t := range l {
			if int(t) >= nt {
				return fmt.Errorf("token %d of %d", t, nt)
			}
		}
	}
	tokID := make(map[string]uint32, nt)
	for i, t := range toks {
		tokID[t] = uint32(i)
		for _, e := range post[i] {
			if int(e) >= ne {
				return fmt.Errorf("posting of token %d: entry %d of %d", i, e, ne)
			}
		}
	}
	d.names = nameIndex{buf: buf, ents: ents, sorted: sorted, built: built, tokID: layeredOf(tokID, nil),
		toks: toks[:nt:nt], tokLen: tokLen, tokSrt: tokSrt, post: post, mask: mask}
	return nil
}

// cards: each named entity's stored names and aliases.
func putCards(d *indexData, w *sectionWriter) error {
	var nnames, naliases []uint32
	var strs []string
	nodes, cards := sortedEntries(&d.cards, cmp.Compare[uint32])
	for _, c := range cards {
		nnames = append(nnames, uint32(len(c.names)))
		naliases = append(naliases, uint32(len(c.aliases)))
		strs = append(append(strs, c.names...), c.aliases...)
	}
	putArray(w, nodes)
	putArray(w, nnames)
	putArray(w, naliases)
	w.putStrings(strs)
	return nil
}

func getCards(d *indexData, r *sectionReader) error {
	nodes, nnames, naliases := getArray[uint32](r), getArray[uint32](r), getArray[uint32](r)
	strs := r.getStrings()
	if r.err != nil {
		return nil
	}
	if len(nnames) != len(nodes) || len(naliases) != len(nodes) {
		return fmt.Errorf("%d cards but %d and %d counts", len(nodes), len(nnames), len(naliases))
	}
	cards := make(map[uint32]entityCard, len(nodes))
	p := 0
	for i, n := range nodes {
		a, b := int(nnames[i]), int(naliases[i])
		if int(n) >= d.nodes() || p+a+b > len(strs) {
			return fmt.Errorf("card of node %d of %d, names past the list", n, d.nodes())
		}
		cards[n] = entityCard{names: strs[p : p+a : p+a], aliases: strs[p+a : p+a+b : p+a+b]}
		p += a + b
	}
	d.cards = layeredOf(cards, nil)
	return nil
}

// pending: the labels of relation quads not yet dated evidence, and the
// edges each labels.
func putPending(d *indexData, w *sectionWriter) error {
	var ss, os []string
	var counts []uint32
	var ps []uint8
	byLabel := newLayered[string, []edgeRef](nil)
	d.pending.each(func(l quad.Value, refs []edgeRef) {
		if b, err := pquads.MarshalValue(l); err == nil && len(refs) > 0 {
			byLabel.set(string(b), refs)
		} // a value Cayley stored always marshals; left out, the label is found again by the next rebuild
	})
	labels, lists := sortedEntries(&byLabel, strings.Compare)
	for _, refs := range lists {
		counts = append(counts, uint32(len(refs)))
		for _, e := range refs {
			p, _ := predIndex(e.p)
			ss, os, ps = append(ss, e.s), append(os, e.o), append(ps, p)
		}
	}
	w.putStrings(labels)
	putArray(w, counts)
	w.putStrings(ss)
	w.putStrings(os)
	putArray(w, ps)
	return nil
}

func getPending(d *indexData, r *sectionReader) error {
	labels := r.getStrings()
	counts := getArray[uint32](r)
	ss, os := r.getStrings(), r.getStrings()
	ps := getArray[uint8](r)
	if r.err != nil {
		return nil
	}
	if len(counts) != len(labels) || len(os) != len(ss) || len(ps) != len(ss) {
		return fmt.Errorf("%d labels, %d counts, %d, %d and %d edge parts", len(labels), len(counts), len(ss), len(os), len(ps))
	}
	pending := make(map[quad.Value][]edgeRef, len(labels))
	p := 0
	for i, lb := range labels {
		l, err := pquads.UnmarshalValue([]byte(lb))
		if err != nil {
			return fmt.Errorf("label %d: %v", i, err)
		}
		c := int(counts[i])
		if p+c > len(ss) {
			return fmt.Errorf("edges of label %d past the list", i)
		}
		refs := make([]edgeRef, c)
		for j := range refs {
			if int(ps[p+j]) >= len(predicates) {
				return fmt.Errorf("predicate %d", ps[p+j])
			}
			refs[j] = edgeRef{s: ss[p+j], o: os[p+j], p: predicates[ps[p+j]]}
		}
		pending[l] = refs
		p += c
	}
	d.pending = layeredOf(pending, isEmptySlice[edgeRef])
	return nil
}
