package graph

import (
	"context"

	"github.com/coopgraph/coopgraph/quads"
)

// hydrator describes the entities and edges of a query's answer from one
// index snapshot: entities from their cards (cards.go), each edge's
// evidence from the evidence table (evidence_table.go). It reads neither
// the quad store nor the database, so an answer costs no disk or network
// read on any backend, and answers alike while a database is down. What it
// gives equals what reading the store gives (storeReader; verify and the
// tests hold the two together).
type hydrator struct {
	d        *indexData
	f        filter
	entities map[string]*quads.Entity
	// unread lists the edges the index counts evidence for but whose
	// pieces it does not hold, answered without them. The index keeps the
	// two together, so an answer lists none unless they diverge (which
	// verify reports).
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

// newHydrator describes answers from the current snapshot, keeping the
// evidence f allows.
func (s *Store) newHydrator(f filter) *hydrator {
	return &hydrator{d: s.idx.load(), f: f, entities: map[string]*quads.Entity{}}
}

func (h *hydrator) entity(ctx context.Context, id string) (*quads.Entity, error) {
	if e, ok := h.entities[id]; ok {
		return e, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, quads.Errorf(quads.ETIMEOUT, "query cancelled: %v", err)
	}
	e := &quads.Entity{ID: id, Name: id, Aliases: []string{}}
	if n, ok := h.d.nodeOf(id); ok {
		e, _ = h.d.entityCard(n)
	}
	h.entities[id] = e
	return e, nil
}

// entityFast returns the entity with id as the index describes it (as
// entityByID reads it from the store), or a stub that carries only its id
// when the store does not describe it.
func (s *Store) entityFast(ctx context.Context, id string) (*quads.Entity, error) {
	return s.newHydrator(filter{}).entity(ctx, id)
}

// edge describes the edge r with its evidence, those pieces dated in range
// only when the query is dated.
func (h *hydrator) edge(ctx context.Context, r edgeRef) (*quads.Edge, error) {
	subj, err := h.entity(ctx, r.s)
	if err != nil {
		return nil, err
	}
	obj, err := h.entity(ctx, r.o)
	if err != nil {
		return nil, err
	}
	e := &quads.Edge{ID: quads.EdgeID(r.s, r.p, r.o), Subject: *subj, Predicate: r.p, Object: *obj}
	d := h.d
	s, ok1 := d.nodeOf(r.s)
	o, ok2 := d.nodeOf(r.o)
	p, ok3 := predIndex(r.p)
	if !ok1 || !ok2 || !ok3 {
		e.Evidence = []quads.EdgeEvidence{}
		return e, nil
	}
	n, ok := d.findEdge(s, p, o)
	if !ok {
		e.Evidence = []quads.EdgeEvidence{}
		return e, nil
	}
	if d.evid.pieces(n) < int(d.evidence(n)) {
		h.unread = append(h.unread, e.ID)
		e.Evidence = []quads.EdgeEvidence{}
		return e, nil
	}
	e.Evidence = d.evid.evidence(n, &h.f)
	return e, nil
}
