package graphbench

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// The peers answer the bench's questions on Cayley alone, as a careful
// Cayley user would: one two-way breadth-first search, one Yen and one
// neighbourhood walk (below), each run over two ways of stepping from a
// set of nodes to their neighbours, Cayley's path API and Cayley's quad
// iterators (walker).

var errPeerLimit = errors.New("peer: no path within the limit")

// walker steps over the relation predicates of a Cayley store. N is how it
// holds a node: a value for the path API, a ref for the iterators.
type walker[N any] interface {
	// start returns the node of a value, false when the store lacks it.
	start(v quad.Value) (N, bool)
	// key returns a comparable key of n.
	key(n N) any
	// step calls f with each neighbour of each node of level, and the
	// node it was reached from, until f returns false.
	step(ctx context.Context, level []N, f func(from, to N) bool) error
	values(ctx context.Context, ns []N) ([]quad.Value, error)
	// search finds up to 10 names that contain q, ignoring case.
	search(ctx context.Context, q string) error
}

func relationIRIs() []any {
	preds := make([]any, len(quads.Predicates))
	for i, p := range quads.Predicates {
		preds[i] = p.IRI()
	}
	return preds
}

// pathAPI steps with one Both() over the relation predicates per level,
// tagging each node's parent.
type pathAPI struct {
	qs    cgraph.QuadStore
	preds []any
}

func (w pathAPI) start(v quad.Value) (quad.Value, bool) { return v, w.qs.ValueOf(v) != nil }
func (w pathAPI) key(n quad.Value) any                  { return n }
func (w pathAPI) values(_ context.Context, ns []quad.Value) ([]quad.Value, error) {
	return ns, nil
}

func (w pathAPI) step(ctx context.Context, level []quad.Value, f func(from, to quad.Value) bool) error {
	stopped := false
	err := path.StartPath(w.qs, level...).Tag("parent").Both(w.preds...).Tag("node").Iterate(ctx).TagValues(w.qs, func(m map[string]quad.Value) {
		if v, u := m["node"], m["parent"]; !stopped && v != nil {
			stopped = !f(u, v)
		}
	})
	if err == nil {
		err = ctx.Err()
	}
	return err
}

func (w pathAPI) search(ctx context.Context, q string) error {
	_, err := path.StartPath(w.qs).Out(quads.PropName).Regex(searchRegexp(q)).Limit(10).Iterate(ctx).AllValues(w.qs)
	if err == nil {
		err = ctx.Err()
	}
	return err
}

// iterators steps straight over Cayley's quad iterators: for each node,
// the quads where it is subject and those where it is object, keeping the
// relation predicates. It is the best one can do on Cayley without an index
// of one's own.
type iterators struct {
	qs    cgraph.QuadStore
	preds map[any]bool
}

func newIterators(qs cgraph.QuadStore) iterators {
	w := iterators{qs: qs, preds: map[any]bool{}}
	for _, p := range quads.Predicates {
		if r := qs.ValueOf(p.IRI()); r != nil {
			w.preds[cgraph.ToKey(r)] = true
		}
	}
	return w
}

func (w iterators) start(v quad.Value) (cgraph.Ref, bool) {
	r := w.qs.ValueOf(v)
	return r, r != nil
}

func (w iterators) key(n cgraph.Ref) any { return cgraph.ToKey(n) }

func (w iterators) values(ctx context.Context, ns []cgraph.Ref) ([]quad.Value, error) {
	return cgraph.ValuesOf(ctx, w.qs, ns)
}

func (w iterators) step(ctx context.Context, level []cgraph.Ref, f func(from, to cgraph.Ref) bool) error {
	for _, u := range level {
		for _, d := range []quad.Direction{quad.Subject, quad.Object} {
			it := w.qs.QuadIterator(d, u)
			other := quad.Object
			if d == quad.Object {
				other = quad.Subject
			}
			more := true
			for more && it.Next(ctx) {
				q := it.Result()
				if w.preds[cgraph.ToKey(w.qs.QuadDirection(q, quad.Predicate))] {
					more = f(u, w.qs.QuadDirection(q, other))
				}
			}
			err := it.Err()
			it.Close()
			if err == nil {
				err = ctx.Err()
			}
			if err != nil || !more {
				return err
			}
		}
	}
	return nil
}

