package graph

import (
	"bytes"
	"cmp"
	"context"
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"sync"
	"time"

	"github.com/boltdb/bolt"
	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/kv"
	"github.com/cayleygraph/cayley/graph/proto"
	"github.com/cayleygraph/quad"
	"github.com/cayleygraph/quad/pquads"
)

// The bulk writer adds quads to a bolt store in one bolt transaction,
// writing what Cayley's kv quad store (v0.7.7, graph/kv/indexing.go)
// writes for ApplyDeltas of the same adds with IgnoreDup: the same node
// and quad ids, reference counts, index lists, log entries and meta
// counters, so that Cayley reads and later writes the store as if it had
// written it itself (TestBulkBoltEqualsApplyDeltas compares every key and
// value but the log's timestamps). It is the article loader's writer on
// bolt: Cayley's ApplyDeltas spends most of a load in per-key overhead
// (every put looks up its bucket by name and creates it if missing, every
// node and index key is read before it is written, even for ids this very
// transaction allocated) that the bulk writer avoids by visiting nodes in
// hash order (so bucket by bucket), keeping the buckets it opened, and not
// reading keys that name a node created in the same transaction.
//
// The trade-off: the writer depends on Cayley's kv layout of v0.7.7, which
// is why it refuses (errBulkLayout, and the loader falls back to
// ApplyDeltas) a store whose version or quad indexes are not the ones it
// knows, and why the equality test must pass on any Cayley upgrade. It
// relies on Cayley keeping no state of its own about the store but what
// it reads back from bolt: bloom filters are off for coopgraph's bolt
// stores (Open's no_bloom), and Cayley's cache of IRI ids stays right,
// since the writer only adds.

// errBulkLayout is returned by bulkAdd when the store's layout is not the
// one the bulk writer writes; nothing is written then.
var errBulkLayout = errors.New("bolt store layout is not Cayley v0.7.7's default")

// Cayley's kv layout: buckets and meta keys.
var (
	bulkMeta  = []byte("meta")
	bulkLog   = []byte("log")
	bulkSP    = []byte("sp")
	bulkOPS   = []byte("ops")
	bulkVer   = []byte("version")
	bulkIdx   = []byte("indexes")
	bulkHoriz = []byte("horizon")
	bulkSize  = []byte("size")
)

const bulkDataVersion = 2

var fillLog, fillIdx = 1.0, 0.5

type bulkNode struct {
	hash cgraph.ValueHash
	val  quad.Value
	refs int // references of the batch's quads, duplicates included, as Cayley counts them
	id   uint64
	new  bool // created by this transaction
}

// bulkArena hands out byte slices that stay valid until the transaction
// commits, as bolt requires of the keys and values it is given, without
// one allocation each.
type bulkArena struct{ buf []byte }

func (a *bulkArena) take(n int) []byte {
	if len(a.buf)+n > cap(a.buf) {
		size := 1 << 20
		if n > size {
			size = n
		}
		a.buf = make([]byte, 0, size)
	}
	b := a.buf[len(a.buf) : len(a.buf)+n : len(a.buf)+n]
	a.buf = a.buf[:len(a.buf)+n]
	return b
}

func (a *bulkArena) uvarint(x uint64) []byte {
	var tmp [binary.MaxVarintLen64]byte
	n := binary.PutUvarint(tmp[:], x)
	b := a.take(n)
	copy(b, tmp[:n])
	return b
}

func (a *bulkArena) be(xs ...uint64) []byte {
	b := a.take(8 * len(xs))
	for i, x := range xs {
		binary.BigEndian.PutUint64(b[8*i:], x)
	}
	return b
}

// bulkAdd adds qs to the bolt store db in one transaction, as Cayley's
// ApplyDeltas with IgnoreDup would (see above). It returns errBulkLayout,
// having written nothing, when the store is not laid out as it expects.
func bulkAdd(db *bolt.DB, qs []quad.Quad) error {
	b, err := prepareBulk(qs)
	if err != nil {
		return err
	}
	return db.Update(b.apply)
}

// bulkBatch is a batch of quads made ready for the bulk writer without the
// store: values hashed and encoded, nodes in hash order.
type bulkBatch struct {
	quads  int
	sorted []*bulkNode    // the batch's nodes in hash order
	links  [][4]*bulkNode // each distinct quad's nodes by direction, in the order given
	vals   [][]byte       // sorted[i]'s encoded value
}

