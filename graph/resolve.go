package graph

import (
	"context"
	"sort"

	"github.com/coopgraph/coopgraph/quads"
)

// namedOfType returns the entity of type t one of whose names or aliases
// normalises as one of names does, the one with the smallest id when
// several do. Writes use it to merge an article's entities into stored
// ones without scanning the store.
func (ix *Index) namedOfType(names []string, t quads.EntityType) (string, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	d := ix.d
	want := typeIndex(t)
	best := ""
	for _, n := range names {
		d.names.exact(quads.NormalizeName(n), func(node uint32, _ bool) {
			if int(node) < len(d.types) && d.types[node] == want {
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
