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
	l := s.NewArticleLoader()
	res, err := l.Write(ctx, xs)
	if cerr := l.Close(); err == nil && cerr != nil {
		return res, cerr
	}
	return res, err
}

// ArticleLoader writes many articles in groups, each group one transaction
// (Write) or, on bolt, whole groups gathered into transactions of some
// LoaderOptions.TxQuads quads (bulkWriter), as coopgraph load does: every article
// is whole or absent after a crash, and the store ends as if each article had
// been written by WriteExtraction in turn, and the index is brought up to
// date once, by Close, rather than after every article or group. Entities
// written by earlier groups are merged with from the loader's own table
// meanwhile. From NewArticleLoader to Close the loader holds the store's
// write lock, so no other write of this process sees the index behind the
// store; Close must be called.
type ArticleLoader struct {
	s       *Store
	ents    *groupEntities
	written map[string]bool // articles this loader wrote
	pending []quad.Quad     // written, not yet in the index, while few
	stale   bool            // so many written that the index is rebuilt
	closed  bool
	bulk    *bulkWriter // on bolt: the writer of the groups (bulkbolt.go)
}

// LoaderOptions tune an article loader.
type LoaderOptions struct {
	// TxQuads: on bolt, the loader gathers whole groups until they hold
	// this many quads and writes them as one transaction; 0 means
	// DefaultLoadTxQuads, 1 a transaction per group.
	TxQuads int
}

// NewArticleLoader takes the store's write lock until Close.
func (s *Store) NewArticleLoader() *ArticleLoader {
	return s.NewArticleLoaderWith(LoaderOptions{})
}

// NewArticleLoaderWith is NewArticleLoader with options.
func (s *Store) NewArticleLoaderWith(o LoaderOptions) *ArticleLoader {
	if o.TxQuads <= 0 {
		o.TxQuads = DefaultLoadTxQuads
	}
	s.writeMu.Lock()
	l := &ArticleLoader{s: s, ents: newGroupEntities(s), written: map[string]bool{}}
	if s.bolt != nil && bulkLayoutOK(s.bolt) == nil {
		l.bulk = s.startBulkWriter(o.TxQuads)
	}
	return l
}

// add writes one group as one transaction: on bolt handed to the bulk
// writer, which commits it after add returns (an error then comes from a
// later add or from Close), elsewhere by ApplyDeltas before add returns.
func (l *ArticleLoader) add(qs []quad.Quad) error {
	if l.bulk != nil {
		return l.bulk.write(qs)
	}
	return l.s.applyAdds(qs)
}

// Write stores xs as one transaction, all or nothing, and returns one
// result per extraction, in order; EINVALID, naming the article by its
// place in xs, when one is not valid. On bolt the transaction commits
// after Write returns (bulkWriter): its failure is returned by the next
// Write or WriteQuads, or by Close, and Close returns once all are
// committed.
func (l *ArticleLoader) Write(ctx context.Context, xs []*quads.Extraction) ([]WriteResult, error) {
	if l.closed {
		return nil, quads.Errorf(quads.EINTERNAL, "article loader used after Close")
	}
	for i, x := range xs {
		if err := x.Validate(); err != nil {
			return nil, quads.Errorf(quads.EINVALID, "article %d of %d: %s", i+1, len(xs), quads.ErrorMessage(err))
		}
	}
	s := l.s
	// The group's entities are recorded only once it is committed, so a
	// failed group leaves nothing behind in the loader either.
	group := l.ents.child()
	results := make([]WriteResult, len(xs))
	taken := map[string]bool{}
	var all []quad.Quad
	seen := map[quad.Quad]bool{}
	for i, x := range xs {
		res := WriteResult{ArticleID: x.Article.ID, Entities: len(x.Entities), Relations: len(x.Relations)}
		results[i] = res
		if taken[x.Article.ID] || l.written[x.Article.ID] {
			continue
		}
		exists, err := s.has(ctx, quads.ArticleIRI(x.Article.ID), quads.RDFType, quads.ClassArticle)
		if err != nil {
			return nil, err
		} else if exists {
			continue
		}
		merged, err := mergeEntities(ctx, x, group.find)
		if err != nil {
			return nil, err
		}
		group.add(merged.Entities)
		taken[x.Article.ID] = true
		qs := merged.Quads()
		res.Quads, res.Created = len(qs), true
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
		return nil, quads.Errorf(quads.ETIMEOUT, "write of %d articles cancelled before it started", len(taken))
	}
	if err := l.add(all); err != nil {
		return nil, fmt.Errorf("graph: write %d articles: %w", len(taken), err)
	}
	l.ents.adopt(group)
	for id := range taken {
		l.written[id] = true
	}
	if !l.stale {
		l.pending = append(l.pending, all...)
		if len(l.pending) > bulkRebuild {
			l.pending, l.stale = nil, true
		}
	}
	return results, nil
}

