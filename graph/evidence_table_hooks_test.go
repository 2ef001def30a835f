package graph

import (
	"context"

	"github.com/coopgraph/coopgraph/quads"
)

// Hooks for the tests of package graph_test: the store-read reference the
// index's answers are held against, and the index's lists of entities and
// edges to ask about.

// StoreEntity reads the entity with id from the quad store, as answers
// described entities before the index kept them.
func StoreEntity(ctx context.Context, s *Store, id string) (*quads.Entity, error) {
	defer s.readLock()()
	r := newStoreReader(ctx, s.qs)
	e := r.entity(id)
	return e, r.err
}

// StoreEdge reads the edge id (quads.EdgeID) and its evidence from the quad
// store, keeping the pieces dated within since and until ("" open) as a
// dated query does when either is set.
func StoreEdge(ctx context.Context, s *Store, id, since, until string) (*quads.Edge, error) {
	sid, p, oid, err := quads.ParseEdgeID(id)
	if err != nil {
		return nil, err
	}
	f, err := newFilter(nil, nil, since, until)
	if err != nil {
		return nil, err
	}
	defer s.readLock()()
	r := newStoreReader(ctx, s.qs)
	subj, obj := r.entity(sid), r.entity(oid)
	_, evs := r.edge(edgeRef{s: sid, p: p, o: oid})
	e := &quads.Edge{ID: id, Subject: *subj, Predicate: p, Object: *obj, Evidence: []quads.EdgeEvidence{}}
	for _, ev := range evs {
		if day, ok := parseDay(ev.Article.Date); !f.dated || ok && day >= f.lo && day <= f.hi {
			e.Evidence = append(e.Evidence, ev)
		}
	}
	return e, r.err
}

// IndexEdgeIDs lists the ids of every edge of the index.
func IndexEdgeIDs(s *Store) []string {
	d := s.idx.load()
	var ids []string
	for n := range uint32(d.nodes()) {
		for h := range d.adj(n) {
			if h.out() {
				r := d.edgeRefOf(n, h)
				ids = append(ids, quads.EdgeID(r.s, r.p, r.o))
			}
		}
	}
	return ids
}

// IndexEntityIDs lists the ids of every node of the index.
func IndexEntityIDs(s *Store) []string {
	d := s.idx.load()
	ids := make([]string, 0, d.nodes())
	for n := range uint32(d.nodes()) {
		ids = append(ids, d.idOf(n))
	}
	return ids
}
