package graph

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
)

// On PostgreSQL the snapshot lives in the database beside Cayley's tables,
// so that every server sharing the database starts from it: a header row
// keyed by the horizon it covers (coopgraph_index_snapshots) and the rest
// in chunks (coopgraph_index_chunks), written in one transaction under an
// advisory lock of its own, which also removes older snapshots. The chunks
// are stored uncompressed (STORAGE EXTERNAL): the arrays compress poorly
// and pglz would cost more than it saves.
//
// The stamp at a horizon h is the count of quads up to h, the row at h
// (tail) and the row at the lowest horizon (the store's identity, with its
// insert time). A snapshot older than the store is brought up to date by
// the follower reading the rows past its horizon, as it reads another
// server's writes; rows deleted since (Cayley deletes SQL rows; coopgraph
// never does) show as a count that differs, and the snapshot is rebuilt.

// snapshotLockKey is the advisory lock snapshot writers take ("cgindex").
const snapshotLockKey int64 = 0x6367696e646578

// snapshotChunk is the size of one chunk row.
const snapshotChunk = 16 << 20

// pgRowHash returns the hash of the quad row at horizon h (the lowest when
// h is 0), and false when there is none.
func pgRowHash(ctx context.Context, db *sql.DB, h int64) (int64, [32]byte, bool, error) {
	q := `SELECT horizon, subject_hash, predicate_hash, object_hash, label_hash, ts FROM quads `
	var row *sql.Row
	if h == 0 {
		row = db.QueryRowContext(ctx, q+`ORDER BY horizon LIMIT 1`)
	} else {
		row = db.QueryRowContext(ctx, q+`WHERE horizon = $1`, h)
	}
	var got int64
	var s, p, o, l []byte
	var ts sql.NullTime
	if err := row.Scan(&got, &s, &p, &o, &l, &ts); errors.Is(err, sql.ErrNoRows) {
		return 0, [32]byte{}, false, nil
	} else if err != nil {
		return 0, [32]byte{}, false, fmt.Errorf("read quad row %d: %w", h, err)
	}
	var hb, tb [8]byte
	binary.LittleEndian.PutUint64(hb[:], uint64(got))
	if ts.Valid {
		binary.LittleEndian.PutUint64(tb[:], uint64(ts.Time.UnixNano()))
	}
	return got, recordHash(hb[:], s, p, o, l, tb[:]), true, nil
}

// postgresStamp returns the store's stamp at horizon h.
func (s *Store) postgresStamp(ctx context.Context, h int64) (snapshotStamp, error) {
	st := snapshotStamp{Backend: "postgres", Horizon: h, TailID: h}
	db := s.follow.db
	if h == 0 {
		return st, nil
	}
	_, id, ok, err := pgRowHash(ctx, db, 0)
	if err != nil {
		return st, err
	}
	if !ok {
		return st, snapshotErrorf("no quads")
	}
	st.Identity = id
	_, tail, ok, err := pgRowHash(ctx, db, h)
	if err != nil {
		return st, err
	}
	if !ok {
		return st, snapshotErrorf("the store has no row at horizon %d", h)
	}
	st.Tail = tail
	if err := db.QueryRowContext(ctx, `SELECT count(*) FROM quads WHERE horizon <= $1`, h).Scan(&st.Quads); err != nil {
		return st, fmt.Errorf("count quads: %w", err)
	}
	return st, nil
}

