package main

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/coopgraph/coopgraph/graph"
)

// TestLoadWritesIndexSnapshot: coopgraph load leaves the index snapshot
// beside the store, and the next open loads it instead of rebuilding.
func TestLoadWritesIndexSnapshot(t *testing.T) {
	dir := writeCorpusCopies(t, 2)
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, "--batch", "4", dir)
	if _, err := os.Stat(filepath.Join(db, "coopgraph-index.snap")); err != nil {
		t.Fatalf("no index snapshot after load: %v", err)
	}
	s, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if op := s.IndexOpened(); op.Path != "snapshot" {
		t.Fatalf("open after load: index %s (%s), want it loaded from the snapshot", op.Path, op.Reason)
	}
	if err := s.VerifyIndex(context.Background()); err != nil {
		t.Fatal(err)
	}
}
