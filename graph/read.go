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
	rels, err := s.quadsWith(ctx, quad.Subject, quads.EntityIRI(sid), p.IRI())
	if err != nil {
		return nil, err
	}
	var labels []quad.Value
	for _, q := range rels {
		if q.Object == quads.EntityIRI(oid) {
			labels = append(labels, q.Label)
		}
	}
	if p.Symmetric() { // stored either way round when loaded by hand
		back, err := s.quadsWith(ctx, quad.Subject, quads.EntityIRI(oid), p.IRI())
		if err != nil {
			return nil, err
		}
		for _, q := range back {
			if q.Object == quads.EntityIRI(sid) {
				labels = append(labels, q.Label)
			}
		}
	}
	if len(labels) == 0 {
		return nil, quads.Errorf(quads.ENOTFOUND, "no edge %q", clip(id))
	}
	return s.hydrateEdge(ctx, sid, p, oid, labels)
}

// EdgesOf returns every edge that starts or ends at the entity, each with its
// evidence, ordered by predicate and then the other end's name.
func (s *Store) EdgesOf(ctx context.Context, entityID string) ([]quads.Edge, error) {
	iri := quads.EntityIRI(entityID)
	type key struct {
		s, o string
		p    quads.Predicate
	}
	labels := map[key][]quad.Value{}
	var order []key
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		qs, err := s.quadsWith(ctx, d, iri, nil)
		if err != nil {
			return nil, err
		}
		for _, q := range qs {
			p, ok := quads.PredicateFromIRI(q.Predicate)
			if !ok {
				continue
			}
			sid, ok1 := quads.IDFromIRI(q.Subject, quads.EntityBase)
			oid, ok2 := quads.IDFromIRI(q.Object, quads.EntityBase)
			if !ok1 || !ok2 {
				continue
			}
			if p.Symmetric() && oid < sid {
				sid, oid = oid, sid
			}
			k := key{sid, oid, p}
			if _, ok := labels[k]; !ok {
				order = append(order, k)
			}
			labels[k] = append(labels[k], q.Label)
		}
	}
	out := make([]quads.Edge, 0, len(order))
	for _, k := range order {
		e, err := s.hydrateEdge(ctx, k.s, k.p, k.o, labels[k])
		if err != nil {
			return nil, err
		}
		out = append(out, *e)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Predicate != out[j].Predicate {
			return out[i].Predicate < out[j].Predicate
		}
		return other(out[i], entityID).Name < other(out[j], entityID).Name
	})
	return out, nil
}

func other(e quads.Edge, id string) quads.Entity {
	if e.Subject.ID == id {
		return e.Object
	}
	return e.Subject
}

// hydrateEdge builds an edge from its ends and the labels of its quads.
func (s *Store) hydrateEdge(ctx context.Context, sid string, p quads.Predicate, oid string, labels []quad.Value) (*quads.Edge, error) {
	subj, err := s.entityOrStub(ctx, sid)
	if err != nil {
		return nil, err
	}
	obj, err := s.entityOrStub(ctx, oid)
	if err != nil {
		return nil, err
	}
	e := &quads.Edge{ID: quads.EdgeID(sid, p, oid), Subject: *subj, Predicate: p, Object: *obj, Evidence: []quads.EdgeEvidence{}}
	seen := map[quad.Value]bool{}
	for _, l := range labels {
		if l == nil || seen[l] {
			continue
		}
		seen[l] = true
		ev, err := s.evidence(ctx, l)
		if err != nil {
			return nil, err
		}
		if ev != nil {
			e.Evidence = append(e.Evidence, *ev)
		}
	}
	sort.SliceStable(e.Evidence, func(i, j int) bool {
		a, b := e.Evidence[i], e.Evidence[j]
		if a.Article.Date != b.Article.Date {
			return a.Article.Date < b.Article.Date
		}
		if a.Article.ID != b.Article.ID {
			return a.Article.ID < b.Article.ID
		}
		return a.Start < b.Start
	})
	return e, nil
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

// evidence reads an evidence node and the article it points at; nil when the
// label is not an evidence node.
func (s *Store) evidence(ctx context.Context, label quad.Value) (*quads.EdgeEvidence, error) {
	if _, ok := quads.IDFromIRI(label, quads.EvidenceBase); !ok {
		return nil, nil
	}
	qs, err := s.quadsWith(ctx, quad.Subject, label, nil)
	if err != nil {
		return nil, err
	}
	ev := &quads.EdgeEvidence{Start: -1, End: -1}
	var art quad.Value
	for _, q := range qs {
		switch q.Predicate {
		case quads.PropArticle:
			art = q.Object
		case quads.PropSentence:
			ev.Sentence = str(q.Object)
		case quads.PropStart:
			ev.Start = integer(q.Object)
		case quads.PropEnd:
			ev.End = integer(q.Object)
		case quads.PropTitle:
			ev.Title = str(q.Object)
		}
	}
	if art == nil {
		return nil, nil
	}
	a, err := s.articleMeta(ctx, art, false)
	if err != nil {
		return nil, err
	}
	ev.Article = a.Ref()
	return ev, nil
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