func (w iterators) search(ctx context.Context, q string) error {
	re := searchRegexp(q)
	ref := w.qs.ValueOf(quads.PropName)
	if ref == nil {
		return nil
	}
	it := w.qs.QuadIterator(quad.Predicate, ref)
	defer it.Close()
	n := 0
	for it.Next(ctx) && n < 10 {
		if v := w.qs.NameOf(w.qs.QuadDirection(it.Result(), quad.Object)); v != nil && re.MatchString(fmt.Sprint(quad.NativeOf(v))) {
			n++
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}

func searchRegexp(q string) *regexp.Regexp {
	return regexp.MustCompile("(?i)" + regexp.QuoteMeta(strings.TrimSpace(q)))
}

// shortest is a two-way breadth-first search from the smaller frontier,
// avoiding blocked nodes and node pairs (by key), until the frontiers meet;
// the path is read back through each side's parents.
func shortest[N any](ctx context.Context, w walker[N], from, to N, maxLen int, blocked map[any]bool, bpairs map[[2]any]bool) ([]N, error) {
	type side struct {
		par   map[any]N
		root  any
		front []N
	}
	fw := &side{par: map[any]N{}, root: w.key(from), front: []N{from}}
	bw := &side{par: map[any]N{}, root: w.key(to), front: []N{to}}
	fw.par[fw.root], bw.par[bw.root] = from, to
	for depth := 0; depth < maxLen && len(fw.front) > 0 && len(bw.front) > 0; depth++ {
		cur, other := fw, bw
		if len(bw.front) < len(fw.front) {
			cur, other = bw, fw
		}
		var next []N
		var meet N
		met := false
		err := w.step(ctx, cur.front, func(u, v N) bool {
			uk, vk := w.key(u), w.key(v)
			if blocked[vk] || bpairs[[2]any{uk, vk}] || bpairs[[2]any{vk, uk}] {
				return true
			}
			if _, ok := cur.par[vk]; ok {
				return true
			}
			cur.par[vk] = u
			next = append(next, v)
			if _, ok := other.par[vk]; ok {
				meet, met = v, true
				return false
			}
			return true
		})
		if err != nil {
			return nil, err
		}
		if met {
			var p []N
			for v := meet; ; v = fw.par[w.key(v)] {
				p = append(p, v)
				if w.key(v) == fw.root {
					break
				}
			}
			for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
				p[i], p[j] = p[j], p[i]
			}
			for v := meet; w.key(v) != bw.root; {
				v = bw.par[w.key(v)]
				p = append(p, v)
			}
			return p, nil
		}
		cur.front = next
	}
	return nil, errPeerLimit
}

// yen returns up to k shortest loopless paths by Yen's algorithm over
// shortest.
func yen[N any](ctx context.Context, w walker[N], from, to N, k, maxLen int) ([][]N, error) {
	first, err := shortest(ctx, w, from, to, maxLen, nil, nil)
	if err != nil {
		return nil, err
	}
	keyOf := func(p []N) string {
		ks := make([]any, len(p))
		for i, n := range p {
			ks[i] = w.key(n)
		}
		return fmt.Sprint(ks)
	}
	A := [][]N{first}
	seen := map[string]bool{keyOf(first): true}
	var B [][]N
	for len(A) < k {
		prev := A[len(A)-1]
		for i := 0; i+1 < len(prev); i++ {
			root := keyOf(prev[:i+1])
			bp := map[[2]any]bool{}
			for _, p := range A {
				if len(p) > i+1 && keyOf(p[:i+1]) == root {
					bp[[2]any{w.key(p[i]), w.key(p[i+1])}] = true
				}
			}
			bn := map[any]bool{}
			for _, v := range prev[:i] {
				bn[w.key(v)] = true
			}
			s, err := shortest(ctx, w, prev[i], to, maxLen-i, bn, bp)
			if errors.Is(err, errPeerLimit) {
				continue
			} else if err != nil {
				return nil, err
			}
			full := append(append([]N{}, prev[:i]...), s...)
			if key := keyOf(full); !seen[key] {
				seen[key] = true
				B = append(B, full)
			}
		}
		if len(B) == 0 {
			break
		}
		sort.SliceStable(B, func(i, j int) bool { return len(B[i]) < len(B[j]) })
		A = append(A, B[0])
		B = B[1:]
	}
	return A, nil
}

// neighbors walks two levels out from from and reads the values of the
// first benchNbLimit nodes found.
func neighbors[N any](ctx context.Context, w walker[N], from N) error {
	seen := map[any]bool{w.key(from): true}
	level := []N{from}
	var all []N
	for depth := 0; depth < 2; depth++ {
		var next []N
		if err := w.step(ctx, level, func(_, v N) bool {
			if k := w.key(v); !seen[k] {
				seen[k] = true
				next = append(next, v)
			}
			return true
		}); err != nil {
			return err
		}
		all = append(all, next...)
		level = next
	}
	_, err := w.values(ctx, all[:min(len(all), benchNbLimit)])
	return err
}
