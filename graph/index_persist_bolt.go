package graph

import (
	"context"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"
	"unsafe"

	"github.com/boltdb/bolt"
	"github.com/cayleygraph/cayley/graph/proto"
)

// On bolt the snapshot is a file beside Cayley's bolt file, in the store's
// directory: a file rather than a bucket in the bolt file because Cayley
// holds that file locked while it is open and gives no access to its
// database, because a value of hundreds of megabytes in bolt is copied on
// every write and grows its freelist, and because a plain file is read in
// one sequential read.
//
// Cayley v0.7.7's kv backend keeps, in its "meta" bucket, a "horizon" (the
// last id it handed out to a node or quad primitive: ids are never reused)
// and a "size" (the live quad count), and in its "log" bucket every
// primitive by id (big-endian), a quad's marked deleted in place when it
// is deleted. Neither is exported while Cayley has the store open, so the
// stamp is read from the bolt file itself when Cayley does not hold it:
// before Open hands it to Cayley, and at Close after Cayley let go of it.
//
// What a stamp detects on bolt: writes since the snapshot (the horizon has
// grown: the quads past it are read from the log and added to the index,
// as any write is); deletions (the quad count is less than the snapshot's
// plus the live quads past it: rebuilt); a store that is not the one the
// snapshot was made of (the first primitive, which holds the store's
// creation time to the nanosecond, differs: foreign) or that went another
// way since a common past, e.g. a copy written to apart (the primitive the
// snapshot saw last differs, or the store's horizon is behind the
// snapshot's: rebuilt).

// boltSnapshotName is the snapshot's file name in a bolt store's directory.
const boltSnapshotName = "coopgraph-index.snap"

func boltSnapshotFile(dir string) string { return filepath.Join(dir, boltSnapshotName) }

// boltStamp reads the stamp of the bolt store at its current state.
func boltStamp(tx *bolt.Tx) snapshotStamp {
	st := snapshotStamp{Backend: "bolt"}
	if meta := tx.Bucket([]byte("meta")); meta != nil {
		st.Horizon = boltInt(meta.Get([]byte("horizon")))
		st.Quads = boltInt(meta.Get([]byte("size")))
	}
	if log := tx.Bucket([]byte("log")); log != nil {
		c := log.Cursor()
		if k, v := c.First(); k != nil {
			st.Identity = recordHash(k, v)
		}
		if k, v := c.Last(); len(k) == 8 {
			st.TailID, st.Tail = int64(binary.BigEndian.Uint64(k)), recordHash(k, v)
		}
	}
	return st
}

func boltInt(b []byte) int64 {
	if len(b) != 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(b))
}

func recordHash(parts ...[]byte) [32]byte {
	h := sha256.New()
	for _, p := range parts {
		var n [8]byte
		binary.LittleEndian.PutUint64(n[:], uint64(len(p)))
		h.Write(n[:])
		h.Write(p)
	}
	return [32]byte(h.Sum(nil))
}

// boltGap checks that the store's past agrees with a snapshot stamped old
// (the primitive old saw last is there, unchanged) and returns the live
// quad primitives written since: refs for Cayley's Quad once it has the
// store open.
func boltGap(tx *bolt.Tx, old snapshotStamp) ([]*proto.Primitive, error) {
	log := tx.Bucket([]byte("log"))
	if log == nil {
		return nil, snapshotErrorf("the store has no log")
	}
	var key [8]byte
	binary.BigEndian.PutUint64(key[:], uint64(old.TailID))
	if v := log.Get(key[:]); v == nil || recordHash(key[:], v) != old.Tail {
		return nil, snapshotErrorf("the store's record %d is not the one the snapshot saw last: it went another way", old.TailID)
	}
	var out []*proto.Primitive
	binary.BigEndian.PutUint64(key[:], uint64(old.Horizon+1))
	c := log.Cursor()
	for k, v := c.Seek(key[:]); k != nil; k, v = c.Next() {
		p := &proto.Primitive{}
		if err := p.Unmarshal(v); err != nil {
			return nil, fmt.Errorf("read primitive %x: %w", k, err)
		}
		if !p.IsNode() && !p.Deleted {
			if len(out) == bulkRebuild {
				// Past this, adding edge by edge is slower than a rebuild
				// (as Index.add decides).
				return nil, snapshotErrorf("more than %d quads written since: rebuilding is quicker", bulkRebuild)
			}
			out = append(out, p)
		}
	}
	return out, nil
}

// openBoltReadOnly opens the bolt file of dir for reading, waiting at most
// BoltLockTimeout for another process to let go of it; nil when the store
// does not exist yet.
func openBoltReadOnly(dir string) (*bolt.DB, error) {
	file := boltFile(dir)
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	db, err := bolt.Open(file, 0o600, &bolt.Options{ReadOnly: true, Timeout: BoltLockTimeout})
	if err != nil {
		return nil, fmt.Errorf("open %s to read its stamp: %w", file, err)
	}
	return db, nil
}

// readSnapshotHeader reads the header of the snapshot file at path.
func readSnapshotHeader(f *os.File) (*snapshotHeader, error) {
	buf := make([]byte, headerFixed)
	for {
		if _, err := f.ReadAt(buf, 0); err != nil {
			if errors.Is(err, io.EOF) {
				return nil, snapshotErrorf("truncated header")
			}
			return nil, fmt.Errorf("read snapshot header: %w", err)
		}
		h, need, err := decodeHeader(buf)
		if err != nil || h != nil {
			return h, err
		}
		buf = make([]byte, need)
	}
}