// WriteQuads stores one group of articles given as quads, already merged
// (a generator's or an export's, whose entities need no merging with the
// store's), as one transaction, all or nothing: what Write does once it
// has the group's quads. Like LoadQuads it checks each quad but not the
// store's invariants, and the index is brought up to date by Close. It
// returns EINVALID, naming the quad by its place in qs, when one is not
// valid; nothing is written then. qs may be reused once it returns.
func (l *ArticleLoader) WriteQuads(ctx context.Context, qs []quad.Quad) error {
	if l.closed {
		return quads.Errorf(quads.EINTERNAL, "article loader used after Close")
	}
	for i, q := range qs {
		if err := quads.ValidateQuad(q); err != nil {
			return quads.Errorf(quads.EINVALID, "quad %d of %d: %s", i+1, len(qs), quads.ErrorMessage(err))
		}
	}
	if len(qs) == 0 {
		return nil
	}
	if err := ctx.Err(); err != nil {
		return quads.Errorf(quads.ETIMEOUT, "write of %d quads cancelled before it started", len(qs))
	}
	if err := l.add(qs); err != nil {
		return fmt.Errorf("graph: write a group of %d quads: %w", len(qs), err)
	}
	if !l.stale {
		l.pending = append(l.pending, qs...)
		if len(l.pending) > bulkRebuild {
			l.pending, l.stale = nil, true
		}
	}
	return nil
}

// Close brings the index up to date with everything the loader wrote (by
// the same update as every write, or, past bulkRebuild quads, a rebuild
// from the store) and releases the write lock.
func (l *ArticleLoader) Close() error {
	if l.closed {
		return nil
	}
	l.closed = true
	defer l.s.writeMu.Unlock()
	var werr error
	if l.bulk != nil {
		if werr = l.bulk.close(); werr != nil {
			// Some groups handed over were not written: the index is
			// rebuilt from what the store holds.
			l.stale = true
		}
	}
	if l.stale {
		if err := l.s.idx.rebuild(); err != nil {
			return fmt.Errorf("graph: index after loading %d articles: %w", len(l.written), err)
		}
		return werr
	}
	if len(l.pending) > 0 {
		l.s.indexAdd(l.pending)
	}
	return nil
}

// groupEntities is what the index would know of entities had each article
// a loader wrote been written on its own: the entities stored before the
// loader began (through findByNames and the index), and those its articles
// wrote, which the index does not hold until Close (nor the store, for the
// group being written). A group's table sits over the loader's (parent)
// until its commit.
type groupEntities struct {
	s      *Store
	parent *groupEntities          // entities of earlier, committed groups
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
	best, name := "", ""
	for h := g; h != nil; h = h.parent {
		for _, n := range names {
			for _, id := range h.byName[groupName{t, quads.NormalizeName(n)}] {
				if best == "" || id < best {
					best, name = id, h.ents[id].Name
				}
			}
		}
	}
	if best == "" || (stored != nil && stored.ID <= best) {
		return stored, nil
	}
	return &quads.Entity{ID: best, Name: name, Type: t}, nil
}

// child returns an empty table for a new group over g.
func (g *groupEntities) child() *groupEntities {
	c := newGroupEntities(g.s)
	c.parent = g
	return c
}

// adopt takes a committed group's entities into g.
func (g *groupEntities) adopt(c *groupEntities) {
	for _, e := range c.ents {
		g.add([]quads.Entity{e})
	}
}

// add records the entities an article of the group writes, merged as they
// will be stored.
func (g *groupEntities) add(es []quads.Entity) {
	for _, e := range es {
		prev, ok := g.ents[e.ID]
		if !ok {
			prev = quads.Entity{ID: e.ID, Name: e.Name, Type: e.Type, Aliases: []string{}}
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