func prepareBulk(qs []quad.Quad) (*bulkBatch, error) {
	// The batch's nodes, each with the references the batch makes to it.
	// A value is hashed once, not at each of its quads (a predicate or a
	// hub entity is in thousands): the nodes are looked up by the value
	// first, where it can be a map key, and by its hash once for each
	// value (two values of different Go types may print, and so hash, the
	// same: they are one node).
	byHash := make(map[cgraph.ValueHash]*bulkNode, len(qs))
	byValue := make(map[quad.Value]*bulkNode, len(qs))
	node := func(v quad.Value) *bulkNode {
		keyable := comparableValue(v)
		if keyable {
			if n := byValue[v]; n != nil {
				return n
			}
		}
		h := cgraph.HashOf(v)
		n := byHash[h]
		if n == nil {
			n = &bulkNode{hash: h, val: v}
			byHash[h] = n
		}
		if keyable {
			byValue[v] = n
		}
		return n
	}
	// Each quad once (Cayley's IgnoreDup): nodes are one per hash, so two
	// quads with the same nodes are the same quad.
	links := make([][4]*bulkNode, 0, len(qs))
	seen := make(map[[4]*bulkNode]struct{}, len(qs))
	for _, q := range qs {
		var l [4]*bulkNode
		for d, dir := range quad.Directions {
			if v := q.Get(dir); v != nil {
				l[d] = node(v)
				l[d].refs++
			}
		}
		if _, dup := seen[l]; !dup {
			seen[l] = struct{}{}
			links = append(links, l)
		}
	}
	sorted := make([]*bulkNode, 0, len(byHash))
	for _, n := range byHash {
		sorted = append(sorted, n)
	}
	slices.SortFunc(sorted, func(a, b *bulkNode) int { return bytes.Compare(a.hash[:], b.hash[:]) })
	vals := make([][]byte, len(sorted))
	for i, n := range sorted {
		v, err := pquads.MarshalValue(n.val)
		if err != nil {
			return nil, fmt.Errorf("encode value %v: %w", n.val, err)
		}
		vals[i] = v
	}
	return &bulkBatch{quads: len(qs), sorted: sorted, links: links, vals: vals}, nil
}

// comparableValue reports whether v is of a type of values that can be
// map keys (quad.Value is an interface: a value of another type, holding a
// slice, say, would make the map panic).
func comparableValue(v quad.Value) bool {
	switch v.(type) {
	case quad.IRI, quad.String, quad.BNode, quad.TypedString, quad.LangString, quad.Int, quad.Float, quad.Bool:
		return true
	}
	return false
}

// bulkLayoutOK reports whether the bolt store db is laid out as the bulk
// writer writes (errBulkLayout if not).
func bulkLayoutOK(db *bolt.DB) error {
	return db.View(func(tx *bolt.Tx) error {
		_, _, err := bulkLayout(tx)
		return err
	})
}

func bulkLayout(tx *bolt.Tx) (meta, logB *bolt.Bucket, err error) {
	meta, logB = tx.Bucket(bulkMeta), tx.Bucket(bulkLog)
	if meta == nil || logB == nil || tx.Bucket(bulkSP) == nil || tx.Bucket(bulkOPS) == nil {
		return nil, nil, errBulkLayout
	}
	if v := meta.Get(bulkVer); len(v) != 8 || binary.LittleEndian.Uint64(v) != bulkDataVersion {
		return nil, nil, errBulkLayout
	}
	var inds []kv.QuadIndex
	if err := json.Unmarshal(meta.Get(bulkIdx), &inds); err != nil || !reflect.DeepEqual(inds, kv.DefaultQuadIndexes) {
		return nil, nil, errBulkLayout
	}
	return meta, logB, nil
}

