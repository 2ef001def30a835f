package graph

import (
	"context"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph/synth"
)

// TestBoltSnapshotLargeGapRebuilds: a bolt store whose index snapshot is
// more than bulkRebuild quads behind it (a bulk load by a process that
// did not save the index: killed, or opened without snapshots) opens with
// its index rebuilt from the store, as the snapshot gap reader gives up
// past that many quads (boltGap), and the rebuilt index agrees with the
// store; a gap within bulkRebuild is read from the log instead.
func TestBoltSnapshotLargeGapRebuilds(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	var groups [][]quad.Quad
	total := 0
	synth.New(synth.Config{Edges: 20000, Seed: 5}).Groups(64, func(qs []quad.Quad) error {
		groups = append(groups, append([]quad.Quad(nil), qs...))
		total += len(qs)
		return nil
	})
	load := func(opts Options, gs [][]quad.Quad) int {
		t.Helper()
		s, err := Open(ctx, dir, opts)
		if err != nil {
			t.Fatal(err)
		}
		l := s.NewArticleLoader()
		n := 0
		for _, g := range gs {
			if err := l.WriteQuads(ctx, g); err != nil {
				t.Fatal(err)
			}
			n += len(g)
		}
		if err := l.Close(); err != nil {
			t.Fatal(err)
		}
		if opts.NoIndexSnapshot {
			err = s.Close()
		} else {
			err = s.CloseSavingIndex(ctx)
		}
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	// The snapshot is saved after the first group, then a small gap is
	// written without saving it, then a large one.
	load(Options{}, groups[:1])
	small := load(Options{NoIndexSnapshot: true}, groups[1:2])
	if small > bulkRebuild {
		t.Fatalf("a group of %d quads: want one within bulkRebuild (%d)", small, bulkRebuild)
	}
	open := func() (*Store, IndexOpen) {
		t.Helper()
		s, err := Open(ctx, dir, Options{})
		if err != nil {
			t.Fatal(err)
		}
		return s, s.IndexOpened()
	}
	s, op := open()
	if op.Path != "snapshot+gap" {
		s.Close()
		t.Fatalf("a gap of %d quads: index %s (%s), want snapshot+gap", small, op.Path, op.Reason)
	}
	s.Close() // not saving: the snapshot stays one group behind

	var large int
	for i := 2; i < len(groups) && large <= bulkRebuild; i++ {
		large += load(Options{NoIndexSnapshot: true}, groups[i:i+1])
	}
	if large <= bulkRebuild {
		t.Fatalf("only %d of %d generated quads past the snapshot: want more than %d", large, total, bulkRebuild)
	}
	builds := IndexBuilds()
	s, op = open()
	defer s.Close()
	if op.Path != "rebuilt" || !strings.Contains(op.Reason, "rebuilding is quicker") || IndexBuilds() != builds+1 {
		t.Fatalf("a gap of %d quads: index %s (%s), want it rebuilt as quicker", small+large, op.Path, op.Reason)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}
