package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"unsafe"
)

// A persisted index ("snapshot") is one indexData written out so that a
// server starts from it instead of rebuilding the index from the store.
// It is a header followed by named sections. The header carries the
// format, the stamp of the store state the index covers (snapshotStamp),
// and a table of the sections with each one's place, length and CRC-32C;
// the header has a CRC of its own. Each section is a sequence of arrays
// laid out as they lie in memory (little-endian, 8-byte aligned), so that
// loading one is a checksum and, for most arrays, a slice of the loaded
// buffer: no per-edge work.
//
// Adding a section is one entry in snapshotSections: a name (with a
// version suffix, bumped when its encoding changes: an older snapshot then
// lacks it and is rebuilt) and a put and a get function. A part of the
// index with a binary form of its own appends it to w.buf and reads it from
// r.buf (setting r.buf to what follows), e.g.
//
//	{"evidence/1",
//		func(d *indexData, w *sectionWriter) (err error) { w.buf, err = d.evid.appendBinary(w.buf); return err },
//		func(d *indexData, r *sectionReader) (err error) { d.evid, r.buf, err = decodeEvidenceTable(r.buf, d.edges()); return err }},
//
// A section starts 64-byte aligned in an 8-byte aligned buffer, and runs
// after those before it in the list.

// snapshotFormat is the version of the header layout.
const snapshotFormat = 1

var snapshotMagic = [8]byte{'C', 'G', 'I', 'X', 'S', 'N', 'A', 'P'}

// snapshotSection is one named part of a persisted index.
type snapshotSection struct {
	name string
	put  func(d *indexData, w *sectionWriter) error
	get  func(d *indexData, r *sectionReader) error
}

// snapshotSections lists, in order, what a snapshot holds. get functions
// run in this order, so a section may use what an earlier one loaded.
var snapshotSections = []snapshotSection{
	{"nodes/1", putNodes, getNodes},
	{"edges/1", putEdges, getEdges},
	{"adjacency/1", putAdjacency, getAdjacency},
	{"names/1", putNames, getNames},
	{"cards/2", putCards, getCards},
	{"evidence/1", func(d *indexData, w *sectionWriter) (err error) { w.buf, err = d.evid.appendBinary(w.buf); return err }, func(d *indexData, r *sectionReader) (err error) {
		d.evid, r.buf, err = decodeEvidenceTable(r.buf, d.edges())
		return err
	}},
	{"pending/1", putPending, getPending},
}

// snapshotStamp says which state of which store a snapshot covers. How
// each backend fills it is in index_persist_bolt.go and _pg.go.
type snapshotStamp struct {
	Backend  string   // bolt or postgres
	Identity [32]byte // SHA-256 of the first record the store ever wrote
	Horizon  int64    // the store's horizon the index holds everything up to
	Quads    int64    // quads stored up to Horizon
	TailID   int64    // the id of the last record up to Horizon
	Tail     [32]byte // SHA-256 of that record
}

// errSnapshot marks a snapshot that cannot be used: it is rebuilt.
var errSnapshot = errors.New("unusable index snapshot")

