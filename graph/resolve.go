package graph

import (
	"context"
	"sort"

	"github.com/coopgraph/coopgraph/quads"
)

// namedOfType returns the entity of type t one of whose names or aliases
// normalises as one of names does, the one with the smallest id when
// several do. Writes use it to merge an article's entities into stored
// ones without scanning the store. Generic descriptions ("the municipal
// government", "the university") never match: they name a different body
// in every article (SCHEMA.md), so two articles' nodes merge only on a
// specific name or an abbreviation.
func (ix *Index) namedOfType(names []string, t quads.EntityType) (string, bool) {
	d := ix.load()
	want := typeIndex(t)
	best := ""
	for _, n := range names {
		if quads.IsGenericName(n) {
			continue
		}
		d.names.exact(quads.NormalizeName(n), func(node uint32, _ bool) {
			if int(node) < d.nodes() && d.typeOfNode(node) == want {
				if id := d.idOf(node); best == "" || id < best {
					best = id
				}
			}
		})
	}
	return best, best != ""
}

// findByNames returns the stored entity of type t that has one of names as
// its name or an alias (compared normalised), the one with the smallest id
// when several do, or nil.
func (s *Store) findByNames(ctx context.Context, t quads.EntityType, names []string) (*quads.Entity, error) {
	id, ok := s.idx.namedOfType(names, t)
	if !ok {
		return nil, nil
	}
	// Only the canonical name is needed, through the subject-predicate
	// index, not the entity's every quad: a hub has thousands.
	unlock := s.readLock()
	vs := storeObjects(ctx, s.qs, quads.EntityIRI(id), quads.PropName)
	unlock()
	if len(vs) == 0 {
		return nil, nil
	}
	ns := make([]string, len(vs))
	for i, v := range vs {
		ns[i] = str(v)
	}
	sort.Strings(ns)
	return &quads.Entity{ID: id, Name: ns[0], Type: t}, nil
}

// hasEdge reports whether the index holds the edge s-p-o (either way round
// for a symmetric p).
func (ix *Index) hasEdge(sid string, p quads.Predicate, oid string) bool {
	d := ix.load()
	sn, ok1 := d.nodeOf(sid)
	on, ok2 := d.nodeOf(oid)
	pi, ok3 := predIndex(p)
	if !ok1 || !ok2 || !ok3 {
		return false
	}
	_, found := d.findEdge(sn, pi, on)
	return found
}

// edgesOf returns every edge at the entity, each once, in its true
// direction.
func (ix *Index) edgesOf(id string) []edgeRef {
	d := ix.load()
	n, ok := d.nodeOf(id)
	if !ok {
		return nil
	}
	var out []edgeRef
	seen := map[uint32]bool{}
	for h := range d.adj(n) {
		if !seen[h.edge()] {
			seen[h.edge()] = true
			out = append(out, d.edgeRefOf(n, h))
		}
	}
	return out
}
