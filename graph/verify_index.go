package graph

import (
	"context"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"
	"sort"
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// verifySample is how many edges VerifyIndex reads again from the store
// one by one (all of them in a smaller graph), beside comparing every edge
// with a fresh build.
const verifySample = 1000

// VerifyIndex rebuilds the index from the store and compares it with the one
// in use: the same entities with the same types, the same names and aliases,
// and the same edges with the same evidence counts, dates and pieces of
// evidence. It also reads up to verifySample edges (evenly spread) and
// their ends from the store one by one, as answers did before the index
// held evidence, and compares them with what the index answers. It returns
// an EINTERNAL error that names the first differences it finds.
func (s *Store) VerifyIndex(ctx context.Context) error {
	s.writeMu.Lock() // no write between the rebuild and the comparison
	defer s.writeMu.Unlock()
	fresh, err := buildIndexData(ctx, s.qs)
	if err != nil {
		return fmt.Errorf("graph: verify index: %w", err)
	}
	diffs, err := s.verifyAgainstStore(ctx, s.idx.load())
	if err != nil {
		return fmt.Errorf("graph: verify index: %w", err)
	}
	a, b := describeIndex(s.idx.load()), describeIndex(fresh)
	for k, v := range b {
		if w, ok := a[k]; !ok {
			diffs = append(diffs, fmt.Sprintf("index lacks %s (store: %s)", k, v))
		} else if w != v {
			diffs = append(diffs, fmt.Sprintf("%s: index has %s, store has %s", k, w, v))
		}
	}
	for k, v := range a {
		if _, ok := b[k]; !ok {
			diffs = append(diffs, fmt.Sprintf("index has %s (%s) that the store lacks", k, v))
		}
	}
	if len(diffs) == 0 {
		return nil
	}
	sort.Strings(diffs)
	n := len(diffs)
	if len(diffs) > 10 {
		diffs = diffs[:10]
	}
	return quads.Errorf(quads.EINTERNAL, "path index disagrees with the store in %d places: %s", n, strings.Join(diffs, "; "))
}

// verifyAgainstStore compares up to verifySample edges of d, with their
// ends, with what the store reader reads.
func (s *Store) verifyAgainstStore(ctx context.Context, d *indexData) ([]string, error) {
	var refs []edgeRef
	var nums []uint32
	for n := range uint32(d.nodes()) {
		for h := range d.adj(n) {
			if h.out() {
				refs = append(refs, d.edgeRefOf(n, h))
				nums = append(nums, h.edge())
			}
		}
	}
	step := max(1, len(refs)/verifySample)
	defer s.readLock()()
	r := newStoreReader(ctx, s.qs)
	h := &hydrator{d: d, entities: map[string]*quads.Entity{}}
	var diffs []string
	for i := 0; i < len(refs); i += step {
		ref := refs[i]
		_, want := r.edge(ref)
		if r.err != nil {
			return nil, r.err
		}
		if got := d.evid.evidence(nums[i], nil); !slices.Equal(got, want) {
			diffs = append(diffs, fmt.Sprintf("edge %s: index has evidence %+v, store has %+v", quads.EdgeID(ref.s, ref.p, ref.o), got, want))
		}
		for _, id := range []string{ref.s, ref.o} {
			got, _ := h.entity(ctx, id)
			if want := r.entity(id); r.err == nil && !reflect.DeepEqual(got, want) {
				diffs = append(diffs, fmt.Sprintf("entity %s: index has %+v, store has %+v", id, *got, *want))
			}
		}
	}
	return diffs, r.err
}

// piecesDigest sums up an edge's pieces of evidence, in order.
func piecesDigest(evs []quads.EdgeEvidence) string {
	h := fnv.New64a()
	for _, ev := range evs {
		fmt.Fprintf(h, "%q %q %q %q %q %d %d %q\n", ev.Article.ID, ev.Article.Title, ev.Article.Date, ev.Article.Source,
			ev.Sentence, ev.Start, ev.End, ev.Title)
	}
	return fmt.Sprintf("%d pieces, digest %x", len(evs), h.Sum64())
}

// describeIndex lists what the index says, keyed by what it is about.
func describeIndex(d *indexData) map[string]string {
	out := map[string]string{}
	for n := range uint32(d.nodes()) {
		id := d.idOf(uint32(n))
		if t := d.typeOfNode(n); t != 0 {
			out["entity "+id+" type"] = string(typeOf(t))
		}
		seen := map[uint32]bool{}
		for h := range d.adj(uint32(n)) {
			if !h.out() && !predicates[h.pred()].Symmetric() || seen[h.edge()] {
				continue
			}
			seen[h.edge()] = true
			r := d.edgeRefOf(uint32(n), h)
			key := "edge " + quads.EdgeID(r.s, r.p, r.o)
			e := h.edge()
			var ds []string
			for _, v := range d.edgeDates(e) {
				ds = append(ds, dayString(v))
			}
			out[key] = fmt.Sprintf("%d evidence, dates %v", d.evidence(e), ds)
			out[key+" pieces"] = piecesDigest(d.evid.evidence(e, nil))
		}
	}
	d.cards.each(func(n uint32, c entityCard) {
		out["entity "+d.idOf(n)+" card"] = fmt.Sprintf("names %q aliases %q", c.names, c.aliases)
	})
	names := map[string][]string{}
	for _, en := range d.names.ents {
		id := d.idOf(en.node)
		kind := "name"
		if en.alias {
			kind = "alias"
		}
		names[id] = append(names[id], kind+" "+string(d.names.buf[en.off:en.off+uint32(en.n)]))
	}
	for id, ns := range names {
		sort.Strings(ns)
		out["entity "+id+" names"] = strings.Join(ns, ", ")
	}
	return out
}
