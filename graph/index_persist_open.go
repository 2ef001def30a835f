package graph

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/quad"
)

// How a store's index comes to be at open, and when it is written out:
// Open starts from the snapshot when its stamp agrees with the store's,
// adds what was written since (bolt: the log past its horizon; PostgreSQL:
// the rows past it, as the follower reads them), and otherwise builds the
// index from the store and writes a snapshot of it in the background, not
// delaying readiness. CloseSavingIndex writes one at a clean shutdown and
// at the end of a load. A snapshot is never trusted blindly: a missing,
// truncated, corrupt (a section's checksum), foreign (another store's) or
// stale one that cannot be brought up to date is rebuilt.

// IndexOpen says how Open got the store's index.
type IndexOpen struct {
	// Path is "snapshot" (loaded, nothing written since), "snapshot+gap"
	// (loaded, then brought up to date with GapQuads written since), or
	// "rebuilt" (from the store; Reason says why).
	Path     string
	Reason   string
	GapQuads int
	Bytes    int64 // the snapshot's size, when one was loaded
	Took     time.Duration
}

// IndexOpened says how Open got the store's index.
func (s *Store) IndexOpened() IndexOpen { return s.snap.opened }

// indexSnapshots is a store's side of its persisted index.
type indexSnapshots struct {
	off    bool
	opened IndexOpen
	// saved is the index last loaded or written: a close with no change
	// since writes nothing.
	saved atomic.Pointer[indexData]
	// mu serialises writes of the snapshot; bg is the background write
	// after a rebuild at open, cancelled by Close.
	mu       sync.Mutex
	bgCancel context.CancelFunc
	bgDone   chan struct{}
}

// indexBuilds counts index builds from the store, for tests that check a
// snapshot is really used.
var indexBuilds atomic.Int64

// snapshotsOn reports whether the store's backend keeps a persisted index:
// bolt and PostgreSQL. CockroachDB's horizons are not ordered (follow.go)
// and memstore keeps nothing.
func (s *Store) snapshotsOn() bool {
	return !s.snap.off && (s.backend.Name == "bolt" || s.backend.Name == "postgres")
}

// openIndex gives s its index: from the snapshot when it can, else built
// from the store. br is what was read of a bolt store before Cayley opened
// it.
func (s *Store) openIndex(ctx context.Context, br *boltSnapshotRead) error {
	start := time.Now()
	if br != nil {
		start = start.Add(-br.took) // read before Cayley opened the store
	}
	var d *indexData
	var st snapshotStamp
	var reason string
	var err error
	switch {
	case !s.snapshotsOn():
		reason = "no snapshot on " + s.backend.Name
		if s.snap.off {
			reason = "snapshots off"
		}
	case s.backend.Name == "bolt":
		d, st, err = s.loadBoltIndex(br)
	default:
		d, st, err = s.loadPostgresIndex(ctx)
	}
	if err != nil {
		if !errors.Is(err, errSnapshot) {
			s.log.Warn("index snapshot not read", "err", err)
		}
		reason = err.Error()
	}
	if d != nil {
		s.snap.opened.Took = time.Since(start)
		s.log.Info("index open", "path", s.snap.opened.Path, "gap_quads", s.snap.opened.GapQuads,
			"snapshot_bytes", s.snap.opened.Bytes, "nodes", d.nodes(), "edges", d.edges(),
			"took", s.snap.opened.Took.Round(time.Millisecond))
		if s.snap.opened.Path != "snapshot" {
			s.saveInBackground(s.idx.load(), st)
		}
		return nil
	}
	var stampErr error
	if s.snapshotsOn() && s.backend.Name == "postgres" {
		st, stampErr = s.postgresStamp(ctx, s.follow.horizon)
	}
	idx, berr := buildIndex(ctx, s.qs)
	if berr != nil {
		return berr
	}
	s.idx = idx
	s.snap.opened = IndexOpen{Path: "rebuilt", Reason: reason, Took: time.Since(start)}
	d = idx.load()
	s.log.Info("index open", "path", "rebuilt", "reason", reason, "nodes", d.nodes(), "edges", d.edges(),
		"took", s.snap.opened.Took.Round(time.Millisecond))
	if s.snapshotsOn() && d.edges()+d.nodes() > 0 {
		if s.backend.Name == "bolt" {
			st = br.stamp
		}
		if stampErr != nil {
			s.log.Warn("index snapshot: cannot stamp the store", "err", stampErr)
		} else {
			s.saveInBackground(d, st)
		}
	}
	return nil
}

