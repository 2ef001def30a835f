package graph_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// starExtraction is one article stating that a hub organisation visited
// each of n places, and, apart from them, that two people met: a graph
// whose largest component is the star.
func starExtraction(t *testing.T, n int) (*quads.Extraction, string) {
	t.Helper()
	hub := quads.Entity{ID: quads.EntityID(quads.Organization, "Star Hub Institute"), Name: "Star Hub Institute", Type: quads.Organization, Aliases: []string{}}
	var b strings.Builder
	var sentences []string
	for i := range n {
		s := fmt.Sprintf("Star Hub Institute visited Leaf Town %d.", i)
		sentences = append(sentences, s)
		b.WriteString(s + "\n")
	}
	apart := "Apart Person One visited Apart Person Two."
	b.WriteString(apart + "\n")
	text := b.String()
	x := &quads.Extraction{Article: quads.Article{ID: quads.ArticleID(text), Title: "A star", Date: "2025-01-01", Text: text}}
	x.Entities = append(x.Entities, hub)
	for i, s := range sentences {
		leaf := quads.Entity{ID: quads.EntityID(quads.Place, fmt.Sprintf("Leaf Town %d", i)), Name: fmt.Sprintf("Leaf Town %d", i), Type: quads.Place, Aliases: []string{}}
		x.Entities = append(x.Entities, leaf)
		start := strings.Index(text, s)
		x.Relations = append(x.Relations, quads.Relation{Subject: hub.ID, Predicate: quads.Visited, Object: leaf.ID,
			Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: s, Start: start, End: start + len(s)}})
	}
	p1 := quads.Entity{ID: quads.EntityID(quads.Person, "Apart Person One"), Name: "Apart Person One", Type: quads.Person, Aliases: []string{}}
	p2 := quads.Entity{ID: quads.EntityID(quads.Person, "Apart Person Two"), Name: "Apart Person Two", Type: quads.Person, Aliases: []string{}}
	x.Entities = append(x.Entities, p1, p2)
	start := strings.Index(text, apart)
	x.Relations = append(x.Relations, quads.Relation{Subject: p1.ID, Predicate: quads.Visited, Object: p2.ID,
		Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: apart, Start: start, End: start + len(apart)}})
	if err := x.Validate(); err != nil {
		t.Fatalf("star extraction: %v", err)
	}
	return x, hub.ID
}

func TestOverviewAndTruncatedNeighbors(t *testing.T) {
	ctx := context.Background()
	s := storetest.OpenMemstore(t)
	x, hub := starExtraction(t, 8)
	if _, err := s.WriteExtraction(ctx, x); err != nil {
		t.Fatal(err)
	}
	t.Run("WholeComponent", func(t *testing.T) {
		o, err := s.Overview(ctx, graph.OverviewQuery{})
		if err != nil {
			t.Fatal(err)
		}
		if len(o.Nodes) != 9 || len(o.Edges) != 8 || o.TotalNodes != 9 || o.TotalEdges != 8 || o.Truncated {
			t.Fatalf("overview: %d nodes, %d edges, totals %d/%d, truncated %v", len(o.Nodes), len(o.Edges), o.TotalNodes, o.TotalEdges, o.Truncated)
		}
		if o.Nodes[0].ID != hub || o.Nodes[0].Degree != 8 || o.Nodes[0].Name != "Star Hub Institute" || o.Nodes[0].Type != quads.Organization {
			t.Errorf("the hub is not first with its degree, name and type: %+v", o.Nodes[0])
		}
		for _, n := range o.Nodes {
			if strings.HasPrefix(n.Name, "Apart") {
				t.Errorf("a node of the smaller component is in the overview: %+v", n)
			}
		}
	})
	t.Run("Limited", func(t *testing.T) {
		o, err := s.Overview(ctx, graph.OverviewQuery{Limit: 3})
		if err != nil {
			t.Fatal(err)
		}
		if len(o.Nodes) != 3 || len(o.Edges) != 2 || !o.Truncated || o.TotalNodes != 9 {
			t.Fatalf("overview of 3: %d nodes, %d edges, truncated %v, total %d", len(o.Nodes), len(o.Edges), o.Truncated, o.TotalNodes)
		}
		for _, q := range []graph.OverviewQuery{{Limit: -1}, {Limit: graph.MaxOverviewNodes + 1}} {
			if _, err := s.Overview(ctx, q); quads.ErrorCode(err) != quads.EINVALID {
				t.Errorf("%+v: %v", q, err)
			}
		}
	})
	t.Run("NeighborsSayWhenCut", func(t *testing.T) {
		g, err := s.Neighbors(ctx, graph.NeighborQuery{ID: hub, Limit: 4})
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 4 || !g.Truncated || g.Total != 9 {
			t.Errorf("cut neighbourhood: %d nodes, truncated %v, total %d; want 4, true, 9", len(g.Nodes), g.Truncated, g.Total)
		}
		g, err = s.Neighbors(ctx, graph.NeighborQuery{ID: hub})
		if err != nil {
			t.Fatal(err)
		}
		if len(g.Nodes) != 9 || g.Truncated || g.Total != 9 {
			t.Errorf("whole neighbourhood: %d nodes, truncated %v, total %d; want 9, false, 9", len(g.Nodes), g.Truncated, g.Total)
		}
	})
}