// apply writes the batch in tx. A batch is applied once.
func (bb *bulkBatch) apply(tx *bolt.Tx) error {
	meta, logB, err := bulkLayout(tx)
	if err != nil {
		return err
	}
	// The log's keys are ids, each above all stored ones: its pages are
	// only ever appended to, so they are written full rather than half
	// (bolt's default suits keys that land anywhere).
	logB.FillPercent = fillLog
	horizon := metaInt(meta, bulkHoriz)
	size := metaInt(meta, bulkSize)
	var arena bulkArena
	sorted, links := bb.sorted, bb.links

	// Resolve them: a stored node keeps its id, new ones take the next ids
	// in hash order, as Cayley allocates them.
	buckets := map[[3]byte]*bolt.Bucket{}
	bucket := func(kind byte, h *cgraph.ValueHash, create bool) (*bolt.Bucket, error) {
		name := [3]byte{kind, h[0], h[1]}
		if b := buckets[name]; b != nil {
			return b, nil
		}
		var b *bolt.Bucket
		if create {
			var err error
			if b, err = tx.CreateBucketIfNotExists(name[:]); err != nil {
				return nil, fmt.Errorf("bolt bucket %q: %w", name[:], err)
			}
		} else if b = tx.Bucket(name[:]); b == nil {
			return nil, nil
		}
		buckets[name] = b
		return b, nil
	}
	fresh := 0
	for _, n := range sorted {
		b, err := bucket('v', &n.hash, false)
		if err != nil {
			return err
		}
		if b != nil {
			if v := b.Get(n.hash[:]); len(v) != 0 {
				n.id, _ = binary.Uvarint(v)
			}
		}
		if n.id == 0 {
			n.new = true
			fresh++
		}
	}
	// Reference counts, read and written for stored nodes, written for new;
	// before the value buckets are created, as bolt's root bucket orders
	// them ("n…" before "v…"): a transaction that creates many buckets
	// then appends to the root's nodes instead of inserting before
	// thousands of keys each time.
	for _, n := range sorted {
		b, err := bucket('n', &n.hash, true)
		if err != nil {
			return err
		}
		refs := int64(n.refs)
		if !n.new {
			if v := b.Get(n.hash[:]); v != nil {
				c, _ := binary.Uvarint(v)
				refs += int64(c)
			}
		}
		if err := b.Put(n.hash[:], arena.uvarint(uint64(refs))); err != nil {
			return err
		}
	}

	// Ids up to stored were allocated before this transaction.
	stored := uint64(horizon)
	next := stored + 1
	horizon += int64(fresh)
	for i, n := range sorted {
		if !n.new {
			continue
		}
		n.id, next = next, next+1
		val := bb.vals[i]
		b, err := bucket('v', &n.hash, true)
		if err != nil {
			return err
		}
		if err := b.Put(n.hash[:], arena.uvarint(n.id)); err != nil {
			return err
		}
		if err := putPrimitive(logB, &arena, &proto.Primitive{ID: n.id, Value: val, Timestamp: time.Now().UnixNano()}); err != nil {
			return err
		}
	}
	// The quads not stored yet, with the next ids in order.
	sp, ops := tx.Bucket(bulkSP), tx.Bucket(bulkOPS)
	sp.FillPercent, ops.FillPercent = fillIdx, fillIdx
	added := make([]proto.Primitive, 0, len(links))
	for _, l := range links {
		var p proto.Primitive
		mustBeNew := false
		for d, dir := range quad.Directions {
			if n := l[d]; n != nil {
				p.SetDirection(dir, n.id)
				mustBeNew = mustBeNew || n.new
			}
		}
		if !mustBeNew {
			stored, err := bulkHas(ops, logB, &p)
			if err != nil {
				return err
			} else if stored {
				continue
			}
		}
		added = append(added, p)
	}
	if len(added) == 0 && fresh == 0 {
		return nil
	}
	// Index lists: each key's new ids appended, in id order, to what is
	// stored under it. The keys are big-endian ids, so sorting the
	// entries by ids sorts them by key, and each key's entries by quad id.
	spAdds := make([]bulkIndexAdd, len(added))
	opsAdds := make([]bulkIndexAdd, len(added))
	for i := range added {
		p := &added[i]
		p.ID, next = next, next+1
		p.Timestamp = time.Now().UnixNano()
		spAdds[i] = bulkIndexAdd{key: [3]uint64{p.Subject, p.Predicate}, n: 2, id: p.ID}
		opsAdds[i] = bulkIndexAdd{key: [3]uint64{p.Object, p.Predicate, p.Subject}, n: 3, id: p.ID}
		if err := putPrimitive(logB, &arena, p); err != nil {
			return err
		}
	}
	// Cayley writes the index buckets in name order: ops, then sp.
	if err := putIndexAdds(ops, &arena, opsAdds, stored); err != nil {
		return err
	}
	if err := putIndexAdds(sp, &arena, spAdds, stored); err != nil {
		return err
	}
	horizon += int64(len(added))
	if err := putMetaInt(meta, &arena, bulkHoriz, horizon); err != nil {
		return err
	}
	if len(added) > 0 {
		if err := putMetaInt(meta, &arena, bulkSize, size+int64(len(added))); err != nil {
			return err
		}
	}
	return nil
}