func snapshotErrorf(format string, args ...any) error {
	return fmt.Errorf("%w: %s", errSnapshot, fmt.Sprintf(format, args...))
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

const (
	headerFixed  = 8 + 4 + 4 + 16 + 32 + 8 + 8 + 8 + 32 + 8 + 8 // magic … nodes, edges
	sectionEntry = 32 + 8 + 8 + 4 + 4
	sectionAlign = 64
)

// snapshotHeader is a snapshot's header, decoded.
type snapshotHeader struct {
	stamp        snapshotStamp
	nodes, edges int64
	sections     []sectionPlace
	size         int64 // header plus sections, in bytes
}

// sectionPlace is where a section lies, from the start of the snapshot.
type sectionPlace struct {
	name     string
	off, len int64
	crc      uint32
}

func headerSize(nsect int) int64 {
	return alignUp(int64(headerFixed+nsect*sectionEntry+4), sectionAlign)
}

func alignUp(n, a int64) int64 { return (n + a - 1) / a * a }

// encodeSnapshot writes d, stamped, as a snapshot. d is a published
// snapshot: encodeSnapshot only reads it, so it may run while queries and
// writes go on.
func encodeSnapshot(d *indexData, st snapshotStamp) ([]byte, error) {
	bodies := make([][]byte, len(snapshotSections))
	h := snapshotHeader{stamp: st, nodes: int64(d.nodes()), edges: int64(d.edges())}
	off := headerSize(len(snapshotSections))
	for i, s := range snapshotSections {
		w := &sectionWriter{}
		if err := s.put(d, w); err != nil {
			return nil, fmt.Errorf("index snapshot section %s: %w", s.name, err)
		}
		bodies[i] = w.buf
		h.sections = append(h.sections, sectionPlace{name: s.name, off: off, len: int64(len(w.buf)),
			crc: crc32.Checksum(w.buf, castagnoli)})
		off = alignUp(off+int64(len(w.buf)), sectionAlign)
	}
	end := headerSize(len(snapshotSections))
	if n := len(h.sections); n > 0 {
		end = h.sections[n-1].off + h.sections[n-1].len // as decodeHeader reckons the size: no padding after the last
	}
	out := make([]byte, end)
	copy(out, h.encode())
	for i, p := range h.sections {
		copy(out[p.off:], bodies[i])
	}
	return out, nil
}

func (h *snapshotHeader) encode() []byte {
	b := make([]byte, headerSize(len(h.sections)))
	le := binary.LittleEndian
	copy(b, snapshotMagic[:])
	le.PutUint32(b[8:], snapshotFormat)
	le.PutUint32(b[12:], uint32(len(h.sections)))
	copy(b[16:32], h.stamp.Backend)
	copy(b[32:64], h.stamp.Identity[:])
	le.PutUint64(b[64:], uint64(h.stamp.Horizon))
	le.PutUint64(b[72:], uint64(h.stamp.Quads))
	le.PutUint64(b[80:], uint64(h.stamp.TailID))
	copy(b[88:120], h.stamp.Tail[:])
	le.PutUint64(b[120:], uint64(h.nodes))
	le.PutUint64(b[128:], uint64(h.edges))
	p := headerFixed
	for _, s := range h.sections {
		copy(b[p:p+32], s.name)
		le.PutUint64(b[p+32:], uint64(s.off))
		le.PutUint64(b[p+40:], uint64(s.len))
		le.PutUint32(b[p+48:], s.crc)
		p += sectionEntry
	}
	le.PutUint32(b[p:], crc32.Checksum(b[:p], castagnoli))
	return b
}

// decodeHeader reads a header from the start of b, which must hold at
// least headerFixed bytes, and returns how many bytes the header takes when
// b is too short for it (need > len(b)).
func decodeHeader(b []byte) (h *snapshotHeader, need int64, err error) {
	le := binary.LittleEndian
	if len(b) < headerFixed {
		return nil, headerFixed, nil
	}
	if [8]byte(b[:8]) != snapshotMagic {
		return nil, 0, snapshotErrorf("not an index snapshot")
	}
	if v := le.Uint32(b[8:]); v != snapshotFormat {
		return nil, 0, snapshotErrorf("format %d, this build reads %d", v, snapshotFormat)
	}
	n := int(le.Uint32(b[12:]))
	if n > 1024 {
		return nil, 0, snapshotErrorf("%d sections", n)
	}
	if hs := headerSize(n); int64(len(b)) < hs {
		return nil, hs, nil
	}
	p := headerFixed + n*sectionEntry
	if got, want := crc32.Checksum(b[:p], castagnoli), le.Uint32(b[p:]); got != want {
		return nil, 0, snapshotErrorf("header checksum %08x, expected %08x", got, want)
	}
	h = &snapshotHeader{}
	h.stamp.Backend = cstring(b[16:32])
	copy(h.stamp.Identity[:], b[32:64])
	h.stamp.Horizon = int64(le.Uint64(b[64:]))
	h.stamp.Quads = int64(le.Uint64(b[72:]))
	h.stamp.TailID = int64(le.Uint64(b[80:]))
	copy(h.stamp.Tail[:], b[88:120])
	h.nodes, h.edges = int64(le.Uint64(b[120:])), int64(le.Uint64(b[128:]))
	h.size = headerSize(n)
	for i := range n {
		q := headerFixed + i*sectionEntry
		s := sectionPlace{name: cstring(b[q : q+32]), off: int64(le.Uint64(b[q+32:])),
			len: int64(le.Uint64(b[q+40:])), crc: le.Uint32(b[q+48:])}
		if s.off < 0 || s.len < 0 || s.off%8 != 0 || s.off < headerSize(n) {
			return nil, 0, snapshotErrorf("section %s at %d, %d bytes", s.name, s.off, s.len)
		}
		h.sections = append(h.sections, s)
		h.size = max(h.size, s.off+s.len)
	}
	return h, 0, nil
}

func cstring(b []byte) string {
	for i, c := range b {
		if c == 0 {
			return string(b[:i])
		}
	}
	return string(b)
}

// decodeSnapshot checks every section of buf (a whole snapshot whose header
// is h) against its checksum and builds the index it holds. The index
// keeps slices of buf: buf must not be changed afterwards.
func decodeSnapshot(h *snapshotHeader, buf []byte) (*indexData, error) {
	if int64(len(buf)) < h.size {
		return nil, snapshotErrorf("truncated: %d bytes of %d", len(buf), h.size)
	}
	if len(h.sections) != len(snapshotSections) {
		return nil, snapshotErrorf("%d sections, this build has %d", len(h.sections), len(snapshotSections))
	}
	d := newIndexData()
	for i, s := range snapshotSections {
		p := h.sections[i]
		if p.name != s.name {
			return nil, snapshotErrorf("section %d is %s, this build reads %s", i, p.name, s.name)
		}
		body := buf[p.off : p.off+p.len]
		if got := crc32.Checksum(body, castagnoli); got != p.crc {
			return nil, snapshotErrorf("section %s: checksum %08x, expected %08x", p.name, got, p.crc)
		}
		r := &sectionReader{buf: body}
		if err := s.get(d, r); err != nil {
			return nil, snapshotErrorf("section %s: %v", p.name, err)
		}
		if r.err != nil {
			return nil, snapshotErrorf("section %s: %v", p.name, r.err)
		}
	}
	if int64(d.nodes()) != h.nodes || int64(d.edges()) != h.edges {
		return nil, snapshotErrorf("%d nodes and %d edges, the header says %d and %d", d.nodes(), d.edges(), h.nodes, h.edges)
	}
	return d, nil
}

// Arrays ------------------------------------------------------------------

// hostLittleEndian is whether this machine lays integers out as a snapshot
// does; elsewhere arrays are converted one element at a time.
var hostLittleEndian = func() bool { x := uint16(1); return *(*byte)(unsafe.Pointer(&x)) == 1 }()

// sectionWriter builds one section: a sequence of counts and arrays, each
// array preceded by its length and padded to 8 bytes.
type sectionWriter struct{ buf []byte }

func (w *sectionWriter) u64(v uint64) { w.buf = binary.LittleEndian.AppendUint64(w.buf, v) }

func (w *sectionWriter) pad() {
	for len(w.buf)%8 != 0 {
		w.buf = append(w.buf, 0)
	}
}

// putArray appends s as an array of fixed-size integers.
func putArray[T uint8 | uint16 | uint32 | uint64](w *sectionWriter, s []T) {
	w.u64(uint64(len(s)))
	if len(s) == 0 {
		return
	}
	size := int(unsafe.Sizeof(s[0]))
	if hostLittleEndian {
		w.buf = append(w.buf, unsafe.Slice((*byte)(unsafe.Pointer(&s[0])), len(s)*size)...)
	} else {
		for _, v := range s {
			for i := range size {
				w.buf = append(w.buf, byte(uint64(v)>>(8*i)))
			}
		}
	}
	w.pad()
}

// putStrings appends ss as their lengths and one arena of their bytes.
func (w *sectionWriter) putStrings(ss []string) {
	lens := make([]uint32, len(ss))
	n := 0
	for i, s := range ss {
		lens[i] = uint32(len(s))
		n += len(s)
	}
	putArray(w, lens)
	arena := make([]byte, 0, n)
	for _, s := range ss {
		arena = append(arena, s...)
	}
	putArray(w, arena)
}

// sectionReader reads a section back. An error sticks: later reads return
// nothing, and the section's get function need check r.err only at the end.
type sectionReader struct {
	buf []byte
	err error
}

func (r *sectionReader) fail(format string, args ...any) {
	if r.err == nil {
		r.err = fmt.Errorf(format, args...)
	}
	r.buf = nil
}

func (r *sectionReader) u64() uint64 {
	if len(r.buf) < 8 {
		r.fail("truncated")
		return 0
	}
	v := binary.LittleEndian.Uint64(r.buf)
	r.buf = r.buf[8:]
	return v
}

// count reads a count that must not pass max.
func (r *sectionReader) count(max int) int {
	v := r.u64()
	if v > uint64(max) {
		r.fail("count %d past %d", v, max)
		return 0
	}
	return int(v)
}

// getArray reads an array putArray wrote. On a little-endian machine it
// returns a slice of the section itself (its capacity its length, so that
// an append copies); elsewhere a converted copy.
func getArray[T uint8 | uint16 | uint32 | uint64](r *sectionReader) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	n := r.count(len(r.buf) / size)
	if n == 0 || r.err != nil {
		return nil
	}
	raw := r.buf[:n*size]
	r.buf = r.buf[min(len(r.buf), int(alignUp(int64(n*size), 8))):]
	if hostLittleEndian && uintptr(unsafe.Pointer(&raw[0]))%uintptr(size) == 0 {
		s := unsafe.Slice((*T)(unsafe.Pointer(&raw[0])), n)
		return s[:n:n]
	}
	s := make([]T, n)
	for i := range s {
		var v uint64
		for j := range size {
			v |= uint64(raw[i*size+j]) << (8 * j)
		}
		s[i] = T(v)
	}
	return s
}

