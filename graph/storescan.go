package graph

import (
	"context"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
)

func first(vs []quad.Value) quad.Value {
	if len(vs) == 0 {
		return nil
	}
	return vs[0]
}

// storeQuery returns the values in direction res of the quads matching the
// fixed values of filter, through the store's best index: a filter on
// subject and predicate (and object) becomes one index scan on Cayley's kv
// backends; a filter without subject scans the object's quads.
func storeQuery(ctx context.Context, qs cgraph.QuadStore, res quad.Direction, filter map[quad.Direction]quad.Value) []quad.Value {
	refs := map[quad.Direction]cgraph.Ref{}
	for d, v := range filter {
		r := qs.ValueOf(v)
		if r == nil {
			return nil
		}
		refs[d] = r
	}
	var it cgraph.Iterator
	var check []quad.Direction
	if _, ok := refs[quad.Subject]; ok {
		it = shape.BuildIterator(qs, shape.QuadsAction{Result: res, Filter: refs})
	} else {
		it = qs.QuadIterator(quad.Object, refs[quad.Object])
		for d := range refs {
			if d != quad.Object {
				check = append(check, d)
			}
		}
	}
	defer it.Close()
	var out []cgraph.Ref
	for it.Next(ctx) {
		r := it.Result()
		if r == nil {
			continue
		}
		if check == nil && refs[quad.Subject] != nil {
			out = append(out, r)
			continue
		}
		ok := true
		for _, d := range check {
			if cgraph.ToKey(qs.QuadDirection(r, d)) != cgraph.ToKey(refs[d]) {
				ok = false
				break
			}
		}
		if ok {
			if v := qs.QuadDirection(r, res); v != nil {
				out = append(out, v)
			}
		}
	}
	if len(out) == 0 {
		return nil
	}
	vs, _ := cgraph.ValuesOf(ctx, qs, out)
	return vs
}

func storeLabels(ctx context.Context, qs cgraph.QuadStore, s, p, o quad.Value) []quad.Value {
	return storeQuery(ctx, qs, quad.Label, map[quad.Direction]quad.Value{quad.Subject: s, quad.Predicate: p, quad.Object: o})
}

func storeObjects(ctx context.Context, qs cgraph.QuadStore, s, p quad.Value) []quad.Value {
	return storeQuery(ctx, qs, quad.Object, map[quad.Direction]quad.Value{quad.Subject: s, quad.Predicate: p})
}

func storeSubjects(ctx context.Context, qs cgraph.QuadStore, p, o quad.Value) []quad.Value {
	return storeQuery(ctx, qs, quad.Subject, map[quad.Direction]quad.Value{quad.Predicate: p, quad.Object: o})
}
