package graph_test

import (
	"context"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// TestArticleLoaderWriteQuads: groups of an already merged graph's quads
// written by the article loader are all stored and in the index once the
// loader closes; a group with one bad quad is refused whole, with
// EINVALID, and leaves nothing behind.
func TestArticleLoaderWriteQuads(t *testing.T) {
	ctx := context.Background()
	s := storetest.OpenMemstore(t)
	g := synth.New(synth.Config{Edges: 300, Seed: 3})
	l := s.NewArticleLoader()
	groups := 0
	if err := g.Groups(4, func(qs []quad.Quad) error {
		groups++
		if groups == 2 {
			bad := append(append([]quad.Quad(nil), qs...), quad.Quad{Subject: quad.IRI("x"), Predicate: quad.IRI("y")})
			if err := l.WriteQuads(ctx, bad); quads.ErrorCode(err) != quads.EINVALID {
				t.Errorf("a group with a quad without object: %v, want EINVALID", err)
			}
		}
		return l.WriteQuads(ctx, qs)
	}); err != nil {
		t.Fatal(err)
	}
	if err := l.Close(); err != nil {
		t.Fatal(err)
	}
	if err := l.WriteQuads(ctx, g.Quads()[:1]); quads.ErrorCode(err) != quads.EINTERNAL {
		t.Errorf("write after Close: %v", err)
	}
	got, err := s.AllQuads(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if want := len(g.Quads()); len(got) != want {
		t.Fatalf("%d quads stored, want %d: the refused group left some behind, or a group is missing", len(got), want)
	}
	if st := s.IndexStats(); st.Edges != len(g.Edges) {
		t.Fatalf("index holds %d edges after Close, want %d", st.Edges, len(g.Edges))
	}
	e := g.Entities[g.Edges[0].S]
	if nb, err := s.Neighbors(ctx, graph.NeighborQuery{ID: e.ID}); err != nil || len(nb.Nodes) < 2 {
		t.Fatalf("neighbours of %s after the load: %v, %v", e.Name, nb, err)
	}
}
