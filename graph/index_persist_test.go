package graph_test

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// snapshotAnswers is answers plus every entity as the store describes it
// (its card, on the backends whose index keeps cards).
func snapshotAnswers(t *testing.T, s *graph.Store, ents []quads.Entity) map[string]string {
	t.Helper()
	out, n := answers(t, s, ents)
	if n < 100 {
		t.Fatalf("only %d paths: too few to compare", n)
	}
	for _, e := range ents {
		got, err := s.Entity(context.Background(), e.ID)
		out["entity "+e.ID] = fmt.Sprintf("%+v %v", got, quads.ErrorCode(err))
	}
	st := s.IndexStats()
	out["stats"] = fmt.Sprintf("%d nodes %d edges %d names", st.Nodes, st.Edges, st.Names)
	return out
}

func openBoltAt(t *testing.T, dir string, opts graph.Options) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), dir, opts)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// freshBoltAnswers opens the bolt store in dir with its index built from
// the store and returns its answers.
func freshBoltAnswers(t *testing.T, dir string, ents []quads.Entity) map[string]string {
	t.Helper()
	s := openBoltAt(t, dir, graph.Options{NoIndexSnapshot: true})
	defer s.Close()
	if got := s.IndexOpened().Path; got != "rebuilt" {
		t.Fatalf("a store opened without snapshots: index %s", got)
	}
	return snapshotAnswers(t, s, ents)
}

// openFromSnapshot opens dir, checks that its index came from the snapshot
// by path (want) without building one from the store, and returns it.
func openFromSnapshot(t *testing.T, dir, want string) *graph.Store {
	t.Helper()
	builds := graph.IndexBuilds()
	s := openBoltAt(t, dir, graph.Options{})
	op := s.IndexOpened()
	if op.Path != want || graph.IndexBuilds() != builds {
		s.Close()
		t.Fatalf("open took path %q (%s), %d builds from the store; want %q and none", op.Path, op.Reason, graph.IndexBuilds()-builds, want)
	}
	return s
}

