// Package graph keeps coopgraph's graph in a Cayley quad store and answers
// questions about it. It is the only package that imports Cayley: the API
// and the commands see quads' domain types and error codes, never Cayley's.
package graph

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/coopgraph/coopgraph/quads"
)

// Options configure how a store is opened.
type Options struct {
	// PoolSize bounds the open connections of a SQL backend; 0 keeps
	// Cayley's default.
	PoolSize int
	// Logger receives what the store has to say; nil means slog.Default().
	Logger *slog.Logger
	// NoIndexSnapshot neither reads nor writes the persisted index
	// (index_persist_open.go): the index is built from the store.
	NoIndexSnapshot bool
}

// Store is coopgraph's graph: a Cayley quad store plus the in-memory index
// that answers path, neighbourhood and search queries. Writes go through the
// store so that the index always agrees with what Cayley holds. A Store is
// safe for concurrent use.
type Store struct {
	backend Backend
	qs      cgraph.QuadStore
	log     *slog.Logger

	// bolt is the bolt database under qs on bolt (nil elsewhere), which
	// the article loader writes to directly (bulkbolt.go).
	bolt *bolt.DB

	// Locks, in the order they are taken (never the other way round):
	//
	//	writeMu → rw (writing) → the database's advisory write lock (clusterWrite)
	//
	// then, after the transaction, still under writeMu, the index update
	// (Index.add), which publishes a new snapshot and takes no lock. A
	// follower batch takes writeMu alone. Reads take rw for reading at most
	// (readLock) and never writeMu; queries on the index take no lock.

	// writeMu serialises writes so that a write's check ("is this article
	// already stored?"), its transaction and its index update happen as one,
	// and makes the writer of each index snapshot the only one.
	writeMu sync.Mutex

	// idx is the adjacency, name and evidence index; see index.go.
	idx *Index

	// Cayley's memstore is not safe for reads during a write, and on bolt a
	// write deadlocks with a reader that opens a second read transaction
	// while the first is open, as Cayley's iterators do (bolt must remap
	// its file with no reader inside). So on those two backends each read
	// holds rw for reading, once, at its outermost call, and each write for
	// writing. SQL backends need neither.
	rw        sync.RWMutex
	exclusive bool

	// sandbox admits and bounds the heavy reads (sandbox.go); built on
	// first use unless SetQueryBounds set it.
	sandbox     *sandbox
	sandboxOnce sync.Once

	// follow keeps the index up to date with other servers' writes on a
	// shared SQL database (follow.go); nil on bolt and memstore.
	follow *follower

	// snap is the persisted index: how open got the index, and its writes.
	snap indexSnapshots
}

// readLock locks the quad store against writes where the backend needs it
// and returns the unlock.
func (s *Store) readLock() func() {
	if !s.exclusive {
		return func() {}
	}
	s.rw.RLock()
	return s.rw.RUnlock
}

// writeLock locks the quad store against reads where the backend needs it
// and returns the unlock.
func (s *Store) writeLock() func() {
	if !s.exclusive {
		return func() {}
	}
	s.rw.Lock()
	return s.rw.Unlock
}

// Open opens the store a DSN names (see ParseDSN), creating and
// initialising it on first use, and builds its index. It returns
// EUNAVAILABLE when the backend is not registered in this build or cannot be
// reached, and EINVALID for a malformed DSN.
func Open(ctx context.Context, dsn string, opts Options) (*Store, error) {
	b, err := ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	if !b.registered() {
		return nil, quads.Errorf(quads.EUNAVAILABLE,
			"backend %q is not registered in this build of Cayley (registered: %v)", b.Name, cgraph.QuadStores())
	}
	log := opts.Logger
	if log == nil {
		log = slog.Default()
	}
	copts := cgraph.Options{}
	if opts.PoolSize > 0 {
		copts["maxopenconnections"] = opts.PoolSize
		copts["maxidleconnections"] = opts.PoolSize
	}
	if b.Name == "cockroach" {
		copts["flavor"] = "cockroach"
	}
	if b.Name == "bolt" {
		// Cayley fills a bloom filter of every quad when it opens a kv
		// store: 11-29 s at a million edges. Without it a write checks for
		// duplicates in bolt itself, which costs an article's write
		// microseconds.
		copts["no_bloom"] = true
	}
	if b.Name == "bolt" {
		if err := checkBoltFree(ctx, b.Addr); err != nil {
			return nil, err
		}
	}
	// Cayley's name of the backend: bolt through coopgraph's registration
	// of it (boltkv.go), which hands over the bolt handle.
	cname := b.Name
	if b.Name == "bolt" {
		cname = cayleyBolt
	}
	if b.Persistent() {
		if err := cgraph.InitQuadStore(cname, b.Addr, copts); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return nil, quads.Errorf(quads.EUNAVAILABLE, "initialise %s: %v", b, err)
		}
	}
	var boltSnap *boltSnapshotRead
	if b.Name == "bolt" && !opts.NoIndexSnapshot {
		// Read while Cayley does not hold the bolt file (index_persist_bolt.go).
		boltSnap = readBoltSnapshot(b.Addr)
	}
	qs, err := cgraph.NewQuadStore(cname, b.Addr, copts)
	var bdb *bolt.DB
	if cname == cayleyBolt {
		bdb = takeBolt(b.Addr)
	}
	if err != nil {
		return nil, quads.Errorf(quads.EUNAVAILABLE, "open %s: %v", b, err)
	}
	s := &Store{backend: b, qs: qs, log: log, exclusive: b.Name == "memstore" || b.Name == "bolt", bolt: bdb}
	s.snap.off = opts.NoIndexSnapshot
	if b.Name == "postgres" || b.Name == "cockroach" {
		// Read the horizon before building the index, so that nothing
		// written meanwhile is missed (follow.go).
		if s.follow, err = openFollower(s, b); err != nil {
			qs.Close()
			return nil, err
		}
		registerSQLNodes(qs, s.follow.db) // values in batches (values_sql.go)
	}
	// From the persisted index when it can, else built from the store.
	if err := s.openIndex(ctx, boltSnap); err != nil {
		s.stopBackgroundSave()
		if s.follow != nil {
			s.follow.stop()
			unregisterSQLNodes(qs)
		}
		qs.Close()
		return nil, fmt.Errorf("graph: build index of %s: %w", b, err)
	}
	if s.follow != nil {
		s.follow.start()
	}
	return s, nil
}

// Backend returns the backend the store was opened on.
func (s *Store) Backend() Backend { return s.backend }

// Close closes the quad store. The Store must not be used afterwards.
func (s *Store) Close() error {
	s.stopBackgroundSave()
	if s.follow != nil {
		s.follow.stop()
		unregisterSQLNodes(s.qs)
	}
	if err := s.qs.Close(); err != nil {
		return fmt.Errorf("graph: close %s: %w", s.backend, err)
	}
	return nil
}

// QuadCount returns the exact number of quads stored.
func (s *Store) QuadCount(ctx context.Context) (int64, error) {
	unlock := s.readLock()
	st, err := s.qs.Stats(ctx, true)
	unlock()
	if err == nil && st.Quads.Exact {
		return st.Quads.Size, nil
	}
	// Cayley's kv backends fail Stats on a store never written to; count.
	defer s.readLock()()
	it := s.qs.QuadsAllIterator()
	defer it.Close()
	var n int64
	for it.Next(ctx) {
		n++
	}
	if err := it.Err(); err != nil {
		return 0, fmt.Errorf("graph: count quads: %w", err)
	}
	return n, ctx.Err()
}
