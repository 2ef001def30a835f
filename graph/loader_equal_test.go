package graph_test

import (
	"context"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// TestArticleLoaderStoresWhatPlainWritesStore: a load through the article
// loader (on bolt its bulk writer, elsewhere ApplyDeltas) leaves the store
// with exactly the quads that the same load leaves through the plain
// writes, on every backend: groups of a generated graph, groups written
// again, and articles merged with stored entities.
func TestArticleLoaderStoresWhatPlainWritesStore(t *testing.T) {
	ctx := context.Background()
	var groups [][]quad.Quad
	synth.New(synth.Config{Edges: 600, Seed: 11}).Groups(8, func(qs []quad.Quad) error {
		groups = append(groups, append([]quad.Quad(nil), qs...))
		return nil
	})
	groups = append(groups, groups[1], append(append([]quad.Quad(nil), groups[0][:7]...), groups[0][:7]...))
	var articles []*quads.Extraction
	articles = append(articles, storetest.FixtureOne(), storetest.FixtureTwo())
	for i := 0; i < 6; i++ {
		articles = append(articles, storetest.Variant(i))
	}
	for _, b := range []struct {
		name string
		open storetest.Opener
	}{{"bolt", storetest.OpenBolt}, {"memstore", storetest.OpenMemstore}, {"postgres", storetest.OpenPostgres}} {
		t.Run(b.name, func(t *testing.T) {
			loaded, plain := b.open(t), b.open(t)
			l := loaded.NewArticleLoader()
			for i, g := range groups {
				if err := l.WriteQuads(ctx, g); err != nil {
					t.Fatalf("loader, group %d: %v", i, err)
				}
			}
			if _, err := l.Write(ctx, articles[:3]); err != nil {
				t.Fatalf("loader, articles: %v", err)
			}
			if _, err := l.Write(ctx, articles[2:]); err != nil {
				t.Fatalf("loader, articles: %v", err)
			}
			if err := l.Close(); err != nil {
				t.Fatal(err)
			}
			for i, g := range groups {
				if _, err := plain.LoadQuads(ctx, quad.NewReader(g)); err != nil {
					t.Fatalf("plain, group %d: %v", i, err)
				}
			}
			for _, x := range append(articles[:3], articles[2:]...) {
				if _, err := plain.WriteExtraction(ctx, x); err != nil {
					t.Fatalf("plain, article %s: %v", x.Article.ID, err)
				}
			}
			got, err := loaded.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			want, err := plain.AllQuads(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(want) < 1000 {
				t.Fatalf("only %d quads written plainly: the load is too small to compare", len(want))
			}
			if !slices.Equal(got, want) {
				t.Errorf("the loader stored %d quads, the plain writes %d", len(got), len(want))
				for _, q := range got {
					if _, found := slices.BinarySearch(want, q); !found {
						t.Errorf("only the loader stored %s", q)
						break
					}
				}
				for _, q := range want {
					if _, found := slices.BinarySearch(got, q); !found {
						t.Errorf("only the plain writes stored %s", q)
						break
					}
				}
			}
			if a, b := loaded.IndexStats(), plain.IndexStats(); a.Edges != b.Edges || a.Nodes != b.Nodes {
				t.Errorf("index after the loader %+v, after the plain writes %+v", a, b)
			}
		})
	}
}