// TestIndexSnapshotBolt writes a bolt store's index at close and checks
// that the next open loads it without reading the store, that writes made
// after it (its own, and ones made while no snapshot was written) are
// brought in, and that a truncated, corrupted or foreign snapshot is
// detected and rebuilt; every time the answers equal a fresh build's.
func TestIndexSnapshotBolt(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	xs, ents := tiedArticles()
	s := openBoltAt(t, dir, graph.Options{})
	storetest.MustWrite(t, s, xs[:25]...)
	if err := s.CloseSavingIndex(ctx); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(graph.BoltSnapshotFile(dir)); err != nil {
		t.Fatalf("no snapshot after CloseSavingIndex: %v", err)
	}
	want := freshBoltAnswers(t, dir, ents)
	early := t.TempDir() // the store as it is now, for a snapshot ahead of it later
	copyFile(t, filepath.Join(dir, "indexes.bolt"), filepath.Join(early, "indexes.bolt"))

	s = openFromSnapshot(t, dir, "snapshot")
	sameAnswers(t, "loaded from the snapshot", want, snapshotAnswers(t, s, ents))
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
	// Its own writes, then a close that writes no snapshot (a crash).
	storetest.MustWrite(t, s, xs[25:32]...)
	got := snapshotAnswers(t, s, ents)
	s.Close()
	sameAnswers(t, "loaded, then written to", freshBoltAnswers(t, dir, ents), got)

	t.Run("Stale", func(t *testing.T) {
		s := openFromSnapshot(t, dir, "snapshot+gap")
		if op := s.IndexOpened(); op.GapQuads == 0 {
			t.Fatalf("gap of %d quads", op.GapQuads)
		}
		got := snapshotAnswers(t, s, ents)
		graph.WaitIndexSave(s) // the snapshot brought up to date is written
		s.Close()
		sameAnswers(t, "stale snapshot brought up to date", freshBoltAnswers(t, dir, ents), got)
		s = openFromSnapshot(t, dir, "snapshot")
		s.Close()
	})
	t.Run("WriteDuringBackgroundSave", func(t *testing.T) {
		os.Remove(graph.BoltSnapshotFile(dir))
		s := openBoltAt(t, dir, graph.Options{}) // rebuilt; the snapshot is written meanwhile
		storetest.MustWrite(t, s, xs[32])
		got := snapshotAnswers(t, s, ents)
		graph.WaitIndexSave(s)
		s.Close()
		sameAnswers(t, "written to while the snapshot was saved", freshBoltAnswers(t, dir, ents), got)
		s = openFromSnapshot(t, dir, "snapshot+gap") // the snapshot is of the store as it opened
		if err := s.CloseSavingIndex(ctx); err != nil {
			t.Fatal(err)
		}
		openFromSnapshot(t, dir, "snapshot").Close()
	})

	rebuilt := func(t *testing.T, reason string) {
		t.Helper()
		builds := graph.IndexBuilds()
		s := openBoltAt(t, dir, graph.Options{})
		op := s.IndexOpened()
		if op.Path != "rebuilt" || !strings.Contains(op.Reason, reason) || graph.IndexBuilds() != builds+1 {
			s.Close()
			t.Fatalf("open took %q (%s), want a rebuild because %q", op.Path, op.Reason, reason)
		}
		got := snapshotAnswers(t, s, ents)
		graph.WaitIndexSave(s)
		s.Close()
		sameAnswers(t, "rebuilt", freshBoltAnswers(t, dir, ents), got)
		s = openFromSnapshot(t, dir, "snapshot") // the rebuild wrote a good one
		s.Close()
	}
	file := graph.BoltSnapshotFile(dir)
	t.Run("Truncated", func(t *testing.T) {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, data[:len(data)*2/3], 0o600); err != nil {
			t.Fatal(err)
		}
		rebuilt(t, "truncated")
	})
	for _, sec := range []string{"nodes/1", "edges/1", "adjacency/1", "names/1", "cards/2", "evidence/1", "pending/1"} {
		t.Run("Corrupt "+sec, func(t *testing.T) {
			data, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			off, n, ok := graph.SnapshotSection(data, sec)
			if !ok || n == 0 {
				t.Fatalf("no section %s", sec)
			}
			data[off+n/2] ^= 0x5a
			if err := os.WriteFile(file, data, 0o600); err != nil {
				t.Fatal(err)
			}
			rebuilt(t, "checksum")
		})
	}
	t.Run("Foreign", func(t *testing.T) {
		other := t.TempDir()
		o := openBoltAt(t, other, graph.Options{})
		storetest.MustWrite(t, o, xs[25:]...)
		if err := o.CloseSavingIndex(ctx); err != nil {
			t.Fatal(err)
		}
		data, err := os.ReadFile(graph.BoltSnapshotFile(other))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(file, data, 0o600); err != nil {
			t.Fatal(err)
		}
		rebuilt(t, "foreign")
	})
	t.Run("Missing", func(t *testing.T) {
		os.Remove(file)
		rebuilt(t, "missing")
	})
	// The same store at an earlier state (restored from a backup): the
	// snapshot is ahead of it.
	t.Run("Ahead", func(t *testing.T) {
		behind := t.TempDir()
		copyFile(t, filepath.Join(early, "indexes.bolt"), filepath.Join(behind, "indexes.bolt"))
		copyFile(t, file, graph.BoltSnapshotFile(behind))
		s := openBoltAt(t, behind, graph.Options{})
		defer s.Close()
		if op := s.IndexOpened(); op.Path != "rebuilt" || !strings.Contains(op.Reason, "ahead") {
			t.Fatalf("open took %q (%s), want a rebuild: the snapshot is ahead of the store", op.Path, op.Reason)
		}
	})
	// A copy of the store's past written to apart: past the snapshot's
	// horizon, but not by the writes the snapshot holds.
	t.Run("Diverged", func(t *testing.T) {
		apart := t.TempDir()
		copyFile(t, filepath.Join(early, "indexes.bolt"), filepath.Join(apart, "indexes.bolt"))
		o := openBoltAt(t, apart, graph.Options{NoIndexSnapshot: true})
		storetest.MustWrite(t, o, xs[32:]...)
		o.Close()
		copyFile(t, file, graph.BoltSnapshotFile(apart))
		s := openBoltAt(t, apart, graph.Options{})
		defer s.Close()
		if op := s.IndexOpened(); op.Path != "rebuilt" || !strings.Contains(op.Reason, "another way") {
			t.Fatalf("open took %q (%s), want a rebuild: the store went another way", op.Path, op.Reason)
		}
	})
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	data, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, data, 0o600); err != nil {
		t.Fatal(err)
	}
}

