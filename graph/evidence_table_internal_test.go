package graph

import (
	"context"
	"strings"
	"sync/atomic"
	"testing"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// countingStore counts every read of the quad store beneath a Store.
type countingStore struct {
	cgraph.QuadStore
	reads atomic.Int64
}

func (c *countingStore) ValueOf(v quad.Value) cgraph.Ref {
	c.reads.Add(1)
	return c.QuadStore.ValueOf(v)
}
func (c *countingStore) NameOf(r cgraph.Ref) quad.Value { c.reads.Add(1); return c.QuadStore.NameOf(r) }
func (c *countingStore) Quad(r cgraph.Ref) quad.Quad    { c.reads.Add(1); return c.QuadStore.Quad(r) }
func (c *countingStore) QuadIterator(d quad.Direction, r cgraph.Ref) cgraph.Iterator {
	c.reads.Add(1)
	return c.QuadStore.QuadIterator(d, r)
}
func (c *countingStore) QuadIteratorSize(ctx context.Context, d quad.Direction, r cgraph.Ref) (cgraph.Size, error) {
	c.reads.Add(1)
	return c.QuadStore.QuadIteratorSize(ctx, d, r)
}
func (c *countingStore) QuadDirection(r cgraph.Ref, d quad.Direction) cgraph.Ref {
	c.reads.Add(1)
	return c.QuadStore.QuadDirection(r, d)
}
func (c *countingStore) NodesAllIterator() cgraph.Iterator {
	c.reads.Add(1)
	return c.QuadStore.NodesAllIterator()
}
func (c *countingStore) QuadsAllIterator() cgraph.Iterator {
	c.reads.Add(1)
	return c.QuadStore.QuadsAllIterator()
}
func (c *countingStore) Stats(ctx context.Context, exact bool) (cgraph.Stats, error) {
	c.reads.Add(1)
	return c.QuadStore.Stats(ctx, exact)
}

// TestAnswersDoNotReadTheStore counts the reads of the quad store beneath a
// store holding the shipped articles, on memstore and bolt, while it
// answers paths, neighbourhoods, edges, an entity's edges, searches and the
// overview, dated and not: there must be none, and the answers must carry
// evidence. Reading an edge from the store through the same counter shows
// that it counts.
func TestAnswersDoNotReadTheStore(t *testing.T) {
	ctx := context.Background()
	xs := shippedArticleExtractions(t)
	for _, dsn := range []string{"memstore", t.TempDir()} {
		s := mustOpen(t, dsn)
		for _, x := range xs {
			mustWrite(t, s, x)
		}
		counter := &countingStore{QuadStore: s.qs}
		s.qs, s.idx.qs = counter, counter
		d := s.idx.load()
		lnu := quads.EntityID(quads.Organization, "Liaoning University")
		if _, ok := d.nodeOf(lnu); !ok {
			t.Fatal("the shipped graph lacks Liaoning University")
		}
		pieces := 0
		for _, dated := range [][2]string{{"", ""}, {"2020-01-01", ""}} {
			g, err := s.Neighbors(ctx, NeighborQuery{ID: lnu, Depth: 2, Since: dated[0], Until: dated[1]})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range g.Edges {
				pieces += len(e.Evidence)
			}
			for _, n := range g.Nodes[1:min(len(g.Nodes), 12)] {
				ps, err := s.Paths(ctx, PathQuery{From: lnu, To: n.ID, K: 3, Since: dated[0], Until: dated[1]})
				if err != nil && quads.ErrorCode(err) != quads.ENOTFOUND {
					t.Fatal(err)
				}
				for _, p := range ps {
					for _, e := range p.Edges {
						pieces += len(e.Evidence)
					}
				}
			}
		}
		edges, err := s.EdgesOf(ctx, lnu)
		if err != nil || len(edges) == 0 {
			t.Fatalf("edges of LNU: %v, %v", edges, err)
		}
		for _, e := range edges {
			one, err := s.Edge(ctx, e.ID)
			if err != nil {
				t.Fatal(err)
			}
			pieces += len(one.Evidence)
		}
		if _, err := s.Search(ctx, "liaoning univ", "", 10); err != nil {
			t.Fatal(err)
		}
		if _, err := s.Overview(ctx, OverviewQuery{Limit: 50}); err != nil {
			t.Fatal(err)
		}
		if n := counter.reads.Load(); n != 0 || pieces == 0 {
			t.Fatalf("%s: answers read the quad store %d times (%d pieces of evidence answered)", dsn, n, pieces)
		}
		if _, err := StoreEdge(ctx, s, edges[0].ID, "", ""); err != nil {
			t.Fatal(err)
		}
		if counter.reads.Load() == 0 {
			t.Fatal("reading an edge from the store was not counted: the counter shows nothing")
		}
	}
}

// TestVerifyIndexFindsEvidenceDivergence changes one piece of evidence in
// the index in use, and then one article's date: VerifyIndex must name the
// edge both times, against a fresh build and against the store reader.
func TestVerifyIndexFindsEvidenceDivergence(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, t.TempDir())
	mustWrite(t, s, mkExtraction("Lake", "2021-03-04", []tent{
		{Name: "Lake Museum", Type: quads.Organization}, {Name: "Acme University", Type: quads.Organization},
	}, []trel{{S: "Lake Museum", P: quads.SignedWith, O: "Acme University"}}))
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
	for _, change := range []func(*quads.EdgeEvidence){
		func(ev *quads.EdgeEvidence) { ev.Sentence += " (changed)" },
		func(ev *quads.EdgeEvidence) { ev.Article.Date = "2020-01-01" },
	} {
		good := s.idx.load()
		d := good.edit()
		evs := d.evid.evidence(0, nil)
		if len(evs) == 0 {
			t.Fatal("edge 0 has no evidence")
		}
		change(&evs[0])
		if _, err := d.evid.setEdge(0, evs); err != nil {
			t.Fatal(err)
		}
		s.idx.publish(d)
		err := s.VerifyIndex(ctx)
		if err == nil || !strings.Contains(err.Error(), "pieces") || !strings.Contains(err.Error(), "index has evidence") {
			t.Fatalf("verify of an index with a changed piece: %v", err)
		}
		s.idx.publish(good)
	}
}
