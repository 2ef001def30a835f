package synth_test

import (
	"crypto/sha256"
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// TestSameGraphForASeed pins the graphs two seeds give (their quads, in
// order, as N-Quads, hashed), as the generator gave them before it
// streamed: bench figures stay comparable across versions only while the
// same seed gives the same graph.
func TestSameGraphForASeed(t *testing.T) {
	for _, c := range []struct {
		edges, quads int
		sum          string
	}{
		{2000, 21471, "5c4d709879c75f84cd922530e11d004e929f545e69db7a969848d40ed54f90a1"},
		{10000, 108050, "fdc19f48b82fa23989deea0cf8437de3f3b92e156dda29445a4abf26a3e9d52a"},
	} {
		h := sha256.New()
		qs := synth.New(synth.Config{Edges: c.edges, Seed: uint64(c.edges)}).Quads()
		for _, q := range qs {
			fmt.Fprintln(h, q.NQuad())
		}
		if sum := fmt.Sprintf("%x", h.Sum(nil)); len(qs) != c.quads || sum != c.sum {
			t.Errorf("%d edges: %d quads, sha256 %s; want %d, %s", c.edges, len(qs), sum, c.quads, c.sum)
		}
	}
}

// TestGroupsStreamTheGraph: the groups, one after another, are the graph's
// quads in the order Reader gives them, each group n whole articles (the
// last fewer), so a loader writing each group as a transaction writes the
// same graph, each article whole or absent.
func TestGroupsStreamTheGraph(t *testing.T) {
	g := synth.New(synth.Config{Edges: 3000, Seed: 9})
	want := g.Quads()
	for _, n := range []int{1, 7, 64, 1 << 20} {
		var got []quad.Quad
		groups := 0
		err := g.Groups(n, func(qs []quad.Quad) error {
			groups++
			arts := 0
			for i, q := range qs {
				if q.Predicate == quads.RDFType && q.Object == quads.ClassArticle {
					arts++
					if i > 0 && qs[i-1].Predicate != quads.PropRelCount {
						t.Fatalf("groups of %d: an article starts before the one before it ended", n)
					}
				}
			}
			if qs[len(qs)-1].Predicate != quads.PropRelCount || arts > n || (arts < n && groups*n < g.Articles()) {
				t.Fatalf("groups of %d: group %d holds %d articles, or does not end with an article", n, groups, arts)
			}
			got = append(got, qs...)
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want := (g.Articles() + n - 1) / n; groups != want {
			t.Errorf("groups of %d: %d groups, want %d", n, groups, want)
		}
		if !slices.Equal(got, want) {
			t.Fatalf("groups of %d: %d quads differ from the %d Reader gives", n, len(got), len(want))
		}
	}
	stop := fmt.Errorf("stop")
	calls := 0
	if err := g.Groups(5, func([]quad.Quad) error { calls++; return stop }); err != stop || calls != 1 {
		t.Errorf("Groups went on after write failed: %v after %d calls", err, calls)
	}
}
