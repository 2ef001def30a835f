package graph

import (
	"context"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// PathQuery asks for up to K shortest loopless paths between two entities.
// Predicates and Types restrict the edges walked and the entities passed
// through (the two ends are always allowed); Since and Until (YYYY-MM-DD,
// "" open) keep only edges with evidence from articles dated in range.
type PathQuery struct {
	From, To   string // entity ids
	K, MaxLen  int    // 0: 1 path, DefaultMaxLen edges
	Predicates []quads.Predicate
	Types      []quads.EntityType
	Since      string
	Until      string
	Budget     time.Duration // 0: DefaultBudget
}

// Path is a walk between two entities: Nodes[i] and Nodes[i+1] are the ends
// of Edges[i], which is reported in its true direction with its evidence.
type Path struct {
	Nodes []quads.Entity `json:"nodes"`
	Edges []quads.Edge   `json:"edges"`
}

// bestEdge returns the allowed edge between u and v with the most evidence.
func (d *indexData) bestEdge(u, v uint32, f *filter) (half, bool) {
	var best half
	found := false
	d.adj(u, func(h half) bool {
		if h.nb() != v || !f.edgeOK(d, h) {
			return true
		}
		if !found || d.evidence(h.edge()) > d.evidence(best.edge()) ||
			d.evidence(h.edge()) == d.evidence(best.edge()) && h.pred() < best.pred() {
			best, found = h, true
		}
		return true
	})
	return best, found
}

// Paths returns up to q.K shortest loopless paths from q.From to q.To,
// shortest first, each edge with its evidence. Paths are told apart by the
// entities they pass through; between two consecutive entities the allowed
// edge with the most evidence is reported. signed-with is symmetric and
// every other edge may be walked either way. It returns EINVALID for K,
// MaxLen or filters out of range, ENOTFOUND for an unknown entity or when no
// path exists, and ETIMEOUT when the budget or ctx runs out first.
func (s *Store) Paths(ctx context.Context, q PathQuery) ([]Path, error) {
	if q.K == 0 {
		q.K = 1
	}
	if q.MaxLen == 0 {
		q.MaxLen = DefaultMaxLen
	}
	if q.K < 1 || q.K > MaxPathK {
		return nil, quads.Errorf(quads.EINVALID, "k must be between 1 and %d", MaxPathK)
	}
	if q.MaxLen < 1 || q.MaxLen > MaxPathLen {
		return nil, quads.Errorf(quads.EINVALID, "max_len must be between 1 and %d", MaxPathLen)
	}
	f, err := newFilter(q.Predicates, q.Types, q.Since, q.Until)
	if err != nil {
		return nil, err
	}
	b := newBudget(ctx, q.Budget)
	var found [][]uint32
	var refs [][]edgeRef
	var nodeIDs [][]string
	err = func() error {
		d := s.idx.load()
		if testHookSearch != nil {
			testHookSearch()
		}
		src, ok1 := d.nodeOf(q.From)
		dst, ok2 := d.nodeOf(q.To)
		if !ok1 || !ok2 {
			missing := q.From
			if ok1 {
				missing = q.To
			}
			return quads.Errorf(quads.ENOTFOUND, "no entity %q in the graph", clip(missing))
		}
		if src == dst {
			return quads.Errorf(quads.EINVALID, "from and to are the same entity")
		}
		found = d.kShortest(src, dst, q.K, q.MaxLen, &f, b)
		if b.err != nil && len(found) == 0 {
			return b.err
		}
		for _, p := range found {
			var rs []edgeRef
			ids := make([]string, len(p))
			for i, n := range p {
				ids[i] = d.idOf(n)
				if i > 0 {
					h, _ := d.bestEdge(p[i-1], n, &f)
					rs = append(rs, d.edgeRefOf(p[i-1], h))
				}
			}
			refs = append(refs, rs)
			nodeIDs = append(nodeIDs, ids)
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	if len(found) == 0 {
		return nil, quads.Errorf(quads.ENOTFOUND, "no path of at most %d edges from %q to %q", q.MaxLen, clip(q.From), clip(q.To))
	}
	h := s.newHydrator(f)
	out := make([]Path, 0, len(found))
	for i := range found {
		var p Path
		if p.Nodes, err = h.entityList(ctx, b, nodeIDs[i]); err != nil {
			return nil, err
		}
		if p.Edges, err = h.edgeList(ctx, b, refs[i]); err != nil {
			return nil, err
		}
		if b.check() {
			return nil, b.err
		}
		out = append(out, p)
	}
	return out, nil
}
