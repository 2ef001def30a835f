package graph

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"log/slog"
	"time"

	csql "github.com/cayleygraph/cayley/graph/sql"
	"github.com/cayleygraph/quad"
	"github.com/lib/pq"
)

// Several coopgraph servers can share one PostgreSQL database. Each keeps
// its own in-memory index, so each must learn of the others' writes. The
// change log they follow is Cayley's own quads table: every quad has a
// horizon, a sequence number. A follower remembers the highest horizon its
// index holds and reads the rows past it.
//
// Sequence numbers are handed out when a row is inserted, not when its
// transaction commits, so two writers running at once could commit out of
// order and a follower could step past a row not yet visible. Writers
// therefore take one cluster-wide advisory lock around each write: at most
// one write transaction is open at a time, and horizons become visible in
// order. A writer then NOTIFYs the others, who read the new rows at once;
// a poll every second covers a lost notification or connection.
//
// CockroachDB has neither advisory locks nor LISTEN/NOTIFY, and its serial
// numbers are unique but not ordered across nodes. There the follower polls
// by the quads' insert timestamps instead, re-reading a trailing window
// (cockroachWindow) each time, so a row that commits late is still read.
//
// A server that was down rebuilds its index from the store when it starts,
// and follows from the horizon it read before the rebuild: rows written
// during the rebuild are read twice, which the index takes without change.

// changeChannel is the NOTIFY channel writers signal after each write.
const changeChannel = "coopgraph_changes"

// writeLockKey is the advisory lock id every coopgraph writer on a
// database takes ("coopgraph" in ASCII, truncated to fit a bigint).
const writeLockKey int64 = 0x636f6f7067726170

// cockroachWindow is how far back each CockroachDB poll re-reads: longer
// than a write transaction and CockroachDB's default clock offset bound.
const cockroachWindow = 10 * time.Second

// followPoll is how often a follower looks for changes when no
// notification arrives.
const followPoll = time.Second

// follower keeps a store's index up to date with writes made through other
// servers on the same SQL database.
type follower struct {
	s       *Store
	db      *sql.DB
	dsn     string
	horizon int64
	since   time.Time // CockroachDB: the newest insert time read
	roach   bool
	log     *slog.Logger
	cancel  context.CancelFunc
	done    chan struct{}

	// own lists the horizons of rows this server wrote itself (guarded by
	// Store.writeMu), which are in its index already: a batch skips them,
	// so that reading its own writes back does not read their evidence from
	// the database again nor build a snapshot.
	own []horizonRange
}

// horizonRange is the horizons (lo, hi] of one write's rows.
type horizonRange struct{ lo, hi int64 }

// openFollower connects to the database beside Cayley and reads the current
// horizon; call it before the index is built.
func openFollower(s *Store, b Backend) (*follower, error) {
	db, err := sql.Open("postgres", b.Addr)
	if err != nil {
		return nil, fmt.Errorf("graph: connect change follower: %w", err)
	}
	db.SetMaxOpenConns(4)
	f := &follower{s: s, db: db, dsn: b.Addr, log: s.log, roach: b.Name == "cockroach"}
	if f.roach {
		if err := db.QueryRow(`SELECT COALESCE(MAX(ts), now()) FROM quads`).Scan(&f.since); err != nil {
			db.Close()
			return nil, fmt.Errorf("graph: read the newest change: %w", err)
		}
		return f, nil
	}
	if err := db.QueryRow(`SELECT COALESCE(MAX(horizon), 0) FROM quads`).Scan(&f.horizon); err != nil {
		db.Close()
		return nil, fmt.Errorf("graph: read the change horizon: %w", err)
	}
	return f, nil
}

// start follows changes until stop.
func (f *follower) start() {
	ctx, cancel := context.WithCancel(context.Background())
	f.cancel, f.done = cancel, make(chan struct{})
	go f.run(ctx)
}

func (f *follower) stop() {
	f.halt()
	f.db.Close()
}

// halt stops following and keeps the connection (for the index snapshot
// written at close).
func (f *follower) halt() {
	if f.cancel != nil {
		f.cancel()
		<-f.done
		f.cancel = nil
	}
}

func (f *follower) run(ctx context.Context) {
	defer close(f.done)
	events := func(ev pq.ListenerEventType, err error) {
		if err != nil {
			f.log.Warn("change listener", "event", ev, "err", err)
		}
	}
	var notify <-chan *pq.Notification
	if !f.roach {
		l := pq.NewListener(f.dsn, 100*time.Millisecond, 10*time.Second, events)
		defer l.Close()
		if err := l.Listen(changeChannel); err != nil {
			f.log.Warn("cannot LISTEN for changes; polling only", "err", err)
		}
		notify = l.Notify
	}
	tick := time.NewTicker(followPoll)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-notify:
		case <-tick.C:
		}
		if err := f.catchUp(ctx); err != nil && ctx.Err() == nil {
			f.log.Warn("following changes", "err", err)
		}
	}
}

