package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
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

// TestServeShutdownWritesIndexSnapshot: a serve stopped by SIGTERM leaves
// the index snapshot, its last write included, and the next serve starts
// from it.
func TestServeShutdownWritesIndexSnapshot(t *testing.T) {
	data := t.TempDir()
	first := startServe(t, "--data", data)
	text := "Hypothetical Institute Signs with Example University\nDate: 2024-01-02\nHypothetical Institute and Example University signed a cooperation agreement.\n"
	if code := first.do("POST", "/api/articles", "text/plain", strings.NewReader(text), true, nil); code != 201 {
		t.Fatalf("post article: %d, want 201", code)
	}
	first.stop()
	s, err := graph.Open(context.Background(), filepath.Join(data, "coopgraph.bolt"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if op := s.IndexOpened(); op.Path != "snapshot" {
		s.Close()
		t.Fatalf("open after serve stopped: index %s (%s), want it loaded from the snapshot with nothing to add", op.Path, op.Reason)
	}
	if err := s.VerifyIndex(context.Background()); err != nil {
		s.Close()
		t.Fatal(err)
	}
	s.Close()
	second := startServe(t, "--data", data)
	if !strings.Contains(second.logs.String(), "path=snapshot ") {
		t.Fatalf("the second serve did not start from the snapshot:\n%s", second.logs)
	}
}
