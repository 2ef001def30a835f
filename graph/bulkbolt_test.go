package graph

import (
	"bytes"
	"context"
	"fmt"
	"strings"
	"syscall"
	"testing"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph/synth"
)

// bulkBatches is a load that exercises every branch of the bulk writer:
// groups of a generated graph (new nodes, stored nodes, quads sharing
// nodes with stored ones), a group written again whole (every quad a
// duplicate, only reference counts change), a group with a quad given
// twice, quads differing only by label, and literals of several kinds.
func bulkBatches() [][]quad.Quad {
	var out [][]quad.Quad
	synth.New(synth.Config{Edges: 400, Seed: 7}).Groups(8, func(qs []quad.Quad) error {
		out = append(out, append([]quad.Quad(nil), qs...))
		return nil
	})
	s, p := quad.IRI("urn:test:s"), quad.IRI("urn:test:p")
	extra := []quad.Quad{
		{Subject: s, Predicate: p, Object: quad.String("plain")},
		{Subject: s, Predicate: p, Object: quad.String("plain")},
		{Subject: s, Predicate: p, Object: quad.LangString{Value: "lang", Lang: "en"}},
		{Subject: s, Predicate: p, Object: quad.TypedString{Value: "2024-01-02", Type: "http://www.w3.org/2001/XMLSchema#date"}},
		{Subject: s, Predicate: p, Object: quad.Int(42)},
		{Subject: s, Predicate: p, Object: quad.IRI("urn:test:o"), Label: quad.IRI("urn:test:g1")},
		{Subject: s, Predicate: p, Object: quad.IRI("urn:test:o"), Label: quad.IRI("urn:test:g2")},
		{Subject: s, Predicate: p, Object: quad.IRI("urn:test:o")},
	}
	extra = append(extra, out[0][:5]...) // stored already, beside new ones
	return append(out, out[1], extra, out[0])
}