// getStrings reads strings putStrings wrote; they share the section's
// bytes, which are never changed.
func (r *sectionReader) getStrings() []string {
	lens := getArray[uint32](r)
	arena := getArray[uint8](r)
	if r.err != nil {
		return nil
	}
	out := make([]string, len(lens))
	p := 0
	for i, l := range lens {
		if p+int(l) > len(arena) {
			r.fail("strings past their arena")
			return nil
		}
		if l > 0 {
			out[i] = unsafe.String(&arena[p], int(l))
		}
		p += int(l)
	}
	return out
}

// putLists appends lists as their offsets and one flat array.
func putLists[T uint16 | uint32 | uint64](w *sectionWriter, lists [][]T) {
	off := make([]uint32, len(lists)+1)
	n := 0
	for i, l := range lists {
		n += len(l)
		off[i+1] = uint32(n)
	}
	flat := make([]T, 0, n)
	for _, l := range lists {
		flat = append(flat, l...)
	}
	putArray(w, off)
	putArray(w, flat)
}

// getLists reads lists putLists wrote, each a slice of the flat array
// whose capacity is its length.
func getLists[T uint16 | uint32 | uint64](r *sectionReader) [][]T {
	off := getArray[uint32](r)
	flat := getArray[T](r)
	if r.err != nil || len(off) == 0 {
		return nil
	}
	out := make([][]T, len(off)-1)
	for i := range out {
		lo, hi := off[i], off[i+1]
		if lo > hi || int(hi) > len(flat) {
			r.fail("list %d at [%d,%d) of %d", i, lo, hi, len(flat))
			return nil
		}
		if lo < hi {
			out[i] = flat[lo:hi:hi]
		}
	}
	return out
}
