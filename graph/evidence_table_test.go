package graph_test

import (
	"context"
	"io/fs"
	"math/rand/v2"
	"path"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// shippedExtractions extracts the articles the project ships.
func shippedExtractions(t testing.TB) []*quads.Extraction {
	t.Helper()
	var xs []*quads.Extraction
	for _, p := range quads.ShippedArticlePaths() {
		text, err := fs.ReadFile(quads.ShippedArticles(), p)
		if err != nil {
			t.Fatal(err)
		}
		x, err := extract.Extract(quads.Article{File: path.Base(p), Text: string(text)})
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		xs = append(xs, x)
	}
	return xs
}

// answerChecker holds a store's answers against what reading its quad
// store gives: every entity of an answer as graph.StoreEntity reads it,
// every edge with its evidence (in order, dated filters applied) as
// graph.StoreEdge reads it, and no edge listed as without evidence.
type answerChecker struct {
	t      *testing.T
	s      *graph.Store
	ctx    context.Context
	pieces int // pieces of evidence checked
}

func (c *answerChecker) entities(what string, got []quads.Entity) {
	c.t.Helper()
	for _, e := range got {
		want, err := graph.StoreEntity(c.ctx, c.s, e.ID)
		if err != nil {
			c.t.Fatal(err)
		}
		if a, b := asJSON(c.t, e), asJSON(c.t, want); a != b {
			c.t.Fatalf("%s: entity\n%s\nthe store reads\n%s", what, a, b)
		}
	}
}

func (c *answerChecker) edges(what string, got []quads.Edge, since, until string) {
	c.t.Helper()
	for _, e := range got {
		want, err := graph.StoreEdge(c.ctx, c.s, e.ID, since, until)
		if err != nil {
			c.t.Fatal(err)
		}
		if a, b := asJSON(c.t, e), asJSON(c.t, want); a != b {
			c.t.Fatalf("%s: edge\n%s\nthe store reads\n%s", what, a, b)
		}
		c.pieces += len(e.Evidence)
	}
}

func (c *answerChecker) unread(what string, ids []string) {
	c.t.Helper()
	if len(ids) != 0 {
		c.t.Fatalf("%s: edges listed without evidence: %v", what, ids)
	}
}

// all checks every edge, every entity, and paths and neighbourhoods from
// entities drawn with seed, undated and dated.
func (c *answerChecker) all(seed uint64) {
	c.t.Helper()
	t, s, ctx := c.t, c.s, c.ctx
	c.pieces = 0
	for _, id := range graph.IndexEdgeIDs(s) {
		e, err := s.Edge(ctx, id)
		if err != nil {
			t.Fatalf("edge %s: %v", id, err)
		}
		c.edges("edge", []quads.Edge{*e}, "", "")
	}
	if c.pieces == 0 {
		t.Fatal("no evidence on any edge")
	}
	ids := graph.IndexEntityIDs(s)
	for _, id := range ids {
		e, err := graph.StoreEntity(ctx, s, id)
		if err != nil {
			t.Fatal(err)
		}
		if e.Type == "" {
			continue // a stub: search and Entity give none
		}
		got, err := s.Search(ctx, e.Name, e.Type, 3)
		if err != nil {
			t.Fatalf("search %q: %v", e.Name, err)
		}
		c.entities("search "+e.Name, got)
	}
	r := rand.New(rand.NewPCG(seed, 1))
	dates := [][2]string{{"", ""}, {"2016-01-01", ""}, {"", "2019-06-30"}, {"2018-01-01", "2021-12-31"}}
	paths, nbs := 0, 0
	for i := range 60 {
		from := ids[r.IntN(len(ids))]
		dr := dates[i%len(dates)]
		g, err := s.Neighbors(ctx, graph.NeighborQuery{ID: from, Depth: 2, Limit: 60, Since: dr[0], Until: dr[1]})
		if err != nil {
			t.Fatalf("neighbours of %s: %v", from, err)
		}
		c.entities("neighbourhood", g.Nodes)
		c.edges("neighbourhood", g.Edges, dr[0], dr[1])
		c.unread("neighbourhood", g.EvidenceUnavailable)
		nbs += len(g.Edges)
		// A path to an entity of the neighbourhood (most pairs of the
		// shipped graph are not connected), or anywhere.
		to := ids[r.IntN(len(ids))]
		if len(g.Nodes) > 1 && i%3 != 0 {
			to = g.Nodes[1+r.IntN(len(g.Nodes)-1)].ID
		}
		if from == to {
			continue
		}
		ps, err := s.Paths(ctx, graph.PathQuery{From: from, To: to, K: 3, Since: dr[0], Until: dr[1]})
		if err != nil && quads.ErrorCode(err) != quads.ENOTFOUND {
			t.Fatalf("paths %s → %s: %v", from, to, err)
		}
		for _, p := range ps {
			c.entities("path", p.Nodes)
			c.edges("path", p.Edges, dr[0], dr[1])
			c.unread("path", p.EvidenceUnavailable)
			paths++
		}
	}
	if paths == 0 || nbs == 0 {
		t.Fatalf("%d paths and %d neighbourhood edges checked: the graph is too sparse for the test", paths, nbs)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestAnswersEqualTheStore holds every edge, search, path and neighbourhood
// answer of the index against reading the store, on memstore, bolt and
// PostgreSQL, for the shipped articles and a synthetic graph: after an
// index build, after writes the index took one by one (articles, a second
// article on stored edges, a bulk load), and after a rebuild.
func TestAnswersEqualTheStore(t *testing.T) {
	xs := shippedExtractions(t)
	for _, tc := range []struct {
		name string
		open storetest.Opener
	}{{"memstore", storetest.OpenMemstore}, {"bolt", storetest.OpenBolt}, {"postgres", storetest.OpenPostgres}} {
		t.Run(tc.name, func(t *testing.T) {
			ctx := context.Background()
			s := tc.open(t)
			c := &answerChecker{t: t, s: s, ctx: ctx}
			half := len(xs) / 2
			storetest.MustWrite(t, s, xs[:half]...)
			if err := s.RebuildIndex(ctx); err != nil { // the first half by the build
				t.Fatal(err)
			}
			storetest.MustWrite(t, s, xs[half:]...) // the second by updates
			storetest.MustWrite(t, s, storetest.FixtureTwo(), storetest.FixtureOne(), storetest.Variant(1))
			c.all(1)
			g := synth.New(synth.Config{Edges: 800, Seed: 5})
			if _, err := s.LoadQuads(ctx, g.Reader()); err != nil {
				t.Fatal(err)
			}
			c.all(2)
			if err := s.RebuildIndex(ctx); err != nil {
				t.Fatal(err)
			}
			c.all(3)
		})
	}
}

// TestFollowerAnswersEqualTheStore: a server following another's writes on
// one PostgreSQL database (its index updated from the rows it reads) gives
// the answers reading the store gives, and the same answers as the server
// that wrote.
func TestFollowerAnswersEqualTheStore(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.NewPostgresDB(t)
	open := func() *graph.Store {
		s, err := graph.Open(ctx, dsn, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, b := open(), open()
	xs := shippedExtractions(t)
	storetest.MustWrite(t, a, xs[:10]...)
	storetest.MustWrite(t, b, storetest.FixtureOne())
	storetest.MustWrite(t, a, storetest.FixtureTwo()) // a second piece on an edge b wrote
	storetest.MustWrite(t, b, xs[10:]...)
	if _, err := a.LoadQuads(ctx, synth.New(synth.Config{Edges: 800, Seed: 9}).Reader()); err != nil {
		t.Fatal(err)
	}
	for _, s := range []*graph.Store{a, b} {
		deadline := time.Now().Add(20 * time.Second)
		for s.VerifyIndex(ctx) != nil {
			if time.Now().After(deadline) {
				t.Fatalf("the follower did not catch up: %v", s.VerifyIndex(ctx))
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	for i, s := range []*graph.Store{a, b} {
		c := &answerChecker{t: t, s: s, ctx: ctx}
		c.all(uint64(10 + i))
	}
	for _, id := range graph.IndexEdgeIDs(a) {
		ea, err1 := a.Edge(ctx, id)
		eb, err2 := b.Edge(ctx, id)
		if err1 != nil || err2 != nil || asJSON(t, ea) != asJSON(t, eb) {
			t.Fatalf("edge %s: the writer answers\n%s (%v)\nthe follower\n%s (%v)", id, asJSON(t, ea), err1, asJSON(t, eb), err2)
		}
	}
}
