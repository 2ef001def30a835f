package graph

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/cayleygraph/cayley/graph/shape"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/nquads"

	"github.com/coopgraph/coopgraph/quads"
)

// QuadFilter selects quads as Cayley's v2 read does: a quad matches when,
// for each direction with values, it holds one of them. The zero filter
// selects every quad.
type QuadFilter struct {
	Subject, Predicate, Object, Label []quad.Value
}

// Snapshot is a consistent copy of some quads, taken under the store's read
// lock and kept in an unlinked temporary file, so that a slow client reads
// it while writers go on: the lock is never held across client I/O.
type Snapshot struct {
	f *os.File
	// Count and Bytes are the quads copied and their N-Quads size.
	Count, Bytes int64
}

// Snapshot copies the quads filter selects. With maxBytes > 0 it stops
// with ETOOLARGE once their N-Quads pass maxBytes, and it stops with
// ETIMEOUT when ctx ends. The caller closes the snapshot.
func (s *Store) Snapshot(ctx context.Context, filter QuadFilter, maxBytes int64) (*Snapshot, error) {
	f, err := os.CreateTemp("", "coopgraph-snapshot-*.nq")
	if err != nil {
		return nil, fmt.Errorf("graph: snapshot: %w", err)
	}
	// Unlinked at once: the file lives as long as it is open, and nothing
	// is left behind if the process dies.
	os.Remove(f.Name())
	sn := &Snapshot{f: f}
	if err := s.copyQuads(ctx, filter, maxBytes, sn); err != nil {
		f.Close()
		return nil, err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		f.Close()
		return nil, fmt.Errorf("graph: snapshot: %w", err)
	}
	return sn, nil
}

// snapshotStretch is how long a copy of every quad holds the store's read
// lock before it lets the writers waiting for it in.
const snapshotStretch = 20 * time.Millisecond

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

func (s *Store) copyQuads(ctx context.Context, filter QuadFilter, maxBytes int64, sn *Snapshot) error {
	cw := &countingWriter{w: sn.f}
	bw := bufio.NewWriterSize(cw, 64<<10)
	qw := nquads.NewWriter(bw)
	err := func() error {
		unlock := s.readLock()
		defer func() { unlock() }()
		var it interface {
			Next(context.Context) bool
			Err() error
			Close() error
		}
		var result func() quad.Quad
		// yield lets writers in between two stretches of the copy. Only
		// the scan of every quad may: on bolt it reads the log of
		// primitives in batches, each in a transaction of its own, up to
		// the horizon it saw when it started (so what is written
		// meanwhile is not in the copy, and the copy stays consistent;
		// the store is append-only); on memstore it walks a copy of the
		// list. An index scan holds one bolt transaction throughout, so a
		// filtered copy holds the lock to its end.
		yield := false
		if filter.Subject == nil && filter.Predicate == nil && filter.Object == nil && filter.Label == nil {
			all := s.qs.QuadsAllIterator()
			it, result, yield = all, func() quad.Quad { return s.qs.Quad(all.Result()) }, true
		} else {
			sel := shape.FilterQuads(filter.Subject, filter.Predicate, filter.Object, filter.Label).BuildIterator(s.qs)
			it, result = sel, func() quad.Quad { return s.qs.Quad(sel.Result()) }
		}
		defer it.Close()
		locked := time.Now()
		for it.Next(ctx) {
			if err := qw.WriteQuad(result()); err != nil {
				return fmt.Errorf("graph: snapshot: %w", err)
			}
			sn.Count++
			if maxBytes > 0 && cw.n+int64(bw.Buffered()) > maxBytes {
				return quads.Errorf(quads.ETOOLARGE,
					"answer larger than the bound of %d bytes of N-Quads: narrow it with sub, pred, obj or label", maxBytes)
			}
			if sn.Count%256 != 0 {
				continue
			}
			if ctx.Err() != nil { // not every iterator looks at ctx
				return boundError(ctx, "read")
			}
			if yield && time.Since(locked) > snapshotStretch {
				unlock()
				unlock = s.readLock()
				locked = time.Now()
			}
		}
		if err := it.Err(); err != nil {
			return fmt.Errorf("graph: snapshot: scan quads: %w", err)
		}
		if ctx.Err() != nil {
			return boundError(ctx, "read")
		}
		return nil
	}()
	if err != nil {
		return err
	}
	if err := qw.Close(); err != nil {
		return fmt.Errorf("graph: snapshot: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("graph: snapshot: %w", err)
	}
	sn.Bytes = cw.n
	return nil
}

// Quads returns a reader of the snapshot's quads from the start.
func (sn *Snapshot) Quads() (quad.ReadCloser, error) {
	if _, err := sn.f.Seek(0, io.SeekStart); err != nil {
		return nil, fmt.Errorf("graph: snapshot: %w", err)
	}
	return nquads.NewReader(bufio.NewReaderSize(sn.f, 64<<10), false), nil
}

// Close releases the snapshot's file.
func (sn *Snapshot) Close() error { return sn.f.Close() }
