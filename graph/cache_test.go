package graph_test

import (
	"context"
	"testing"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// TestCachedEdgesSeeNewEvidence asks a path twice around a write that adds
// evidence to its edge: the second answer must carry it, not the cached
// edge of the first.
func TestCachedEdgesSeeNewEvidence(t *testing.T) {
	ctx := context.Background()
	s := storetest.OpenBolt(t)
	storetest.MustWrite(t, s, storetest.FixtureOne())
	q := graph.PathQuery{From: quads.EntityID(quads.Organization, "Acme University"), To: quads.EntityID(quads.Organization, "Lake Museum"), K: 1}
	evidence := func() int {
		ps, err := s.Paths(ctx, q)
		if err != nil || len(ps) == 0 || len(ps[0].Edges) != 1 {
			t.Fatalf("paths: %+v, %v", ps, err)
		}
		return len(ps[0].Edges[0].Evidence)
	}
	if n := evidence(); n != 1 {
		t.Fatalf("before: %d pieces of evidence, want 1", n)
	}
	storetest.MustWrite(t, s, storetest.FixtureTwo())
	if n := evidence(); n != 2 {
		t.Fatalf("after a second article: %d pieces of evidence, want 2 (a stale cache?)", n)
	}
	q.Until = "2021-12-31"
	if n := evidence(); n != 1 {
		t.Fatalf("until 2021: %d pieces of evidence, want 1", n)
	}
}