// readSnapshotBody reads the whole snapshot h heads into memory aligned for
// its arrays.
func readSnapshotBody(f *os.File, h *snapshotHeader) ([]byte, error) {
	st, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("stat snapshot: %w", err)
	}
	if st.Size() < h.size {
		return nil, snapshotErrorf("truncated: %d bytes of %d", st.Size(), h.size)
	}
	buf := alignedBytes(int(h.size))
	if _, err := f.ReadAt(buf, 0); err != nil {
		return nil, fmt.Errorf("read snapshot: %w", err)
	}
	return buf, nil
}

// alignedBytes returns n bytes 8-byte aligned, so that the arrays of a
// snapshot read into them can be used in place.
func alignedBytes(n int) []byte {
	if n == 0 {
		return nil
	}
	words := make([]uint64, (n+7)/8)
	return unsafe.Slice((*byte)(unsafe.Pointer(&words[0])), n)
}

// writeFileAtomic writes data to path through a temporary file in the same
// directory, synced and renamed over path, then syncs the directory: a
// crash leaves the old file or the new one, never a part. It gives up
// (removing the temporary file) when ctx ends before the rename.
func writeFileAtomic(ctx context.Context, path string, data []byte) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, filepath.Base(path)+".tmp-*")
	if err != nil {
		return fmt.Errorf("create snapshot: %w", err)
	}
	tmp := f.Name()
	defer os.Remove(tmp) // after a rename, a no-op
	for p := 0; p < len(data); {
		if err := ctx.Err(); err != nil {
			f.Close()
			return err
		}
		n, err := f.Write(data[p:min(len(data), p+64<<20)])
		if err != nil {
			f.Close()
			return fmt.Errorf("write snapshot: %w", err)
		}
		p += n
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return fmt.Errorf("sync snapshot: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("close snapshot: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("rename snapshot: %w", err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
	return nil
}

// boltSnapshotRead is what Open reads of a bolt store and its snapshot
// before Cayley opens the store.
type boltSnapshotRead struct {
	stamp  snapshotStamp      // the store's
	header *snapshotHeader    // the snapshot's, when it can be used
	body   []byte             // the whole snapshot
	gap    []*proto.Primitive // quads written since the snapshot
	err    error              // why there is no usable snapshot
	took   time.Duration
}

// readBoltSnapshot reads the store's stamp and, when it agrees with the
// snapshot beside the store, the snapshot and the quads written since.
func readBoltSnapshot(dir string) *boltSnapshotRead {
	start := time.Now()
	out := &boltSnapshotRead{}
	defer func() { out.took = time.Since(start) }()
	db, err := openBoltReadOnly(dir)
	if err != nil || db == nil {
		out.err = err
		if db == nil && err == nil {
			out.err = snapshotErrorf("new store")
		}
		return out
	}
	defer db.Close()
	err = db.View(func(tx *bolt.Tx) error {
		out.stamp = boltStamp(tx)
		f, err := os.Open(boltSnapshotFile(dir))
		if errors.Is(err, os.ErrNotExist) {
			return snapshotErrorf("missing")
		} else if err != nil {
			return err
		}
		defer f.Close()
		h, err := readSnapshotHeader(f)
		if err != nil {
			return err
		}
		if err := checkStamp(h.stamp, out.stamp); err != nil {
			return err
		}
		if h.stamp.Horizon < out.stamp.Horizon {
			if out.gap, err = boltGap(tx, h.stamp); err != nil {
				return err
			}
			if got := h.stamp.Quads + int64(len(out.gap)); got != out.stamp.Quads {
				return snapshotErrorf("%d quads stored, the snapshot's %d and %d written since make %d: quads were deleted",
					out.stamp.Quads, h.stamp.Quads, len(out.gap), got)
			}
		}
		if out.body, err = readSnapshotBody(f, h); err != nil {
			return err
		}
		out.header = h
		return nil
	})
	if err != nil {
		out.header, out.body, out.gap, out.err = nil, nil, nil, err
	}
	return out
}

// checkStamp reports whether a snapshot stamped snap may be brought up to
// the store stamped cur: the same store, not ahead of it, and, when at the
// same horizon, the same state.
func checkStamp(snap, cur snapshotStamp) error {
	switch {
	case snap.Backend != cur.Backend:
		return snapshotErrorf("written for a %s store, this is %s", snap.Backend, cur.Backend)
	case snap.Identity != cur.Identity:
		return snapshotErrorf("foreign: written for another store")
	case snap.Horizon > cur.Horizon:
		return snapshotErrorf("ahead of the store: horizon %d, the store's %d", snap.Horizon, cur.Horizon)
	case snap.Horizon == cur.Horizon && (snap.Quads != cur.Quads || snap.TailID != cur.TailID || snap.Tail != cur.Tail):
		return snapshotErrorf("at the store's horizon %d but of another state (%d quads, the store's %d)", cur.Horizon, snap.Quads, cur.Quads)
	}
	return nil
}

// saveBoltSnapshot writes d as the snapshot of the bolt store in dir,
// stamped st.
func saveBoltSnapshot(ctx context.Context, dir string, d *indexData, st snapshotStamp) (int, error) {
	// What a killed write left behind. The caller holds the store (Cayley
	// has it open, or it is held for reading after Close), so no other
	// process is writing one now.
	if old, err := filepath.Glob(boltSnapshotFile(dir) + ".tmp-*"); err == nil {
		for _, f := range old {
			os.Remove(f)
		}
	}
	data, err := encodeSnapshot(d, st)
	if err != nil {
		return 0, err
	}
	return len(data), writeFileAtomic(ctx, boltSnapshotFile(dir), data)
}
