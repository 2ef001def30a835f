package graph

import (
	"context"
	"sort"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// ArticleSummary is an article as listed: its metadata and how many
// relations it gave.
type ArticleSummary struct {
	quads.ArticleRef
	File      string `json:"file,omitempty"`
	Relations int    `json:"relations"`
}

// ArticleDetail is one article with its text and what was extracted from it.
type ArticleDetail struct {
	ArticleSummary
	Text      string            `json:"text"`
	Entities  []quads.Entity    `json:"entities"`
	Relations []ArticleRelation `json:"relations"`
}

// ArticleRelation is one relation an article states, with the edge it is
// evidence for.
type ArticleRelation struct {
	Edge      string          `json:"edge"`
	Subject   quads.Entity    `json:"subject"`
	Predicate quads.Predicate `json:"predicate"`
	Object    quads.Entity    `json:"object"`
	Title     string          `json:"title,omitempty"`
	Sentence  string          `json:"sentence"`
	Start     int             `json:"start"`
	End       int             `json:"end"`
}

// Articles returns every stored article, newest first (undated last).
func (s *Store) Articles(ctx context.Context) ([]ArticleSummary, error) {
	qs, err := s.quadsWith(ctx, quad.Object, quads.ClassArticle, quads.RDFType)
	if err != nil {
		return nil, err
	}
	out := make([]ArticleSummary, 0, len(qs))
	seen := map[quad.Value]bool{}
	for _, q := range qs {
		if seen[q.Subject] {
			continue
		}
		seen[q.Subject] = true
		a, err := s.articleMeta(ctx, q.Subject, false)
		if err != nil {
			return nil, err
		}
		n, err := s.relationCount(ctx, q.Subject)
		if err != nil {
			return nil, err
		}
		out = append(out, ArticleSummary{ArticleRef: a.Ref(), File: a.File, Relations: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Date != out[j].Date {
			return out[i].Date > out[j].Date
		}
		return out[i].ID < out[j].ID
	})
	return out, nil
}

func (s *Store) relationCount(ctx context.Context, art quad.Value) (int, error) {
	vs, err := s.objects(ctx, art, quads.PropRelCount)
	if err != nil || len(vs) == 0 {
		return 0, err
	}
	return integer(vs[0]), nil
}

// Article returns one article with its text, entities and relations. It
// returns ENOTFOUND for an article that is not stored.
func (s *Store) Article(ctx context.Context, id string) (*ArticleDetail, error) {
	art := quads.ArticleIRI(id)
	ok, err := s.has(ctx, art, quads.RDFType, quads.ClassArticle)
	if err != nil {
		return nil, err
	} else if !ok {
		return nil, quads.Errorf(quads.ENOTFOUND, "no article %q", clip(id))
	}
	a, err := s.articleMeta(ctx, art, true)
	if err != nil {
		return nil, err
	}
	n, err := s.relationCount(ctx, art)
	if err != nil {
		return nil, err
	}
	d := &ArticleDetail{ArticleSummary: ArticleSummary{ArticleRef: a.Ref(), File: a.File, Relations: n},
		Text: a.Text, Entities: []quads.Entity{}, Relations: []ArticleRelation{}}
	rels, err := s.articleRelations(ctx, art)
	if err != nil {
		return nil, err
	}
	ents := map[string]bool{}
	for _, r := range rels {
		for _, e := range []quads.Entity{r.Subject, r.Object} {
			if !ents[e.ID] {
				ents[e.ID] = true
				d.Entities = append(d.Entities, e)
			}
		}
	}
	// Entities the article names without relating them.
	named, err := s.objects(ctx, art, quads.PropMentions)
	if err != nil {
		return nil, err
	}
	for _, v := range named {
		if id, ok := quads.IDFromIRI(v, quads.EntityBase); ok && !ents[id] {
			e, err := s.entityByID(ctx, id)
			if err != nil {
				return nil, err
			}
			if e != nil {
				ents[id] = true
				d.Entities = append(d.Entities, *e)
			}
		}
	}
	sort.Slice(d.Entities, func(i, j int) bool { return d.Entities[i].Name < d.Entities[j].Name })
	d.Relations = rels
	return d, nil
}

// articleRelations returns the relations whose evidence points at art, in
// text order.
func (s *Store) articleRelations(ctx context.Context, art quad.Value) ([]ArticleRelation, error) {
	evs, err := s.quadsWith(ctx, quad.Object, art, quads.PropArticle)
	if err != nil {
		return nil, err
	}
	out := make([]ArticleRelation, 0, len(evs))
	for _, evq := range evs {
		props, err := s.quadsWith(ctx, quad.Subject, evq.Subject, nil)
		if err != nil {
			return nil, err
		}
		var r ArticleRelation
		var sid, oid string
		for _, q := range props {
			switch q.Predicate {
			case quads.PropSubject:
				sid, _ = quads.IDFromIRI(q.Object, quads.EntityBase)
			case quads.PropObject:
				oid, _ = quads.IDFromIRI(q.Object, quads.EntityBase)
			case quads.PropPredicate:
				r.Predicate, _ = quads.PredicateFromIRI(q.Object)
			case quads.PropTitle:
				r.Title = str(q.Object)
			case quads.PropSentence:
				r.Sentence = str(q.Object)
			case quads.PropStart:
				r.Start = integer(q.Object)
			case quads.PropEnd:
				r.End = integer(q.Object)
			}
		}
		if sid == "" || oid == "" || r.Predicate == "" {
			continue
		}
		subj, err := s.entityOrStub(ctx, sid)
		if err != nil {
			return nil, err
		}
		obj, err := s.entityOrStub(ctx, oid)
		if err != nil {
			return nil, err
		}
		r.Subject, r.Object, r.Edge = *subj, *obj, quads.EdgeID(sid, r.Predicate, oid)
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out, nil
}
