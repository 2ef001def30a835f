package graph

import (
	"context"
	"sort"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// Bounds of an overview: how many entities it holds by default and at
// most, and how many edges it may carry per entity.
const (
	DefaultOverviewNodes = 2000
	MaxOverviewNodes     = 20000
	OverviewEdgesPerNode = 3
)

// OverviewQuery asks for the best-connected entities of the graph's
// largest component, at most Limit of them (0: DefaultOverviewNodes).
type OverviewQuery struct {
	Limit  int
	Budget time.Duration
}

// OverviewNode is an entity of an overview, with its degree in the whole
// graph, so a picture can size it.
type OverviewNode struct {
	ID     string           `json:"id"`
	Name   string           `json:"name"`
	Type   quads.EntityType `json:"type"`
	Degree int              `json:"degree"`
}

// OverviewEdge is an edge of an overview, without its evidence.
type OverviewEdge struct {
	ID        string          `json:"id"`
	Source    string          `json:"source"`
	Target    string          `json:"target"`
	Predicate quads.Predicate `json:"predicate"`
}

// Overview is a drawable picture of the graph as a whole: its largest
// component's best-connected entities and the edges among them. Total*
// count the component; Truncated says whether nodes or edges were left out.
type Overview struct {
	Nodes      []OverviewNode `json:"nodes"`
	Edges      []OverviewEdge `json:"edges"`
	TotalNodes int            `json:"total_nodes"`
	TotalEdges int            `json:"total_edges"`
	Truncated  bool           `json:"truncated"`
}

// Overview returns the largest connected component of the graph, or, when
// it holds more than Limit entities, its Limit best-connected ones (ties by
// id) with at most OverviewEdgesPerNode×Limit of the edges among them, the
// best evidenced first. It reads the in-memory index, plus the store for
// names. It returns EINVALID for Limit out of range and ETIMEOUT when the
// budget or ctx runs out first.
func (s *Store) Overview(ctx context.Context, q OverviewQuery) (*Overview, error) {
	if q.Limit == 0 {
		q.Limit = DefaultOverviewNodes
	}
	if q.Limit < 1 || q.Limit > MaxOverviewNodes {
		return nil, quads.Errorf(quads.EINVALID, "limit must be between 1 and %d", MaxOverviewNodes)
	}
	b := newBudget(ctx, q.Budget)
	out := &Overview{Nodes: []OverviewNode{}, Edges: []OverviewEdge{}}
	var ids []string
	err := func() error {
		d := s.idx.load()
		comp, err := largestComponent(d, b)
		if err != nil {
			return err
		}
		out.TotalNodes = len(comp)
		type ranked struct {
			n   uint32
			deg int
			id  string
		}
		list := make([]ranked, len(comp))
		for i, n := range comp {
			list[i] = ranked{n, d.degree(n), d.idOf(n)}
		}
		sort.Slice(list, func(i, j int) bool {
			if list[i].deg != list[j].deg {
				return list[i].deg > list[j].deg
			}
			return list[i].id < list[j].id
		})
		if len(list) > q.Limit {
			list = list[:q.Limit]
			out.Truncated = true
		}
		chosen := make(map[uint32]bool, len(list))
		for _, r := range list {
			chosen[r.n] = true
		}
		type cand struct {
			u  uint32
			h  half
			ev uint16
		}
		var cands []cand
		seen := map[uint32]bool{}
		inComp := 0
		for _, r := range list {
			a, bb := d.halves(r.n)
			if b.tick(len(a) + len(bb) + 1) {
				return b.err
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					h := half(hv)
					if seen[h.edge()] || !chosen[h.nb()] || h.nb() == r.n {
						continue
					}
					seen[h.edge()] = true
					cands = append(cands, cand{r.n, h, d.evidence(h.edge())})
				}
			}
		}
		// every edge of the component, counted once from each end
		for _, n := range comp {
			inComp += d.degree(n)
		}
		out.TotalEdges = inComp / 2
		sort.SliceStable(cands, func(i, j int) bool { return cands[i].ev > cands[j].ev })
		if most := OverviewEdgesPerNode * q.Limit; len(cands) > most {
			cands = cands[:most]
			out.Truncated = true
		}
		if len(cands) < out.TotalEdges {
			out.Truncated = true
		}
		for _, c := range cands {
			r := d.edgeRefOf(c.u, c.h)
			out.Edges = append(out.Edges, OverviewEdge{ID: quads.EdgeID(r.s, r.p, r.o), Source: r.s, Target: r.o, Predicate: r.p})
		}
		for _, r := range list {
			ids = append(ids, r.id)
			out.Nodes = append(out.Nodes, OverviewNode{ID: r.id, Degree: r.deg})
		}
		return nil
	}()
	if err != nil {
		return nil, err
	}
	h := s.newHydrator(filter{})
	ents, err := h.entityList(ctx, b, ids)
	if err != nil {
		return nil, err
	}
	for i := range out.Nodes {
		out.Nodes[i].Name, out.Nodes[i].Type = ents[i].Name, ents[i].Type
	}
	return out, nil
}

// largestComponent returns the nodes of the biggest connected set of nodes
// with edges (ties: the one holding the lowest node number).
func largestComponent(d *indexData, b *budget) ([]uint32, error) {
	n := d.nodes()
	comp := make([]int32, n) // 0: not yet seen, else component number
	var best []uint32
	var queue []uint32
	next := int32(0)
	for start := 0; start < n; start++ {
		if comp[start] != 0 || d.degree(uint32(start)) == 0 {
			continue
		}
		next++
		comp[start] = next
		queue = append(queue[:0], uint32(start))
		for i := 0; i < len(queue); i++ {
			u := queue[i]
			a, bb := d.halves(u)
			if b.tick(len(a) + len(bb) + 1) {
				return nil, b.err
			}
			for _, hs := range [2][]uint64{a, bb} {
				for _, hv := range hs {
					v := half(hv).nb()
					if comp[v] == 0 {
						comp[v] = next
						queue = append(queue, v)
					}
				}
			}
		}
		if len(queue) > len(best) {
			best = append(best[:0:0], queue...)
		}
	}
	return best, nil
}
