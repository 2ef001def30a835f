package graph

import (
	"context"
	"fmt"
	"io"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// WriteResult says what a write changed.
type WriteResult struct {
	ArticleID string `json:"article,omitempty"`
	Created   bool   `json:"created"` // false when the article was already stored
	Quads     int    `json:"quads"`   // quads submitted (duplicates of stored ones included)
	Entities  int    `json:"entities"`
	Relations int    `json:"relations"`
}

// WriteExtraction stores one article's extraction as one transaction: all of
// it or none. Writing an article that is already stored changes nothing.
// Entities are merged with stored ones of the same type that carry one of
// their names (as name or alias), so an entity named by several articles is
// one node. It returns EINVALID when the extraction is not valid.
func (s *Store) WriteExtraction(ctx context.Context, x *quads.Extraction) (WriteResult, error) {
	if err := x.Validate(); err != nil {
		return WriteResult{}, err
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	res := WriteResult{ArticleID: x.Article.ID, Entities: len(x.Entities), Relations: len(x.Relations)}
	exists, err := s.has(ctx, quads.ArticleIRI(x.Article.ID), quads.RDFType, quads.ClassArticle)
	if err != nil {
		return res, err
	} else if exists {
		return res, nil
	}
	x, err = s.mergeStoredEntities(ctx, x)
	if err != nil {
		return res, err
	}
	qs := x.Quads()
	res.Quads = len(qs)
	if err := ctx.Err(); err != nil {
		return res, quads.Errorf(quads.ETIMEOUT, "write of article %s cancelled before it started", x.Article.ID)
	}
	if err := s.applyAdds(qs); err != nil {
		return res, fmt.Errorf("graph: write article %s: %w", x.Article.ID, err)
	}
	s.indexAdd(qs)
	res.Created = true
	return res, nil
}

// WriteQuads stores quads as one transaction: all of them or none. Quads
// already stored are ignored, so writing the same quads twice changes
// nothing. It returns EINVALID, naming the quad by its place in qs, for a
// quad Cayley cannot store, text no input may hold, or a body that would
// break the store's invariants (invariants.go): quads in coopgraph's
// vocabulary must keep it whole, as verify checks it; raw quads outside it
// are written as they are. Every route that writes quads calls this (or
// WriteNQuads), so the rules hold whichever handler writes.
func (s *Store) WriteQuads(ctx context.Context, qs []quad.Quad) (int, error) {
	return s.writeChecked(ctx, qs, func(i int) string { return fmt.Sprintf("quad %d", i+1) })
}

// WriteNQuads reads an N-Quads document and writes it as WriteQuads does,
// naming the offending line of the document in every EINVALID. It returns
// the number of quads the document holds (0 for one of only comments).
func (s *Store) WriteNQuads(ctx context.Context, r io.Reader) (int, error) {
	qs, lines, err := quads.ReadNQuadsLines(r)
	if err != nil || len(qs) == 0 {
		return 0, err
	}
	return s.writeChecked(ctx, qs, func(i int) string { return fmt.Sprintf("line %d", lines[i]) })
}

func (s *Store) writeChecked(ctx context.Context, qs []quad.Quad, where func(i int) string) (int, error) {
	for i, q := range qs {
		if err := quads.ValidateQuad(q); err != nil {
			return 0, quads.Errorf(quads.EINVALID, "%s: %s", where(i), quads.ErrorMessage(err))
		}
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	if err := ctx.Err(); err != nil {
		return 0, quads.Errorf(quads.ETIMEOUT, "write of %d quads cancelled before it started", len(qs))
	}
	check := func() error { return s.checkBody(ctx, qs, where) }
	if err := s.applyAddsChecked(ctx, qs, check); err != nil {
		return 0, err
	}
	s.indexAdd(qs)
	return len(qs), nil
}

// mergeStoredEntities returns x with each entity that matches a stored one
// (same type, one of its names stored as a name or alias) given the stored
// id, and the stored entity's name kept as the canonical one, the
// extraction's names becoming aliases. The first match in id order wins, so
// the choice does not depend on Cayley's iteration order.
func (s *Store) mergeStoredEntities(ctx context.Context, x *quads.Extraction) (*quads.Extraction, error) {
	return mergeEntities(ctx, x, s.findByNames)
}

// entityFinder returns the entity of type t that an extracted entity with
// the given names merges into, or nil: findByNames for one article, and
// the group's view (write_batch.go) for several in one transaction.
type entityFinder func(ctx context.Context, t quads.EntityType, names []string) (*quads.Entity, error)

// mergeEntities is mergeStoredEntities with the stored entities found by find.
func mergeEntities(ctx context.Context, x *quads.Extraction, find entityFinder) (*quads.Extraction, error) {
	remap := map[string]string{}
	changed := false
	out := *x
	out.Entities = make([]quads.Entity, 0, len(x.Entities))
	for _, e := range x.Entities {
		stored, err := find(ctx, e.Type, append([]string{e.Name}, e.Aliases...))
		if err != nil {
			return nil, err
		}
		if stored == nil || (stored.ID == e.ID && stored.Name == e.Name) {
			out.Entities = append(out.Entities, e)
			continue
		}
		// The same id spelt otherwise ("ACME University") is the stored
		// entity too, and keeps its one stored name like any merge.
		merged := quads.Entity{ID: stored.ID, Name: stored.Name, Type: e.Type}
		merged.AddAlias(e.Name)
		for _, a := range e.Aliases {
			merged.AddAlias(a)
		}
		if stored.ID != e.ID {
			remap[e.ID] = stored.ID
		}
		changed = true
		out.Entities = append(out.Entities, merged)
	}
	if !changed {
		return x, nil
	}
	// Two extracted entities may now be one stored entity: keep one.
	seen := map[string]int{}
	ents := out.Entities[:0]
	for _, e := range out.Entities {
		if i, ok := seen[e.ID]; ok {
			for _, a := range append([]string{e.Name}, e.Aliases...) {
				ents[i].AddAlias(a)
			}
			continue
		}
		seen[e.ID] = len(ents)
		ents = append(ents, e)
	}
	out.Entities = ents
	out.Relations = make([]quads.Relation, 0, len(x.Relations))
	for _, r := range x.Relations {
		if id, ok := remap[r.Subject]; ok {
			r.Subject = id
		}
		if id, ok := remap[r.Object]; ok {
			r.Object = id
		}
		if r.Subject == r.Object {
			continue // two names the article kept apart are one stored entity
		}
		out.Relations = append(out.Relations, r)
	}
	return &out, nil
}

// LoadBatch bounds the quads LoadQuads writes per transaction. It starts
// with 10,000 and doubles after each commit: Cayley's kv backends shard
// node values over 2×65,536 bolt buckets, created as values arrive, and
// bolt pays for each bucket created in proportion to the buckets already
// created in the same transaction; once they exist, fewer and larger
// commits rewrite fewer pages.
const LoadBatch = 1000000

// LoadQuads bulk-loads quads read from r, for the benchmark's synthetic
// graphs. Unlike WriteQuads it is not one transaction: it commits every
// LoadBatch quads, and it does not check the store's invariants (a batch
// may end inside an article), so no route or command of the server calls
// it: coopgraph load goes through WriteNQuads. Quads already stored are ignored. The index is brought
// up to date at the end (rebuilt from the store after a large load). It
// returns the number of quads read.
func (s *Store) LoadQuads(ctx context.Context, r quad.Reader) (int, error) {
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	var (
		n     int
		buf   = make([]quad.Quad, 0, 4096)
		small []quad.Quad // all quads while few enough for an incremental index update
		batch = 10000
	)
	flush := func() error {
		if len(buf) == 0 {
			return nil
		}
		if err := s.applyAdds(buf); err != nil {
			return err
		}
		batch = min(2*batch, LoadBatch)
		if n <= bulkRebuild {
			small = append(small, buf...)
		}
		buf = buf[:0]
		return nil
	}
	fail := func(err error) (int, error) {
		s.idx.rebuild() // what was written is in the store
		return n, fmt.Errorf("graph: bulk load into %s: %w", s.backend.Name, err)
	}
	for {
		q, err := r.ReadQuad()
		if err == io.EOF {
			break
		} else if err != nil {
			return fail(err)
		}
		if err := quads.ValidateQuad(q); err != nil {
			return fail(quads.Errorf(quads.EINVALID, "quad %d: %s", n+1, quads.ErrorMessage(err)))
		}
		buf = append(buf, q)
		n++
		if len(buf) >= batch {
			if err := ctx.Err(); err != nil {
				return fail(quads.Errorf(quads.ETIMEOUT, "bulk load cancelled after %d quads", n))
			}
			if err := flush(); err != nil {
				return fail(err)
			}
		}
	}
	if err := flush(); err != nil {
		return fail(err)
	}
	if n <= bulkRebuild {
		s.indexAdd(small)
	} else {
		err := s.idx.rebuild()
		if err != nil {
			return n, fmt.Errorf("graph: index after bulk load: %w", err)
		}
	}
	return n, nil
}