// loadBoltIndex builds the index from the snapshot br read, brought up to
// date with the quads written since.
func (s *Store) loadBoltIndex(br *boltSnapshotRead) (*indexData, snapshotStamp, error) {
	if br.header == nil {
		return nil, br.stamp, br.err
	}
	// Nothing may have written between the read and Cayley's open.
	if st, err := s.qs.Stats(context.Background(), false); err != nil || st.Quads.Size != br.stamp.Quads {
		return nil, br.stamp, snapshotErrorf("the store changed while it was opened (%d quads, %d read before)", st.Quads.Size, br.stamp.Quads)
	}
	d, err := decodeSnapshot(br.header, br.body)
	if err != nil {
		return nil, br.stamp, err
	}
	s.idx = newIndex(s.qs, d)
	s.snap.saved.Store(d)
	s.snap.opened = IndexOpen{Path: "snapshot", Bytes: int64(len(br.body))}
	if len(br.gap) > 0 {
		qs := make([]quad.Quad, 0, len(br.gap))
		for _, p := range br.gap {
			q := s.qs.Quad(p)
			if q.Subject == nil {
				s.idx = nil
				return nil, br.stamp, snapshotErrorf("quad %d written since is unreadable", p.ID)
			}
			qs = append(qs, q)
		}
		s.idx.add(qs)
		s.snap.opened.Path, s.snap.opened.GapQuads = "snapshot+gap", len(qs)
	}
	return s.idx.load(), br.stamp, nil
}

// saveInBackground writes d, stamped st, as the store's snapshot without
// delaying anything; Close cancels it.
func (s *Store) saveInBackground(d *indexData, st snapshotStamp) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	s.snap.bgCancel, s.snap.bgDone = cancel, done
	go func() {
		defer close(done)
		if err := s.saveSnapshot(ctx, d, st); err != nil && ctx.Err() == nil {
			s.log.Warn("index snapshot not written", "err", err)
		}
	}()
}

// stopBackgroundSave cancels a background write of the snapshot and waits
// for it to end.
func (s *Store) stopBackgroundSave() {
	if s.snap.bgCancel != nil {
		s.snap.bgCancel()
		<-s.snap.bgDone
		s.snap.bgCancel = nil
	}
}

// saveSnapshot writes d, stamped st, as the store's snapshot.
func (s *Store) saveSnapshot(ctx context.Context, d *indexData, st snapshotStamp) error {
	s.snap.mu.Lock()
	defer s.snap.mu.Unlock()
	start := time.Now()
	var n int
	var err error
	if s.backend.Name == "bolt" {
		n, err = saveBoltSnapshot(ctx, s.backend.Addr, d, st)
	} else {
		n, err = s.savePostgresSnapshot(ctx, d, st)
	}
	if err != nil {
		return err
	}
	if n == 0 {
		s.log.Info("index snapshot not written: a newer one is there", "horizon", st.Horizon)
		return nil
	}
	s.snap.saved.Store(d)
	s.log.Info("index snapshot written", "bytes", n, "horizon", st.Horizon, "quads", st.Quads,
		"took", time.Since(start).Round(time.Millisecond))
	return nil
}

// CloseSavingIndex writes the index as the store's snapshot, unless it is
// the one loaded or written already, and closes the store: at a clean
// shutdown and at the end of a load, so that the next open starts from it.
// The store is closed whatever the write says.
func (s *Store) CloseSavingIndex(ctx context.Context) error {
	if !s.snapshotsOn() {
		return s.Close()
	}
	s.stopBackgroundSave()
	if s.follow != nil {
		s.follow.halt() // no follower batch from here on; its connection stays for the write
		// Read up to the newest row, this server's own writes included
		// (skipped, being in the index already), so that the snapshot's
		// horizon is the store's and the next start has no gap to read.
		if err := s.follow.catchUp(ctx); err != nil {
			s.log.Warn("index snapshot: reading the last changes", "err", err)
		}
	}
	s.writeMu.Lock() // and no write
	defer s.writeMu.Unlock()
	d := s.idx.load()
	var serr error
	if s.snap.saved.Load() == d {
		return s.Close()
	}
	if s.backend.Name == "postgres" {
		st, err := s.postgresStamp(ctx, s.follow.horizon)
		if err == nil {
			err = s.saveSnapshot(ctx, d, st)
		}
		serr = err
		if cerr := s.Close(); cerr != nil {
			return cerr
		}
	} else {
		// The stamp is read once Cayley has let go of the bolt file, holding
		// it for reading until the snapshot is written.
		st, err := s.qs.Stats(ctx, false)
		quads := st.Quads.Size
		if cerr := s.Close(); cerr != nil {
			return cerr
		}
		if err != nil {
			return nil // a store never written to: nothing to save
		}
		serr = s.saveBoltAfterClose(ctx, d, quads)
	}
	if serr != nil {
		return fmt.Errorf("graph: write the index snapshot: %w", serr)
	}
	return nil
}

func (s *Store) saveBoltAfterClose(ctx context.Context, d *indexData, quads int64) error {
	db, err := openBoltReadOnly(s.backend.Addr)
	if err != nil || db == nil {
		return err
	}
	defer db.Close()
	return db.View(func(tx *bolt.Tx) error {
		st := boltStamp(tx)
		if st.Quads != quads {
			return fmt.Errorf("the store changed as it was closed (%d quads, %d before)", st.Quads, quads)
		}
		return s.saveSnapshot(ctx, d, st)
	})
}
