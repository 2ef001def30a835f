package graph

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// VerifyIndex rebuilds the index from the store and compares it with the one
// in use: the same entities with the same types, the same names and aliases,
// and the same edges with the same evidence counts and dates. It returns an
// EINTERNAL error that names the first differences it finds.
func (s *Store) VerifyIndex(ctx context.Context) error {
	s.writeMu.Lock() // no write between the rebuild and the comparison
	defer s.writeMu.Unlock()
	fresh, err := buildIndexData(ctx, s.qs)
	if err != nil {
		return fmt.Errorf("graph: verify index: %w", err)
	}
	var diffs []string
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