// bulkIndexAdd is a quad id to add to the index list under key: the
// first n ids of key, each written as 8 big-endian bytes.
type bulkIndexAdd struct {
	key [3]uint64
	n   int
	id  uint64
}

func compareIndexAdds(a, b bulkIndexAdd) int {
	for i := range a.key {
		if c := cmp.Compare(a.key[i], b.key[i]); c != 0 {
			return c
		}
	}
	return cmp.Compare(a.id, b.id)
}

// putIndexAdds appends adds to the index lists of b, in key order; a key
// naming a node above stored (created by this transaction) holds nothing
// yet, so it is not read.
func putIndexAdds(b *bolt.Bucket, a *bulkArena, adds []bulkIndexAdd, stored uint64) error {
	slices.SortFunc(adds, compareIndexAdds)
	for len(adds) > 0 {
		k := adds[0]
		same := 1
		for same < len(adds) && adds[same].key == k.key {
			same++
		}
		key := a.be(k.key[:k.n]...)
		var old []byte
		if !slices.ContainsFunc(k.key[:k.n], func(id uint64) bool { return id > stored }) {
			old = b.Get(key)
		}
		buf := a.take(len(old) + binary.MaxVarintLen64*same)
		n := copy(buf, old)
		for _, e := range adds[:same] {
			n += binary.PutUvarint(buf[n:], e.id)
		}
		if err := b.Put(key, buf[:n]); err != nil {
			return err
		}
		adds = adds[same:]
	}
	return nil
}

// bulkHas reports whether the quad p names (by node ids) is stored and not
// deleted: what Cayley's hasPrimitive answers, from the ops index alone
// (every stored quad with p's object, predicate and subject is listed
// under that key, whatever its label; Cayley intersects this list with the
// sp one, which holds all of them too).
func bulkHas(ops, logB *bolt.Bucket, p *proto.Primitive) (bool, error) {
	var key [24]byte
	binary.BigEndian.PutUint64(key[0:], p.Object)
	binary.BigEndian.PutUint64(key[8:], p.Predicate)
	binary.BigEndian.PutUint64(key[16:], p.Subject)
	list := ops.Get(key[:])
	var ids []uint64
	for len(list) > 0 {
		id, n := binary.Uvarint(list)
		if n <= 0 {
			return false, fmt.Errorf("corrupt ops index list under %x", key)
		}
		ids = append(ids, id)
		list = list[n:]
	}
	for i := len(ids) - 1; i >= 0; i-- {
		var k [8]byte
		binary.BigEndian.PutUint64(k[:], ids[i])
		v := logB.Get(k[:])
		if v == nil {
			continue
		}
		var q proto.Primitive
		if err := q.Unmarshal(v); err != nil {
			return false, fmt.Errorf("decode log entry %d: %w", ids[i], err)
		}
		if !q.Deleted && q.IsSameLink(p) {
			return true, nil
		}
	}
	return false, nil
}

func putPrimitive(logB *bolt.Bucket, a *bulkArena, p *proto.Primitive) error {
	buf := a.take(p.ProtoSize())
	n, err := p.MarshalTo(buf)
	if err != nil {
		return fmt.Errorf("encode log entry %d: %w", p.ID, err)
	}
	return logB.Put(a.be(p.ID), buf[:n])
}

func metaInt(meta *bolt.Bucket, key []byte) int64 {
	v := meta.Get(key)
	if len(v) != 8 {
		return 0
	}
	return int64(binary.LittleEndian.Uint64(v))
}

func putMetaInt(meta *bolt.Bucket, a *bulkArena, key []byte, v int64) error {
	b := a.take(8)
	binary.LittleEndian.PutUint64(b, uint64(v))
	return meta.Put(key, b)
}