// TestBulkBoltEqualsApplyDeltas: the same batches written into one bolt
// store by the bulk writer and into another by Cayley's ApplyDeltas (with
// IgnoreDup, as every coopgraph write) leave the two bolt files with the
// same keys and values in every bucket, but for the time each log entry
// was written; so also after a quad is deleted by Cayley and written again
// (the log keeps the dead entry, and the writer must not take it for the
// stored quad).
func TestBulkBoltEqualsApplyDeltas(t *testing.T) {
	ctx := context.Background()
	dirBulk, dirCayley := t.TempDir(), t.TempDir()
	bulk, err := Open(ctx, dirBulk, Options{NoIndexSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	cay, err := Open(ctx, dirCayley, Options{NoIndexSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	if bulk.bolt == nil {
		t.Fatal("no bolt handle on a bolt store: the bulk writer would never run")
	}
	batches := bulkBatches()
	write := func(i int, qs []quad.Quad) {
		t.Helper()
		if err := bulkAdd(bulk.bolt, qs); err != nil {
			t.Fatalf("bulk batch %d: %v", i, err)
		}
		if err := cay.applyAdds(qs); err != nil {
			t.Fatalf("ApplyDeltas batch %d: %v", i, err)
		}
	}
	for i, qs := range batches {
		write(i, qs)
	}
	// Delete a few stored quads through Cayley on both, then write them
	// again, alone and within a batch.
	gone := batches[2][:3]
	for _, s := range []*Store{bulk, cay} {
		var ds []cgraph.Delta
		for _, q := range gone {
			ds = append(ds, cgraph.Delta{Quad: q, Action: cgraph.Delete})
		}
		if err := s.qs.ApplyDeltas(ds, cgraph.IgnoreOpts{}); err != nil {
			t.Fatal(err)
		}
	}
	write(len(batches), gone[:1])
	write(len(batches)+1, batches[2])
	bulk.Close()
	cay.Close()

	a, b := boltContents(t, dirBulk), boltContents(t, dirCayley)
	if len(a) != len(b) {
		t.Errorf("%d keys written by the bulk writer, %d by ApplyDeltas", len(a), len(b))
	}
	diffs := 0
	for k, va := range a {
		if vb, ok := b[k]; !ok {
			t.Errorf("only the bulk writer wrote %s = %x", k, va)
			diffs++
		} else if !bytes.Equal(va, vb) {
			t.Errorf("%s: bulk writer %x, ApplyDeltas %x", k, va, vb)
			diffs++
		}
		if diffs > 10 {
			t.Fatal("more differences left out")
		}
	}
	for k, vb := range b {
		if _, ok := a[k]; !ok {
			t.Errorf("only ApplyDeltas wrote %s = %x", k, vb)
		}
	}
	if n := len(a); n < 1000 {
		t.Fatalf("only %d keys compared: the batches wrote nearly nothing", n)
	}
}

// boltContents reads every key and value of the bolt store in dir, by
// bucket, log entries with their time stamps cleared.
func boltContents(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	db, err := bolt.Open(boltFile(dir), 0600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	out := map[string][]byte{}
	err = db.View(func(tx *bolt.Tx) error {
		return tx.ForEach(func(name []byte, b *bolt.Bucket) error {
			return b.ForEach(func(k, v []byte) error {
				if v == nil {
					return fmt.Errorf("nested bucket %q/%x: not Cayley's layout", name, k)
				}
				if string(name) == "log" {
					var p proto.Primitive
					if err := p.Unmarshal(v); err != nil {
						return fmt.Errorf("log entry %x: %w", k, err)
					}
					p.Timestamp = 0
					v, _ = p.Marshal()
				}
				out[fmt.Sprintf("%q/%x", name, k)] = append([]byte(nil), v...)
				return nil
			})
		})
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// TestBulkWriterCommitFailureLeavesStoreAsBefore makes the bulk writer's
// commits fail as on a full disk, after Write has handed the groups over:
// every write past the store's end is refused (RLIMIT_FSIZE; Go ignores
// SIGXFSZ, so the write returns EFBIG). The failure is returned by Close
// (or a later write), the failed transaction's groups and those handed
// over after it are absent, nothing else is written, the index agrees with
// the store, and the store takes writes again once the disk does.
func TestBulkWriterCommitFailureLeavesStoreAsBefore(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := Open(ctx, dir, Options{NoIndexSnapshot: true})
	if err != nil {
		t.Fatal(err)
	}
	defer func() { s.Close() }()
	var groups [][]quad.Quad
	synth.New(synth.Config{Edges: 3000, Seed: 11}).Groups(64, func(qs []quad.Quad) error {
		groups = append(groups, append([]quad.Quad(nil), qs...))
		return nil
	})
	if len(groups) < 3 {
		t.Fatalf("%d groups generated, want 3 or more", len(groups))
	}
	load := func(gs [][]quad.Quad) error {
		l := s.NewArticleLoaderWith(LoaderOptions{TxQuads: 1}) // a transaction per group
		var err error
		for _, g := range gs {
			if err = l.WriteQuads(ctx, g); err != nil {
				break
			}
		}
		if cerr := l.Close(); err == nil {
			err = cerr
		}
		return err
	}
	if err := load(groups[:1]); err != nil {
		t.Fatal(err)
	}
	var before bytes.Buffer
	if err := s.Export(ctx, &before, "nquads"); err != nil {
		t.Fatal(err)
	}

	var end int64
	s.bolt.View(func(tx *bolt.Tx) error { end = tx.Size(); return nil })
	var limit syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_FSIZE, &limit); err != nil {
		t.Fatal(err)
	}
	full := limit
	full.Cur = uint64(end)
	if err := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &full); err != nil {
		t.Skipf("cannot limit file sizes: %v", err)
	}
	err = load(groups[1:])
	if rerr := syscall.Setrlimit(syscall.RLIMIT_FSIZE, &limit); rerr != nil {
		t.Fatal(rerr)
	}
	if err == nil {
		t.Fatal("a load whose commits cannot be written reported no error")
	} else if !strings.Contains(err.Error(), syscall.EFBIG.Error()) {
		t.Fatalf("the load failed, but not with the disk's error: %v", err)
	}
	t.Logf("reported: %v", err)

	check := func(when string) {
		t.Helper()
		var after bytes.Buffer
		if err := s.Export(ctx, &after, "nquads"); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(after.Bytes(), before.Bytes()) {
			t.Fatalf("%s: the store holds %d bytes of N-Quads, %d before the failed load", when, after.Len(), before.Len())
		}
		if err := s.VerifyIndex(ctx); err != nil {
			t.Fatalf("%s: %v", when, err)
		}
	}
	check("after the failed load")
	s.Close()
	if s, err = Open(ctx, dir, Options{NoIndexSnapshot: true}); err != nil {
		t.Fatal(err)
	}
	check("reopened")
	if err := load(groups[1:]); err != nil {
		t.Fatalf("load once the disk takes writes again: %v", err)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}
