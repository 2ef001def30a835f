package graph

import (
	"context"
	"fmt"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// WriteExtractions stores several articles' extractions as one transaction:
// all of them or none. It writes what WriteExtraction would write for each
// of them in turn (an article already stored, or given twice, changes
// nothing; entities merge with stored ones), with entities also merging
// with those of the earlier articles of xs, so the store ends as if they
// had been written one by one. The index is brought up to date once, after
// the commit. It returns one result per extraction, in order, and EINVALID,
// naming the article by its place in xs, when one is not valid; nothing is
// written then.
func (s *Store) WriteExtractions(ctx context.Context, xs []*quads.Extraction) ([]WriteResult, error) {
	for i, x := range xs {
		if err := x.Validate(); err != nil {
			return nil, quads.Errorf(quads.EINVALID, "article %d of %d: %s", i+1, len(xs), quads.ErrorMessage(err))
		}
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	results := make([]WriteResult, len(xs))
	group := newGroupEntities(s)
	written := map[string]bool{} // articles of xs already taken
	var all []quad.Quad
	seen := map[quad.Quad]bool{}
	for i, x := range xs {
		res := WriteResult{ArticleID: x.Article.ID, Entities: len(x.Entities), Relations: len(x.Relations)}
		if written[x.Article.ID] {
			results[i] = res
			continue
		}
		exists, err := s.has(ctx, quads.ArticleIRI(x.Article.ID), quads.RDFType, quads.ClassArticle)
		if err != nil {
			return nil, err
		} else if exists {
			results[i] = res
			continue
		}
		merged, err := mergeEntities(ctx, x, group.find)
		if err != nil {
			return nil, err
		}
		group.add(merged.Entities)
		written[x.Article.ID] = true
		qs := merged.Quads()
		res.Quads = len(qs)
		res.Created = true
		results[i] = res
		for _, q := range qs {
			if !seen[q] {
				seen[q] = true
				all = append(all, q)
			}
		}
	}
	if len(all) == 0 {
		return results, nil
	}
	if err := ctx.Err(); err != nil {
		return nil, quads.Errorf(quads.ETIMEOUT, "write of %d articles cancelled before it started", len(written))
	}
	if err := s.applyAdds(all); err != nil {
		return nil, fmt.Errorf("graph: write %d articles: %w", len(written), err)
	}
	s.indexAdd(all)
	return results, nil
}

// groupEntities is what the index would know of entities after each
// article of a group had been written, before the group's one commit:
// the stored entities (through findByNames), and those the group's earlier
// articles wrote, which neither the index nor the store hold yet.
type groupEntities struct {
	s      *Store
	byName map[groupName][]string  // type and normalised name or alias → ids
	ents   map[string]quads.Entity // id → the entity as the group wrote it
}

type groupName struct {
	t    quads.EntityType
	name string
}

func newGroupEntities(s *Store) *groupEntities {
	return &groupEntities{s: s, byName: map[groupName][]string{}, ents: map[string]quads.Entity{}}
}

// find is findByNames over the store and the group together: the entity
// with the smallest id of those that carry one of names, as findByNames
// would pick it from an index that held the group's earlier articles. A
// stored entity keeps its stored name.
func (g *groupEntities) find(ctx context.Context, t quads.EntityType, names []string) (*quads.Entity, error) {
	stored, err := g.s.findByNames(ctx, t, names)
	if err != nil {
		return nil, err
	}
	best := ""
	for _, n := range names {
		for _, id := range g.byName[groupName{t, quads.NormalizeName(n)}] {
			if best == "" || id < best {
				best = id
			}
		}
	}
	if best == "" || (stored != nil && stored.ID <= best) {
		return stored, nil
	}
	e := g.ents[best]
	return &quads.Entity{ID: e.ID, Name: e.Name, Type: e.Type}, nil
}

// add records the entities an article of the group writes, merged as they
// will be stored.
func (g *groupEntities) add(es []quads.Entity) {
	for _, e := range es {
		prev, ok := g.ents[e.ID]
		if !ok {
			prev = quads.Entity{ID: e.ID, Name: e.Name, Type: e.Type}
		}
		for _, n := range append([]string{e.Name}, e.Aliases...) {
			k := groupName{e.Type, quads.NormalizeName(n)}
			if !containsString(g.byName[k], e.ID) {
				g.byName[k] = append(g.byName[k], e.ID)
			}
			prev.AddAlias(n)
		}
		g.ents[e.ID] = prev
	}
}

func containsString(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}
