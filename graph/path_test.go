package graph

import (
	"context"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"path"
	"sort"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// randomIndex builds an index over a random small multigraph.
func randomIndex(r *rand.Rand, n, m int) *indexData {
	d := newIndexData()
	for i := 0; i < n; i++ {
		d.setType(d.intern(quads.EntityID(quads.Person, fmt.Sprint("node ", i))), uint8(1+r.IntN(4)))
	}
	for i := 0; i < m; i++ {
		s, o := uint32(r.IntN(n)), uint32(r.IntN(n))
		p := uint8(r.IntN(len(quads.Predicates)))
		if s == o {
			continue
		}
		if _, ok := d.findEdge(s, p, o); ok {
			continue
		}
		var days []uint16
		for j := r.IntN(3); j > 0; j-- {
			days = append(days, uint16(40000+r.IntN(10)))
		}
		d.addEdge(s, p, o, edgeInfo{ev: len(days), dates: sortedDays(days)})
	}
	return d
}

// brutePaths enumerates every loopless node path from src to dst of at most
// maxLen edges that the filter allows.
func brutePaths(d *indexData, src, dst uint32, maxLen int, f *filter) [][]uint32 {
	n := uint32(d.nodes())
	ok := func(u, v uint32) bool {
		found := false
		for h := range d.adj(u) {
			if h.nb() == v && f.edgeOK(d, h) {
				found = true
				break
			}
		}
		return found
	}
	var out [][]uint32
	on := make([]bool, n)
	var walk func(p []uint32)
	walk = func(p []uint32) {
		u := p[len(p)-1]
		if u == dst {
			out = append(out, append([]uint32(nil), p...))
			return
		}
		if len(p)-1 == maxLen {
			return
		}
		for v := uint32(0); v < n; v++ {
			if on[v] || !ok(u, v) || v != dst && !f.nodeOK(d, v) {
				continue
			}
			on[v] = true
			walk(append(p, v))
			on[v] = false
		}
	}
	on[src] = true
	walk([]uint32{src})
	return out
}

func TestPathsProperty(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	graphs := 10000
	if testing.Short() {
		graphs = 500
	}
	ctx := context.Background()
	for g := 0; g < graphs; g++ {
		n := 2 + r.IntN(10)
		d := randomIndex(r, n, n+r.IntN(4*n))
		src, dst := uint32(r.IntN(n)), uint32(r.IntN(n))
		if src == dst {
			continue
		}
		k, maxLen := 1+r.IntN(8), 1+r.IntN(6)
		f := filter{preds: allPredicates, lo: 1, hi: 65535}
		switch r.IntN(4) {
		case 1:
			f.preds = uint8(1 + r.IntN(63))
		case 2:
			f.types = uint8(r.IntN(16)) << 1
		case 3:
			f.dated, f.lo, f.hi = true, 40002, 40006
		}
		want := brutePaths(d, src, dst, maxLen, &f)
		got := d.kShortest(src, dst, k, maxLen, &f, newBudget(ctx, time.Minute))
		wl := make([]int, len(want))
		for i, p := range want {
			wl[i] = len(p)
		}
		sort.Ints(wl)
		if len(wl) > k {
			wl = wl[:k]
		}
		gl := make([]int, len(got))
		seen := map[string]bool{}
		for i, p := range got {
			gl[i] = len(p)
			if p[0] != src || p[len(p)-1] != dst || len(p)-1 > maxLen {
				t.Fatalf("graph %d: path %v does not go from %d to %d within %d", g, p, src, dst, maxLen)
			}
			if i > 0 && len(p) < len(got[i-1]) {
				t.Fatalf("graph %d: paths not shortest first: %v", g, got)
			}
			on := map[uint32]bool{}
			for j, v := range p {
				if on[v] {
					t.Fatalf("graph %d: path %v has a loop", g, p)
				}
				on[v] = true
				if j > 0 {
					if _, ok := d.bestEdge(p[j-1], v, &f); !ok {
						t.Fatalf("graph %d: path %v uses a missing or filtered edge", g, p)
					}
				}
				if j > 0 && j < len(p)-1 && !f.nodeOK(d, v) {
					t.Fatalf("graph %d: path %v passes a filtered node", g, p)
				}
			}
			if key := pathKey(p); seen[key] {
				t.Fatalf("graph %d: path %v twice", g, p)
			} else {
				seen[key] = true
			}
		}
		if fmt.Sprint(gl) != fmt.Sprint(wl) {
			t.Fatalf("graph %d (n=%d k=%d max=%d f=%+v) %d→%d: lengths %v, brute force %v\n got %v\nwant %v",
				g, n, k, maxLen, f, src, dst, gl, wl, got, want)
		}
		// And they are the first k in the stable order, by length and then
		// by their nodes' ids, whatever numbers the index gave the nodes.
		sort.Slice(want, func(i, j int) bool { return pathLess(d, want[i], want[j]) })
		if len(want) > k {
			want = want[:k]
		}
		if ids, wids := pathIDs(d, got), pathIDs(d, want); ids != wids {
			t.Fatalf("graph %d (n=%d k=%d max=%d f=%+v) %d→%d: not the first paths in id order\n got %v\nwant %v",
				g, n, k, maxLen, f, src, dst, ids, wids)
		}
	}
}

func TestPaths(t *testing.T) {
	ctx := context.Background()
	for _, dsn := range []string{"memstore", "bolt"} {
		t.Run(dsn, func(t *testing.T) {
			if dsn == "bolt" {
				dsn = t.TempDir()
			}
			s := openSeeded(t, dsn)
			pan, zhao := id(quads.Person, "Pan Yishan"), id(quads.Person, "Zhao Yanzhi")
			lnu, mus := id(quads.Organization, "Liaoning University"), id(quads.Organization, "Liaoning Provincial Museum")
			t.Run("OK", func(t *testing.T) {
				ps, err := s.Paths(ctx, PathQuery{From: pan, To: mus})
				if err != nil {
					t.Fatal(err)
				}
				if len(ps) != 1 || len(ps[0].Edges) != 2 {
					t.Fatalf("paths %+v", ps)
				}
				e0, e1 := ps[0].Edges[0], ps[0].Edges[1]
				if e0.Subject.ID != pan || e0.Predicate != quads.Leads || e0.Object.ID != lnu {
					t.Fatalf("first edge %s %s %s", e0.Subject.Name, e0.Predicate, e0.Object.Name)
				}
				if e1.Predicate != quads.SignedWith || len(e1.Evidence) != 1 || e1.Evidence[0].Article.Date != "2024-04-28" {
					t.Fatalf("second edge %+v", e1)
				}
				if ps[0].Nodes[1].Name != "Liaoning University" || len(ps[0].Nodes[1].Aliases) != 1 {
					t.Fatalf("middle node %+v", ps[0].Nodes[1])
				}
			})
			t.Run("K", func(t *testing.T) {
				ps, err := s.Paths(ctx, PathQuery{From: zhao, To: pan, K: 5})
				if err != nil {
					t.Fatal(err)
				}
				if len(ps) != 2 || len(ps[0].Edges) != 4 || len(ps[1].Edges) != 5 {
					t.Fatalf("got %d paths", len(ps))
				}
				// Walked against its direction, leads is still reported Pan → LNU.
				last := ps[0].Edges[3]
				if last.Subject.ID != pan || last.Object.ID != lnu {
					t.Fatalf("last edge %s %s %s", last.Subject.Name, last.Predicate, last.Object.Name)
				}
			})
			t.Run("Types", func(t *testing.T) {
				ps, err := s.Paths(ctx, PathQuery{From: zhao, To: pan, K: 5, Types: []quads.EntityType{quads.Organization}})
				if err != nil || len(ps) != 1 {
					t.Fatalf("%d paths, %v", len(ps), err)
				}
			})
			t.Run("ErrNotFound", func(t *testing.T) {
				for _, q := range []PathQuery{
					{From: zhao, To: pan, Since: "2024-01-01"},
					{From: zhao, To: pan, Until: "2023-01-01"},
					{From: zhao, To: pan, Predicates: []quads.Predicate{quads.Leads}},
					{From: zhao, To: pan, MaxLen: 3},
					{From: zhao, To: "nobody"},
				} {
					if _, err := s.Paths(ctx, q); quads.ErrorCode(err) != quads.ENOTFOUND {
						t.Errorf("%+v: err %v", q, err)
					}
				}
				if ps, err := s.Paths(ctx, PathQuery{From: zhao, To: pan, Since: "2023-01-01", Until: "2024-12-31"}); err != nil || len(ps[0].Edges) != 4 {
					t.Fatalf("dated path: %v", err)
				}
			})
			t.Run("ErrInvalid", func(t *testing.T) {
				for _, q := range []PathQuery{
					{From: zhao, To: pan, K: 21}, {From: zhao, To: pan, MaxLen: 11}, {From: zhao, To: pan, K: -1},
					{From: zhao, To: pan, Since: "yesterday"}, {From: zhao, To: pan, Predicates: []quads.Predicate{"likes"}},
					{From: zhao, To: pan, Since: "2024-01-01", Until: "2023-01-01"},
				} {
					if _, err := s.Paths(ctx, q); quads.ErrorCode(err) != quads.EINVALID {
						t.Errorf("%+v: err %v", q, err)
					}
				}
			})
			t.Run("ErrTimeout", func(t *testing.T) {
				cctx, cancel := context.WithCancel(ctx)
				cancel()
				if _, err := s.Paths(cctx, PathQuery{From: zhao, To: pan}); quads.ErrorCode(err) != quads.ETIMEOUT {
					t.Errorf("err %v", err)
				}
			})
			t.Run("Neighbors", func(t *testing.T) {
				g, err := s.Neighbors(ctx, NeighborQuery{ID: lnu})
				if err != nil {
					t.Fatal(err)
				}
				if len(g.Nodes) != 5 || len(g.Edges) != 5 || g.Nodes[0].ID != lnu {
					t.Fatalf("%d nodes %d edges", len(g.Nodes), len(g.Edges))
				}
				g, err = s.Neighbors(ctx, NeighborQuery{ID: lnu, Depth: 2, Limit: 3})
				if err != nil || len(g.Nodes) != 3 {
					t.Fatalf("limit: %v", err)
				}
				g, err = s.Neighbors(ctx, NeighborQuery{ID: zhao, Depth: 4, Since: "2024-01-01"})
				if err != nil || len(g.Nodes) != 1 {
					t.Fatalf("dated: %d nodes, %v", len(g.Nodes), err)
				}
				g, err = s.Neighbors(ctx, NeighborQuery{ID: zhao, Depth: 4})
				if err != nil || len(g.Nodes) != 7 {
					t.Fatalf("depth 4: %d nodes, %v", len(g.Nodes), err)
				}
				for _, q := range []NeighborQuery{{ID: lnu, Depth: 5}, {ID: lnu, Limit: 5001}} {
					if _, err := s.Neighbors(ctx, q); quads.ErrorCode(err) != quads.EINVALID {
						t.Errorf("%+v: %v", q, err)
					}
				}
				if _, err := s.Neighbors(ctx, NeighborQuery{ID: "nobody"}); quads.ErrorCode(err) != quads.ENOTFOUND {
					t.Errorf("unknown: %v", err)
				}
			})
		})
	}
}

// TestPathsCorpus loads the seed articles through the extractor and checks
// paths the articles state: Wang Xiaowen leads the Liaoning Provincial
// Museum, which signed with Shenyang University, which Zhao Yanzhi leads.
func TestPathsCorpus(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, t.TempDir())
	seeds, err := fs.Glob(quads.ShippedArticles(), "seeds/*.txt")
	if err != nil || len(seeds) == 0 {
		t.Fatalf("no shipped seed articles: %v", err)
	}
	for _, f := range seeds {
		text, err := fs.ReadFile(quads.ShippedArticles(), f)
		if err != nil {
			t.Fatal(err)
		}
		x, err := extract.Extract(quads.Article{Text: string(text), File: path.Base(f)})
		if err != nil {
			t.Fatal(err)
		}
		mustWrite(t, s, x)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
	ent := func(name string) string {
		e, err := s.Entity(ctx, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return e.ID
	}
	wang, syu, zhao := ent("Wang Xiaowen"), ent("Shenyang University"), ent("Zhao Yanzhi")
	ps, err := s.Paths(ctx, PathQuery{From: wang, To: syu, K: 3})
	if err != nil {
		t.Fatal(err)
	}
	if len(ps[0].Edges) != 2 || ps[0].Edges[0].Predicate != quads.Leads || ps[0].Edges[1].Predicate != quads.SignedWith {
		t.Fatalf("Wang Xiaowen → Shenyang University: %+v", ps[0].Edges)
	}
	if len(ps[0].Edges[1].Evidence) == 0 || ps[0].Edges[1].Evidence[0].Sentence == "" {
		t.Fatalf("no evidence on %s", ps[0].Edges[1].ID)
	}
	ps, err = s.Paths(ctx, PathQuery{From: wang, To: zhao})
	if err != nil || len(ps[0].Edges) != 3 {
		t.Fatalf("Wang Xiaowen → Zhao Yanzhi: %v", err)
	}
	if got, err := s.Search(ctx, "liaoning provincial musem", "", 3); err != nil || len(got) == 0 || got[0].Name != "Liaoning Provincial Museum" {
		t.Fatalf("search: %v %v", got, err)
	}
}

// pathIDs writes paths as the ids of their nodes.
func pathIDs(d *indexData, ps [][]uint32) string {
	out := make([][]string, len(ps))
	for i, p := range ps {
		out[i] = d.idsOf(p)
	}
	return fmt.Sprint(out)
}
