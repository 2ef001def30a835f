package graph

import (
	"context"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// Query limits; past them a query returns EINVALID.
const (
	MaxPathK      = 20
	MaxPathLen    = 10
	MaxDepth      = 4
	MaxLimit      = 5000
	DefaultMaxLen = 6
	DefaultLimit  = 50
	DefaultBudget = 2 * time.Second
)

// allPredicates is a filter's preds with every predicate allowed.
const allPredicates = 1<<len(predicates) - 1

// filter is a query's restrictions in index terms.
type filter struct {
	preds  uint8 // bit per predicate index
	types  uint8 // bit per type index; 0 any
	dated  bool
	lo, hi uint16
}

func newFilter(preds []quads.Predicate, types []quads.EntityType, since, until string) (filter, error) {
	f := filter{preds: allPredicates, lo: 1, hi: 65535}
	if len(preds) > 0 {
		f.preds = 0
		for _, p := range preds {
			i, ok := predIndex(p)
			if !ok {
				return f, quads.Errorf(quads.EINVALID, "unknown predicate %q", p)
			}
			f.preds |= 1 << i
		}
	}
	for _, t := range types {
		i := typeIndex(t)
		if i == 0 {
			return f, quads.Errorf(quads.EINVALID, "unknown entity type %q", t)
		}
		f.types |= 1 << i
	}
	if since != "" {
		d, ok := parseDay(since)
		if !ok {
			return f, quads.Errorf(quads.EINVALID, "since %q is not YYYY-MM-DD", since)
		}
		f.dated, f.lo = true, d
	}
	if until != "" {
		d, ok := parseDay(until)
		if !ok {
			return f, quads.Errorf(quads.EINVALID, "until %q is not YYYY-MM-DD", until)
		}
		f.dated, f.hi = true, d
	}
	if f.lo > f.hi {
		return f, quads.Errorf(quads.EINVALID, "since %s is after until %s", since, until)
	}
	return f, nil
}

func (f *filter) edgeOK(d *indexData, h half) bool {
	if f.preds&(1<<h.pred()) == 0 {
		return false
	}
	return !f.dated || d.inRange(h.edge(), f.lo, f.hi)
}

func (f *filter) nodeOK(d *indexData, n uint32) bool {
	return f.types == 0 || f.types&(1<<d.typeOfNode(n)) != 0
}

// budget stops a query when its time or its context runs out.
type budget struct {
	ctx      context.Context
	deadline time.Time
	n        int
	err      error
}

func newBudget(ctx context.Context, b time.Duration) *budget {
	if b <= 0 {
		b = DefaultBudget
	}
	return &budget{ctx: ctx, deadline: time.Now().Add(b)}
}

// tick counts work and reports whether the query must stop.
func (b *budget) tick(w int) bool {
	if b.err != nil {
		return true
	}
	b.n += w
	if b.n < 4096 {
		return false
	}
	b.n = 0
	return b.check()
}

func (b *budget) check() bool {
	if b.err != nil {
		return true
	}
	if err := b.ctx.Err(); err != nil {
		b.err = quads.Errorf(quads.ETIMEOUT, "query cancelled: %v", err)
	} else if time.Now().After(b.deadline) {
		b.err = quads.Errorf(quads.ETIMEOUT, "query ran past its time budget")
	}
	return b.err != nil
}

// bound is one numeric parameter of a query: 0 takes def, and past
// [1, max] the query is refused.
type bound struct {
	name     string
	v        *int
	def, max int
}

// startQuery is what every index query does first: apply the defaults of
// its bounds and check them, turn its filters into index terms and start
// its budget.
func startQuery(ctx context.Context, b time.Duration, preds []quads.Predicate, types []quads.EntityType, since, until string, bounds ...bound) (filter, *budget, error) {
	for _, x := range bounds {
		if *x.v == 0 {
			*x.v = x.def
		}
		if *x.v < 1 || *x.v > x.max {
			return filter{}, nil, quads.Errorf(quads.EINVALID, "%s must be between 1 and %d", x.name, x.max)
		}
	}
	f, err := newFilter(preds, types, since, until)
	if err != nil {
		return f, nil, err
	}
	return f, newBudget(ctx, b), nil
}
