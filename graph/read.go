package graph

import (
	"context"
	"sort"
	"strings"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// Entity returns the entity an id, an exact name or an exact alias names.
// When a name is shared by several entities the one with the smallest id is
// returned. It returns ENOTFOUND when none matches.
func (s *Store) Entity(ctx context.Context, idOrName string) (*quads.Entity, error) {
	e, err := s.entityFromStore(ctx, idOrName)
	if err != nil && quads.ErrorCode(err) != quads.ENOTFOUND {
		// The store cannot be read: an index that keeps entity cards
		// still knows (cards.go).
		if e, ok := s.entityFromIndex(idOrName); ok {
			return e, nil
		}
	}
	return e, err
}

// entityFromIndex finds the entity an id, a name or an alias names in the
// index's entity cards, when it keeps them.
func (s *Store) entityFromIndex(idOrName string) (*quads.Entity, bool) {
	d := s.idx.load()
	n, ok := d.nodeOf(idOrName)
	if !ok {
		id, found := s.idx.lookupName(idOrName)
		if !found {
			return nil, false
		}
		n, _ = d.nodeOf(id)
	}
	e, ok := d.entityCard(n)
	if !ok || e.Type == "" {
		return nil, false
	}
	return e, true
}

func (s *Store) entityFromStore(ctx context.Context, idOrName string) (*quads.Entity, error) {
	if e, err := s.entityByID(ctx, idOrName); err != nil || e != nil {
		return e, err
	}
	ids, err := s.entityIDsNamed(ctx, idOrName)
	if err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		if id, ok := s.idx.lookupName(idOrName); ok {
			ids = []string{id}
		}
	}
	sort.Strings(ids)
	for _, id := range ids {
		if e, err := s.entityByID(ctx, id); err != nil || e != nil {
			return e, err
		}
	}
	return nil, quads.Errorf(quads.ENOTFOUND, "no entity with id or name %q", clip(idOrName))
}

// entityByID returns the stored entity with id, or nil when there is none.
func (s *Store) entityByID(ctx context.Context, id string) (*quads.Entity, error) {
	if len(id) != 36 {
		return nil, nil
	}
	qs, err := s.quadsWith(ctx, quad.Subject, quads.EntityIRI(id), nil)
	if err != nil {
		return nil, err
	}
	e := &quads.Entity{ID: id, Aliases: []string{}}
	var names []string
	for _, q := range qs {
		switch q.Predicate {
		case quads.RDFType:
			if t, ok := quads.EntityTypeFromIRI(q.Object); ok {
				e.Type = t
			}
		case quads.PropName:
			names = append(names, str(q.Object))
		case quads.PropAlias:
			e.Aliases = append(e.Aliases, str(q.Object))
		}
	}
	if e.Type == "" || len(names) == 0 {
		return nil, nil
	}
	// Several names come from quads loaded by hand; keep the first in order
	// and the others as aliases so the answer does not depend on scan order.
	sort.Strings(names)
	e.Name = names[0]
	aliases := e.Aliases
	e.Aliases = []string{}
	sort.Strings(aliases)
	for _, a := range append(names[1:], aliases...) {
		e.AddAlias(a)
	}
	return e, nil
}

// entityIDsNamed returns the ids of entities whose name or alias is exactly n.
func (s *Store) entityIDsNamed(ctx context.Context, n string) ([]string, error) {
	qs, err := s.quadsWith(ctx, quad.Object, quad.String(n), nil)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, q := range qs {
		if q.Predicate != quads.PropName && q.Predicate != quads.PropAlias {
			continue
		}
		if id, ok := quads.IDFromIRI(q.Subject, quads.EntityBase); ok {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

// Edge returns the edge with the given id (see quads.EdgeID) and all its
// evidence. It returns EINVALID for a malformed id and ENOTFOUND for an edge
// that is not stored.
func (s *Store) Edge(ctx context.Context, id string) (*quads.Edge, error) {
	sid, p, oid, err := quads.ParseEdgeID(id)
	if err != nil {
		return nil, err
	}
	if !s.idx.hasEdge(sid, p, oid) {
		return nil, quads.Errorf(quads.ENOTFOUND, "no edge %q", clip(id))
	}
	return s.newHydrator(filter{}).edge(ctx, edgeRef{s: sid, p: p, o: oid})
}

// EdgesOf returns every edge that starts or ends at the entity, each with its
// evidence, ordered by predicate, then the other end's name, then the edge id.
func (s *Store) EdgesOf(ctx context.Context, entityID string) ([]quads.Edge, error) {
	out, err := s.newHydrator(filter{}).edgeList(ctx, nil, s.idx.edgesOf(entityID))
	if err != nil {
		return nil, err
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Predicate != out[j].Predicate {
			return out[i].Predicate < out[j].Predicate
		}
		if a, b := other(out[i], entityID).Name, other(out[j], entityID).Name; a != b {
			return a < b
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func other(e quads.Edge, id string) quads.Entity {
	if e.Subject.ID == id {
		return e.Object
	}
	return e.Subject
}

// entityOrStub returns the entity, or a bare one carrying only its id when
// quads loaded by hand name an entity without describing it.
func (s *Store) entityOrStub(ctx context.Context, id string) (*quads.Entity, error) {
	e, err := s.entityByID(ctx, id)
	if err != nil || e != nil {
		return e, err
	}
	return &quads.Entity{ID: id, Name: id, Aliases: []string{}}, nil
}

// articleMeta reads an article node's metadata, and its text when withText.
func (s *Store) articleMeta(ctx context.Context, art quad.Value, withText bool) (*quads.Article, error) {
	id, _ := quads.IDFromIRI(art, quads.ArticleBase)
	a := &quads.Article{ID: id}
	qs, err := s.quadsWith(ctx, quad.Subject, art, nil)
	if err != nil {
		return nil, err
	}
	for _, q := range qs {
		switch q.Predicate {
		case quads.PropText:
			if withText {
				a.Text = str(q.Object)
			}
		case quads.PropTitle:
			a.Title = str(q.Object)
		case quads.PropDate:
			a.Date = str(q.Object)
		case quads.PropSource:
			a.Source = str(q.Object)
		case quads.PropFile:
			a.File = str(q.Object)
		}
	}
	return a, nil
}

func clip(s string) string {
	if len(s) > 80 {
		s = s[:80]
		for len(s) > 0 && !strings.HasSuffix(s, " ") && s[len(s)-1]&0xC0 == 0x80 {
			s = s[:len(s)-1]
		}
		return s + "…"
	}
	return s
}
