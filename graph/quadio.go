package graph

import (
	"context"
	"fmt"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"
)

// quadsWith returns every quad whose direction d holds v, optionally only
// those with predicate p (nil for all). It is the one primitive the readers
// build on: Cayley's kv backends index subject and object, so this is a
// prefix scan.
func (s *Store) quadsWith(ctx context.Context, d quad.Direction, v quad.Value, p quad.Value) ([]quad.Quad, error) {
	defer s.readLock()()
	ref := s.qs.ValueOf(v)
	if ref == nil {
		return nil, nil
	}
	it := s.qs.QuadIterator(d, ref)
	defer it.Close()
	var out []quad.Quad
	for it.Next(ctx) {
		q := s.qs.Quad(it.Result())
		if p != nil && q.Predicate != p {
			continue
		}
		out = append(out, q)
	}
	if err := it.Err(); err != nil {
		return nil, fmt.Errorf("graph: scan quads with %s %v: %w", d, v, err)
	}
	return out, ctx.Err()
}

// objects returns the objects of subj's quads with predicate p.
func (s *Store) objects(ctx context.Context, subj quad.Value, p quad.IRI) ([]quad.Value, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, subj, p)
	if err != nil {
		return nil, err
	}
	out := make([]quad.Value, 0, len(qs))
	seen := make(map[quad.Value]bool, len(qs))
	for _, q := range qs {
		if !seen[q.Object] {
			seen[q.Object] = true
			out = append(out, q.Object)
		}
	}
	return out, nil
}

// has reports whether the exact quad s-p-o (any label) is stored.
func (s *Store) has(ctx context.Context, subj quad.Value, p quad.IRI, obj quad.Value) (bool, error) {
	qs, err := s.quadsWith(ctx, quad.Subject, subj, p)
	if err != nil {
		return false, err
	}
	for _, q := range qs {
		if q.Object == obj {
			return true, nil
		}
	}
	return false, nil
}

// applyAdds writes quads in one Cayley transaction, ignoring those already
// stored: all of them are written or none.
func (s *Store) applyAdds(qs []quad.Quad) error {
	return s.applyAddsChecked(context.Background(), qs, nil)
}

// applyAddsChecked is applyAdds after check (when not nil) passes, run
// under the cluster-wide write lock so that no server writes between the
// check and the write. check reads the store, so it runs before the
// store-wide lock of bolt and memstore is taken (which no reader could
// pass); the caller's writeMu keeps this server's writes out meanwhile.
func (s *Store) applyAddsChecked(ctx context.Context, qs []quad.Quad, check func() error) error {
	deltas := make([]cgraph.Delta, len(qs))
	for i, q := range qs {
		deltas[i] = cgraph.Delta{Quad: q, Action: cgraph.Add}
	}
	return s.clusterWrite(ctx, func() error {
		if check != nil {
			if err := check(); err != nil {
				return err
			}
		}
		defer s.writeLock()()
		if err := s.qs.ApplyDeltas(deltas, cgraph.IgnoreOpts{IgnoreDup: true}); err != nil {
			return fmt.Errorf("graph: write %d quads to %s: %w", len(qs), s.backend.Name, err)
		}
		return nil
	})
}

func str(v quad.Value) string {
	switch v := v.(type) {
	case quad.String:
		return string(v)
	case quad.TypedString:
		return string(v.Value)
	case quad.LangString:
		return string(v.Value)
	case nil:
		return ""
	}
	return fmt.Sprint(quad.NativeOf(v))
}

func integer(v quad.Value) int {
	switch v := v.(type) {
	case quad.Int:
		return int(v)
	case quad.TypedString:
		if n, ok := v.Native().(int64); ok {
			return int(n)
		}
	}
	return -1
}