// catchUp reads every quad past the follower's horizon into the index.
func (f *follower) catchUp(ctx context.Context) error {
	for {
		n, err := f.readBatch(ctx, 5000)
		if err != nil || n < 5000 {
			return err
		}
	}
}

func (f *follower) readBatch(ctx context.Context, limit int) (int, error) {
	var rows *sql.Rows
	var err error
	if f.roach {
		// The whole trailing window at once: re-reading it is harmless.
		rows, err = f.db.QueryContext(ctx, `SELECT 0, subject_hash, predicate_hash, object_hash, label_hash, ts
			FROM quads WHERE ts >= $1 ORDER BY ts`, f.since.Add(-cockroachWindow))
	} else {
		rows, err = f.db.QueryContext(ctx, `SELECT horizon, subject_hash, predicate_hash, object_hash, label_hash, ts
			FROM quads WHERE horizon > $1 ORDER BY horizon LIMIT $2`, f.horizon, limit)
	}
	if err != nil {
		return 0, fmt.Errorf("read changes past %d: %w", f.horizon, err)
	}
	type row struct {
		h   int64
		ts  time.Time
		ref csql.QuadHashes
	}
	var batch []row
	for rows.Next() {
		var r row
		var s, p, o, l csql.NodeHash
		var ts sql.NullTime
		if err := rows.Scan(&r.h, &s, &p, &o, &l, &ts); err != nil {
			rows.Close()
			return 0, fmt.Errorf("read changes: %w", err)
		}
		r.ref.Set(quad.Subject, s.ValueHash)
		r.ref.Set(quad.Predicate, p.ValueHash)
		r.ref.Set(quad.Object, o.ValueHash)
		r.ref.Set(quad.Label, l.ValueHash)
		r.ts = ts.Time
		batch = append(batch, r)
	}
	if err := rows.Close(); err != nil {
		return 0, fmt.Errorf("read changes: %w", err)
	}
	if len(batch) == 0 {
		return 0, nil
	}
	f.s.writeMu.Lock()
	qs := make([]quad.Quad, 0, len(batch))
	for _, r := range batch {
		if !f.ownRow(r.h) {
			qs = append(qs, f.s.qs.Quad(r.ref))
		}
	}
	if len(qs) > 0 {
		if err := f.s.indexAdd(qs); err != nil {
			// Not past this batch: the next poll reads it again.
			f.s.writeMu.Unlock()
			return 0, err
		}
	}
	f.dropOwn(batch[len(batch)-1].h)
	f.s.writeMu.Unlock()
	f.horizon = batch[len(batch)-1].h
	if last := batch[len(batch)-1].ts; last.After(f.since) {
		f.since = last
	}
	if f.roach {
		return 0, nil // the window was read whole; nothing more to page
	}
	return len(batch), nil
}

// ownRow reports whether the row of horizon h is one this server wrote.
// The caller holds writeMu.
func (f *follower) ownRow(h int64) bool {
	for _, r := range f.own {
		if h > r.lo && h <= r.hi {
			return true
		}
	}
	return false
}

// dropOwn forgets the ranges the follower has read past.
func (f *follower) dropOwn(h int64) {
	keep := f.own[:0]
	for _, r := range f.own {
		if r.hi > h {
			keep = append(keep, r)
		}
	}
	f.own = keep
}

// clusterWrite runs write holding the database-wide write lock and then
// notifies the other servers. Outside SQL backends it just runs write.
func (s *Store) clusterWrite(ctx context.Context, write func() error) error {
	if s.follow == nil || s.follow.roach {
		return write()
	}
	conn, err := s.follow.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("graph: connect for the write lock: %w", err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, writeLockKey); err != nil {
		return fmt.Errorf("graph: take the write lock: %w", err)
	}
	// Under the lock no other server writes: the rows between the highest
	// horizon before and after the write are this write's.
	var before, after int64
	herr := conn.QueryRowContext(ctx, `SELECT COALESCE(MAX(horizon), 0) FROM quads`).Scan(&before)
	werr := write()
	if herr == nil && werr == nil {
		if err := conn.QueryRowContext(ctx, `SELECT COALESCE(MAX(horizon), 0) FROM quads`).Scan(&after); err == nil && after > before {
			s.follow.own = append(s.follow.own, horizonRange{before, after})
		}
	}
	// Unlock with a fresh context: the write's may be done, and a lock left
	// behind would stop every server's writes until this connection closes.
	uctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := conn.ExecContext(uctx, `SELECT pg_advisory_unlock($1)`, writeLockKey); err != nil {
		conn.Raw(func(any) error { return driver.ErrBadConn })
		s.log.Warn("releasing the write lock failed; dropping the connection", "err", err)
	}
	if werr == nil {
		if _, err := s.follow.db.ExecContext(uctx, `SELECT pg_notify($1, '')`, changeChannel); err != nil {
			s.log.Warn("notify other servers of a write", "err", err)
		}
	}
	return werr
}
