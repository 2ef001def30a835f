package graph

import (
	"context"
	"fmt"
	"sync"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// Index is the in-memory picture of the graph's topology and names that
// path, neighbourhood and search queries run on. It is built from the quad
// store when the store opens and updated by every write, under the store's
// write lock, after the write has committed.
type Index struct {
	mu    sync.RWMutex
	names map[string][]string // normalised name or alias → entity ids
	edges map[string]int      // edge id → pieces of evidence
}

func buildIndex(ctx context.Context, qs cgraph.QuadStore) (*Index, error) {
	ix := &Index{names: map[string][]string{}, edges: map[string]int{}}
	it := qs.QuadsAllIterator()
	defer it.Close()
	var batch []quad.Quad
	for it.Next(ctx) {
		batch = append(batch, qs.Quad(it.Result()))
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("scan quads: %w", err)
	}
	ix.add(batch)
	return ix, ctx.Err()
}

func (ix *Index) add(qs []quad.Quad) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	for _, q := range qs {
		if p, ok := quads.PredicateFromIRI(q.Predicate); ok {
			s, ok1 := quads.IDFromIRI(q.Subject, quads.EntityBase)
			o, ok2 := quads.IDFromIRI(q.Object, quads.EntityBase)
			if ok1 && ok2 {
				ix.edges[quads.EdgeID(s, p, o)]++
			}
			continue
		}
		if q.Predicate == quads.PropName || q.Predicate == quads.PropAlias {
			if id, ok := quads.IDFromIRI(q.Subject, quads.EntityBase); ok {
				k := quads.NormalizeName(str(q.Object))
				ix.names[k] = appendUnique(ix.names[k], id)
			}
		}
	}
}

func appendUnique(ids []string, id string) []string {
	for _, x := range ids {
		if x == id {
			return ids
		}
	}
	return append(ids, id)
}

// lookupName returns the entity whose name or alias normalises as name does.
func (ix *Index) lookupName(name string) (string, bool) {
	ix.mu.RLock()
	defer ix.mu.RUnlock()
	ids := ix.names[quads.NormalizeName(name)]
	if len(ids) == 0 {
		return "", false
	}
	return ids[0], true
}
