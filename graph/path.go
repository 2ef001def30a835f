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
	// EvidenceUnavailable lists the edges whose evidence could not be
	// read (the database is down): they are given with none.
	EvidenceUnavailable []string `json:"evidence_unavailable,omitempty"`
}

// bestEdge returns the allowed edge between u and v with the most
// evidence, as u holds it. It reads the edges of whichever end has fewer
// (a path's step next to a hub would otherwise read the hub's thousands)
// and turns v's half of an edge round into u's.
func (d *indexData) bestEdge(u, v uint32, f *filter) (half, bool) {
	from, to := u, v
	if d.degree(v) < d.degree(u) {
		from, to = v, u
	}
	var best half
	found := false
	for h := range d.adj(from) {
		if h.nb() != to || !f.edgeOK(d, h) {
			continue
		}
		if from != u {
			h = mkHalf(v, h.pred(), !h.out(), h.edge())
		}
		if !found || betterEdge(d, h, best) {
			best, found = h, true
		}
	}
	return best, found
}

// betterEdge reports whether h is a better edge to report between the
// same two nodes than x: more evidence, then the smaller predicate, then
// the one leaving the node that holds both.
func betterEdge(d *indexData, h, x half) bool {
	if eh, ex := d.evidence(h.edge()), d.evidence(x.edge()); eh != ex {
		return eh > ex
	}
	if h.pred() != x.pred() {
		return h.pred() < x.pred()
	}
	return h.out() && !x.out()
}

// Paths returns up to q.K shortest loopless paths from q.From to q.To,
// shortest first, each edge with its evidence. Paths are told apart by the
// entities they pass through; between two consecutive entities the allowed
// edge with the most evidence is reported. signed-with is symmetric and
// every other edge may be walked either way. It returns EINVALID for K,
// MaxLen or filters out of range, ENOTFOUND for an unknown entity or when no
// path exists, and ETIMEOUT when the budget or ctx runs out first.
func (s *Store) Paths(ctx context.Context, q PathQuery) ([]Path, error) {
	f, b, err := startQuery(ctx, q.Budget, q.Predicates, q.Types, q.Since, q.Until,
		bound{"k", &q.K, 1, MaxPathK}, bound{"max_len", &q.MaxLen, DefaultMaxLen, MaxPathLen})
	if err != nil {
		return nil, err
	}
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
		return nil, quads.Errorf(quads.ENOTFOUND, "no entity %q in the graph", clip(missing))
	}
	if src == dst {
		return nil, quads.Errorf(quads.EINVALID, "from and to are the same entity")
	}
	found := d.kShortest(src, dst, q.K, q.MaxLen, &f, b)
	if b.err != nil && len(found) == 0 {
		return nil, b.err
	}
	if len(found) == 0 {
		return nil, quads.Errorf(quads.ENOTFOUND, "no path of at most %d edges from %q to %q", q.MaxLen, clip(q.From), clip(q.To))
	}
	refs := make([][]edgeRef, len(found))
	for i, p := range found {
		for j := 1; j < len(p); j++ {
			h, _ := d.bestEdge(p[j-1], p[j], &f)
			refs[i] = append(refs[i], d.edgeRefOf(p[j-1], h))
		}
	}
	h := s.newHydrator(f)
	out := make([]Path, 0, len(found))
	for i := range found {
		var p Path
		if p.Nodes, err = h.entityList(ctx, b, d.idsOf(found[i])); err != nil {
			return nil, err
		}
		if p.Edges, err = h.edgeList(ctx, b, refs[i]); err != nil {
			return nil, err
		}
		p.EvidenceUnavailable, h.unread = h.unread, nil
		if b.check() {
			return nil, b.err
		}
		out = append(out, p)
	}
	return out, nil
}
