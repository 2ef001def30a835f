package graph

import (
	"sync"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// maxCached bounds each of the hydration cache's maps; past it the map is
// dropped whole, which is cheaper than tracking recency and rare in
// practice (the shipped graph has a few hundred entities).
const maxCached = 200_000

// hydrationCache keeps entities and edges as read from the quad store, so
// that answering a path or a neighbourhood does not read the same
// evidence from Cayley again for every request. Every write to the index
// empties it. A reader records the generation before it reads the store
// and puts what it read only if no write came in between, so a write never
// leaves a stale entry behind.
type hydrationCache struct {
	mu       sync.Mutex
	gen      uint64
	entities cached[quads.Entity]
	edges    cached[quads.Edge] // by edge id, every piece of evidence
}

// cached is one map of the cache, by id; the cache's mutex guards it.
type cached[T any] map[string]*T

func newHydrationCache() *hydrationCache {
	return &hydrationCache{entities: cached[quads.Entity]{}, edges: cached[quads.Edge]{}}
}

// generation returns the current generation, to pass to put.
func (c *hydrationCache) generation() uint64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen
}

// reset empties the cache; the store calls it after every index update.
func (c *hydrationCache) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.gen++
	c.entities = cached[quads.Entity]{}
	c.edges = cached[quads.Edge]{}
}

func (c *hydrationCache) entity(id string) *quads.Entity { return get(c, &c.entities, id) }

func (c *hydrationCache) edge(id string) *quads.Edge { return get(c, &c.edges, id) }

func (c *hydrationCache) putEntity(gen uint64, e *quads.Entity) { put(c, &c.entities, gen, e.ID, e) }

func (c *hydrationCache) putEdge(gen uint64, e *quads.Edge) { put(c, &c.edges, gen, e.ID, e) }

func get[T any](c *hydrationCache, m *cached[T], id string) *T {
	c.mu.Lock()
	defer c.mu.Unlock()
	return (*m)[id]
}

// put stores v unless a write came since gen; a full map is dropped whole.
func put[T any](c *hydrationCache, m *cached[T], gen uint64, id string, v *T) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if gen != c.gen {
		return
	}
	if len(*m) >= maxCached {
		*m = cached[T]{}
	}
	(*m)[id] = v
}

// indexAdd updates the index with quads just written (or read from another
// server's writes) and empties the hydration cache. Callers hold writeMu.
func (s *Store) indexAdd(qs []quad.Quad) {
	s.idx.add(qs)
	s.cache.reset()
}