// loadPostgresIndex builds the index from the newest snapshot in the
// database, brought up to date with the rows written since.
func (s *Store) loadPostgresIndex(ctx context.Context) (*indexData, snapshotStamp, error) {
	f := s.follow
	var none snapshotStamp
	var table sql.NullString
	if err := f.db.QueryRowContext(ctx, `SELECT to_regclass('coopgraph_index_snapshots')::text`).Scan(&table); err != nil {
		return nil, none, fmt.Errorf("look for index snapshots: %w", err)
	} else if !table.Valid {
		return nil, none, snapshotErrorf("missing")
	}
	tx, err := f.db.BeginTx(ctx, &sql.TxOptions{Isolation: sql.LevelRepeatableRead, ReadOnly: true})
	if err != nil {
		return nil, none, fmt.Errorf("read index snapshot: %w", err)
	}
	defer tx.Rollback()
	var horizon int64
	var head []byte
	err = tx.QueryRowContext(ctx, `SELECT horizon, header FROM coopgraph_index_snapshots ORDER BY horizon DESC LIMIT 1`).Scan(&horizon, &head)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, none, snapshotErrorf("missing")
	} else if err != nil {
		return nil, none, fmt.Errorf("read index snapshot: %w", err)
	}
	h, need, err := decodeHeader(head)
	if err != nil {
		return nil, none, err
	} else if h == nil || need > 0 {
		return nil, none, snapshotErrorf("truncated header")
	}
	if h.stamp.Horizon != horizon {
		return nil, none, snapshotErrorf("filed under horizon %d, stamped %d", horizon, h.stamp.Horizon)
	}
	cur, err := s.postgresStamp(ctx, horizon)
	if err != nil {
		return nil, none, err
	}
	if err := checkStamp(h.stamp, cur); err != nil {
		return nil, none, err
	}
	var gap int
	if err := f.db.QueryRowContext(ctx, `SELECT count(*) FROM quads WHERE horizon > $1`, horizon).Scan(&gap); err != nil {
		return nil, none, fmt.Errorf("count quads past the snapshot: %w", err)
	}
	if gap > bulkRebuild {
		return nil, none, snapshotErrorf("%d quads written since: rebuilding is quicker", gap)
	}
	buf := alignedBytes(int(h.size))
	p := copy(buf, head)
	rows, err := tx.QueryContext(ctx, `SELECT data FROM coopgraph_index_chunks WHERE horizon = $1 ORDER BY seq`, horizon)
	if err != nil {
		return nil, none, fmt.Errorf("read index snapshot: %w", err)
	}
	for rows.Next() {
		var chunk sql.RawBytes
		if err := rows.Scan(&chunk); err != nil {
			rows.Close()
			return nil, none, fmt.Errorf("read index snapshot: %w", err)
		}
		if p+len(chunk) > len(buf) {
			rows.Close()
			return nil, none, snapshotErrorf("longer than its header says (%d bytes)", h.size)
		}
		p += copy(buf[p:], chunk)
	}
	if err := rows.Close(); err != nil {
		return nil, none, fmt.Errorf("read index snapshot: %w", err)
	}
	if int64(p) != h.size {
		return nil, none, snapshotErrorf("truncated: %d bytes of %d", p, h.size)
	}
	d, err := decodeSnapshot(h, buf)
	if err != nil {
		return nil, none, err
	}
	s.idx = newIndex(s.qs, d)
	s.snap.saved.Store(d)
	s.snap.opened = IndexOpen{Path: "snapshot", Bytes: h.size}
	if horizon < f.horizon || gap > 0 {
		// Bring it up to date as the follower does another server's writes.
		f.horizon = horizon
		if err := f.catchUp(ctx); err != nil {
			s.idx = nil
			return nil, none, fmt.Errorf("read the quads past the snapshot: %w", err)
		}
		s.snap.opened.Path, s.snap.opened.GapQuads = "snapshot+gap", gap
		if cur, err = s.postgresStamp(ctx, f.horizon); err != nil {
			return nil, none, err
		}
	} else {
		f.horizon = horizon
	}
	return s.idx.load(), cur, nil
}

// savePostgresSnapshot writes d, stamped st, as the database's snapshot in
// place of those as old or older, unless a newer one is there already (then
// it returns 0 bytes written).
func (s *Store) savePostgresSnapshot(ctx context.Context, d *indexData, st snapshotStamp) (int, error) {
	data, err := encodeSnapshot(d, st)
	if err != nil {
		return 0, err
	}
	hs := headerSize(len(snapshotSections))
	tx, err := s.follow.db.BeginTx(ctx, nil)
	if err != nil {
		return 0, err
	}
	defer tx.Rollback()
	for _, q := range []string{
		`SELECT pg_advisory_xact_lock(` + fmt.Sprint(snapshotLockKey) + `)`,
		`CREATE TABLE IF NOT EXISTS coopgraph_index_snapshots (
			horizon bigint PRIMARY KEY, header bytea NOT NULL, bytes bigint NOT NULL,
			written timestamptz NOT NULL DEFAULT now())`,
		`CREATE TABLE IF NOT EXISTS coopgraph_index_chunks (
			horizon bigint NOT NULL REFERENCES coopgraph_index_snapshots ON DELETE CASCADE,
			seq int NOT NULL, data bytea NOT NULL, PRIMARY KEY (horizon, seq))`,
		`ALTER TABLE coopgraph_index_chunks ALTER COLUMN data SET STORAGE EXTERNAL`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return 0, fmt.Errorf("prepare snapshot tables: %w", err)
		}
	}
	var newer bool
	if err := tx.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM coopgraph_index_snapshots WHERE horizon > $1)`, st.Horizon).Scan(&newer); err != nil {
		return 0, err
	} else if newer {
		return 0, nil // another server wrote a newer one
	}
	// One at the same horizon is replaced: it may be the one that could
	// not be loaded. Servers reading it meanwhile keep their transaction's
	// view of it.
	if _, err := tx.ExecContext(ctx, `DELETE FROM coopgraph_index_snapshots WHERE horizon <= $1`, st.Horizon); err != nil {
		return 0, fmt.Errorf("drop older snapshots: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO coopgraph_index_snapshots (horizon, header, bytes) VALUES ($1, $2, $3)`,
		st.Horizon, data[:hs], len(data)); err != nil {
		return 0, fmt.Errorf("write snapshot header: %w", err)
	}
	for i, p := 0, int(hs); p < len(data); i, p = i+1, p+snapshotChunk {
		if _, err := tx.ExecContext(ctx, `INSERT INTO coopgraph_index_chunks (horizon, seq, data) VALUES ($1, $2, $3)`,
			st.Horizon, i, data[p:min(len(data), p+snapshotChunk)]); err != nil {
			return 0, fmt.Errorf("write snapshot chunk %d: %w", i, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return 0, fmt.Errorf("commit snapshot: %w", err)
	}
	return len(data), nil
}