// TestIndexSnapshotPostgres writes a server's index into the database at
// close and checks that a server started next loads it without reading the
// store, then follows another server's writes; that a server started after
// writes it did not see brings the snapshot up to date from the rows past
// its horizon; and that a corrupted, truncated or foreign snapshot is
// detected and rebuilt. Every time the answers (entity cards included: the
// PostgreSQL index keeps them) equal those of a server whose index was
// built from the store.
func TestIndexSnapshotPostgres(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.NewPostgresDB(t)
	xs, ents := tiedArticles()
	open := func(opts graph.Options) *graph.Store {
		t.Helper()
		s, err := graph.Open(ctx, dsn, opts)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	fresh := func() map[string]string {
		t.Helper()
		s := open(graph.Options{NoIndexSnapshot: true})
		defer s.Close()
		return snapshotAnswers(t, s, ents)
	}
	fromSnapshot := func(want string) *graph.Store {
		t.Helper()
		builds := graph.IndexBuilds()
		s := open(graph.Options{})
		if op := s.IndexOpened(); op.Path != want || graph.IndexBuilds() != builds {
			t.Fatalf("open took path %q (%s), %d builds from the store; want %q and none", op.Path, op.Reason, graph.IndexBuilds()-builds, want)
		}
		return s
	}
	a := open(graph.Options{})
	storetest.MustWrite(t, a, xs[:20]...)
	if err := a.CloseSavingIndex(ctx); err != nil {
		t.Fatal(err)
	}
	b := fromSnapshot("snapshot")
	other := open(graph.Options{NoIndexSnapshot: true}) // another server
	storetest.MustWrite(t, other, xs[20:30]...)
	caughtUp(t, b)
	sameAnswers(t, "loaded from the snapshot, then followed another server", fresh(), snapshotAnswers(t, b, ents))
	b.Close() // down, and writes go on without it
	storetest.MustWrite(t, other, xs[30:]...)
	c := fromSnapshot("snapshot+gap")
	if c.IndexOpened().GapQuads == 0 {
		t.Fatal("no quads read past the snapshot")
	}
	want := fresh()
	sameAnswers(t, "brought up to date from the rows past the snapshot", want, snapshotAnswers(t, c, ents))
	graph.WaitIndexSave(c)
	c.Close()
	fromSnapshot("snapshot").Close() // c wrote the snapshot brought up to date

	admin, err := sql.Open("postgres", dsn)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	rebuilt := func(t *testing.T, reason string) {
		t.Helper()
		builds := graph.IndexBuilds()
		s := open(graph.Options{})
		op := s.IndexOpened()
		if op.Path != "rebuilt" || !strings.Contains(op.Reason, reason) || graph.IndexBuilds() != builds+1 {
			t.Fatalf("open took %q (%s), want a rebuild because %q", op.Path, op.Reason, reason)
		}
		sameAnswers(t, "rebuilt", want, snapshotAnswers(t, s, ents))
		graph.WaitIndexSave(s)
		s.Close()
		fromSnapshot("snapshot").Close()
	}
	exec := func(q string, args ...any) {
		t.Helper()
		if _, err := admin.Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
	t.Run("Corrupt", func(t *testing.T) {
		exec(`UPDATE coopgraph_index_chunks SET data = set_byte(data, length(data)/2, get_byte(data, length(data)/2) # 90)`)
		rebuilt(t, "checksum")
	})
	t.Run("Truncated", func(t *testing.T) {
		exec(`UPDATE coopgraph_index_chunks SET data = substring(data from 1 for length(data)/2)`)
		rebuilt(t, "truncated")
	})
	t.Run("Foreign", func(t *testing.T) {
		dsn2 := storetest.NewPostgresDB(t)
		o, err := graph.Open(ctx, dsn2, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		storetest.MustWrite(t, o, xs...) // the same articles, written in another store
		if err := o.CloseSavingIndex(ctx); err != nil {
			t.Fatal(err)
		}
		db2, err := sql.Open("postgres", dsn2)
		if err != nil {
			t.Fatal(err)
		}
		defer db2.Close()
		var h int64
		var head []byte
		if err := db2.QueryRow(`SELECT horizon, header FROM coopgraph_index_snapshots`).Scan(&h, &head); err != nil {
			t.Fatal(err)
		}
		exec(`DELETE FROM coopgraph_index_snapshots`)
		exec(`INSERT INTO coopgraph_index_snapshots (horizon, header, bytes) VALUES ($1, $2, 0)`, h, head)
		rows, err := db2.Query(`SELECT seq, data FROM coopgraph_index_chunks ORDER BY seq`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var seq int
			var data []byte
			if err := rows.Scan(&seq, &data); err != nil {
				t.Fatal(err)
			}
			exec(`INSERT INTO coopgraph_index_chunks (horizon, seq, data) VALUES ($1, $2, $3)`, h, seq, data)
		}
		rows.Close()
		rebuilt(t, "foreign")
	})
	// A quad deleted behind the snapshot's back (coopgraph never deletes;
	// Cayley's tools can): the count differs.
	t.Run("Deleted", func(t *testing.T) {
		exec(`DELETE FROM quads WHERE horizon = (SELECT min(horizon) + 7 FROM quads)`)
		want = fresh()
		rebuilt(t, "another state")
	})
}

// caughtUp waits until s's index agrees with the store.
func caughtUp(t *testing.T, s *graph.Store) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		err := s.VerifyIndex(context.Background())
		if err == nil {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the index did not catch up: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}