// bulkWriter is the article loader's writer on bolt. It gathers the
// loader's groups into transactions of at least txQuads quads (whole
// groups, so every article is still whole or absent after a crash), and a
// goroutine writes each transaction while the loader prepares the next
// (extracts, merges, validates, hashes and encodes it): a load then uses
// two cores, not one, and far fewer commits. Bolt rewrites every page a
// transaction touches, and consecutive groups touch the same pages (the
// root bucket's inline value buckets, the index and log tails): at groups
// of 64 generated articles (some 14,000 quads) a load writes each page of
// the file four times over; at 100,000 quads a transaction, about once.
//
// The trade-offs: a group is committed after Write returns, so a write
// error (the disk's, not the data's, which is checked before) is returned
// by a later Write or by Close, and the groups of the failed transaction
// and those handed over after it are not written; Close returns only once
// every group is committed. A crash loses the groups not yet committed,
// up to txQuads quads' worth, where a group a transaction lost one.
// Memory: the quads gathered, one transaction prepared and one being
// written, some three times txQuads quads.
type bulkWriter struct {
	s       *Store
	batches chan *bulkBatch
	done    chan struct{}
	mu      sync.Mutex
	err     error
	buf     []quad.Quad // groups gathered for the next transaction
	txQuads int         // written once buf holds this many
}

// DefaultLoadTxQuads is the size past which the article loader writes the
// groups it gathered on bolt (LoaderOptions.TxQuads).
const DefaultLoadTxQuads = 100000

func (s *Store) startBulkWriter(txQuads int) *bulkWriter {
	w := &bulkWriter{s: s, batches: make(chan *bulkBatch, 1), done: make(chan struct{}), txQuads: txQuads}
	go w.run()
	return w
}

func (w *bulkWriter) run() {
	defer close(w.done)
	i := 0
	for b := range w.batches {
		i++
		if w.failed() != nil {
			continue // dropped: an earlier batch failed
		}
		err := w.s.clusterWrite(context.Background(), func() error { return w.commit(b) })
		if err != nil {
			w.mu.Lock()
			w.err = fmt.Errorf("graph: write batch %d (%d quads) to %s: %w", i, b.quads, w.s.backend.Name, err)
			w.mu.Unlock()
		}
	}
}

// commit writes b in a bolt transaction of its own. The store's write lock
// (which keeps the store's readers out) is held for the commit alone: bolt
// lets readers in beside a writing transaction, which changes only its own
// copies of the pages until it commits, and it is the commit that may remap
// the file, which must find no reader inside (Store.rw). So the loader's
// reads for the next group (is this article stored? which stored entity
// has this name?) go on while this batch is being written.
func (w *bulkWriter) commit(b *bulkBatch) error {
	tx, err := w.s.bolt.Begin(true)
	if err != nil {
		return err
	}
	if err := b.apply(tx); err != nil {
		tx.Rollback()
		return err
	}
	defer w.s.writeLock()()
	return tx.Commit()
}

func (w *bulkWriter) failed() error {
	w.mu.Lock()
	defer w.mu.Unlock()
	return w.err
}

// write gathers qs (copied: the caller may reuse it), handing the gathered
// groups over as one transaction once they reach txQuads quads; it
// returns the error of an earlier transaction, if one failed, and then
// gathers nothing.
func (w *bulkWriter) write(qs []quad.Quad) error {
	if err := w.failed(); err != nil {
		return err
	}
	w.buf = append(w.buf, qs...)
	if len(w.buf) < w.txQuads {
		return nil
	}
	return w.flush()
}

func (w *bulkWriter) flush() error {
	if len(w.buf) == 0 {
		return nil
	}
	b, err := prepareBulk(w.buf)
	if err != nil {
		return err
	}
	w.buf = w.buf[:0] // the batch keeps no reference to it
	w.batches <- b
	return nil
}

// close writes what is gathered, waits for every transaction to be
// committed and returns the first failure.
func (w *bulkWriter) close() error {
	ferr := w.failed()
	if ferr == nil {
		ferr = w.flush()
	}
	close(w.batches)
	<-w.done
	if err := w.failed(); err != nil {
		return err
	}
	return ferr
}
