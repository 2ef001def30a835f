package graph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"

	"github.com/coopgraph/coopgraph/quads"
)

// The evidence table's binary form, for a persisted index: raw
// little-endian sections, each starting at a multiple of 8 bytes from the
// start of the encoding, in the order
//
//	header   magic "CGEVIDT1", then uint32 blocks, articles, records, edges, wide
//	blocks   uint32 length of each text block (0 for the slots a long string's block spans)
//	text     the blocks' bytes, one after another
//	articles 8 uint32 a record: id, title, date, source, each offset and length
//	records  7 uint32 a record: sentence offset and length, title offset and length,
//	         article, start, end (int32)
//	offsets  uint32 edges+1: edge e's records are records[offsets[e]:offsets[e+1]]
//	wide     a record's number, its start and its end, each an int64
//
// so that a little-endian machine loads it without work per record: the
// decoded table points into the encoding (records, articles, offsets and
// text are the encoding's bytes, when it lies at an 8-byte aligned
// address), and only checks that every record points inside it and
// interns the articles.

var evidenceMagic = [8]byte{'C', 'G', 'E', 'V', 'I', 'D', 'T', '1'}

const evidenceHeader = 8 + 5*4

// Field layouts the codec relies on.
var _ = [1]struct{}{}[unsafe.Sizeof(evRec{})-28]
var _ = [1]struct{}{}[unsafe.Sizeof(artRec{})-32]

var littleEndian = func() bool {
	x := uint16(1)
	return *(*byte)(unsafe.Pointer(&x)) == 1
}()

// appendBinary appends the table's binary form to b. Edges a write changed
// since the table was built are written in edge order with the others, so
// the form always has one range per edge.
func (t *evidenceTable) appendBinary(b []byte) ([]byte, error) {
	start := len(b)
	pad := func() {
		for (len(b)-start)%8 != 0 {
			b = append(b, 0)
		}
	}
	edges := len(t.recOff) - 1
	t.moved.each(func(e uint32, _ recSpan) { edges = max(edges, int(e)+1) })
	// The records in edge order: as they lie when no edge moved.
	var recs []evRec
	offsets := t.recOff
	wide := map[uint32][2]int64{}
	if t.moved.empty() {
		recs = make([]evRec, 0, t.recs.len())
		for _, ch := range t.recs.chunks {
			recs = append(recs, ch...)
		}
		t.wide.each(func(i uint32, w [2]int64) { wide[i] = w })
	} else {
		offsets = make([]uint32, 0, edges+1)
		for e := range uint32(edges) {
			offsets = append(offsets, uint32(len(recs)))
			sp := t.span(e)
			for i := sp.first; i < sp.first+sp.n; i++ {
				r := t.recs.at(i)
				if r.start == wideSpan {
					wide[uint32(len(recs))], _ = t.wide.get(i)
				}
				recs = append(recs, r)
			}
		}
		offsets = append(offsets, uint32(len(recs)))
	}
	b = append(b, evidenceMagic[:]...)
	for _, n := range []int{len(t.text.blocks), t.arts.len(), len(recs), edges, len(wide)} {
		b = binary.LittleEndian.AppendUint32(b, uint32(n))
	}
	pad()
	for _, bl := range t.text.blocks {
		b = binary.LittleEndian.AppendUint32(b, uint32(len(bl)))
	}
	pad()
	for _, bl := range t.text.blocks {
		b = append(b, bl...)
	}
	pad()
	for _, ch := range t.arts.chunks {
		for _, a := range ch {
			b = appendU32s(b, a.id.off, a.id.n, a.title.off, a.title.n, a.date.off, a.date.n, a.source.off, a.source.n)
		}
	}
	pad()
	for _, r := range recs {
		b = appendU32s(b, r.sentence.off, r.sentence.n, r.title.off, r.title.n, r.art, uint32(r.start), uint32(r.end))
	}
	pad()
	b = appendU32s(b, offsets...)
	pad()
	for i, w := range wide {
		b = binary.LittleEndian.AppendUint64(b, uint64(i))
		b = binary.LittleEndian.AppendUint64(b, uint64(w[0]))
		b = binary.LittleEndian.AppendUint64(b, uint64(w[1]))
	}
	return b, nil
}

func appendU32s(b []byte, vs ...uint32) []byte {
	for _, v := range vs {
		b = binary.LittleEndian.AppendUint32(b, v)
	}
	return b
}

// errEvidenceCorrupt is the error of a binary form that is not a table.
var errEvidenceCorrupt = errors.New("not an evidence table, or a damaged one")

// decodeEvidenceTable reads a table from the start of b and returns it and
// what follows it. The table points into b, which must not change (nor be
// unmapped) while the table or any answer given from it lives. Every
// record is checked to point inside the table, so a damaged form is an
// error, never a wrong answer or a crash later; its edge count must be
// edges, the index's.
func decodeEvidenceTable(b []byte, edges int) (*evidenceTable, []byte, error) {
	fail := func(what string) (*evidenceTable, []byte, error) {
		return nil, nil, quads.Errorf(quads.EINTERNAL, "decode evidence table: %s: %v", what, errEvidenceCorrupt)
	}
	if len(b) < evidenceHeader || [8]byte(b[:8]) != evidenceMagic {
		return fail("header")
	}
	var n [5]int
	for i := range n {
		n[i] = int(binary.LittleEndian.Uint32(b[8+4*i:]))
	}
	nBlocks, nArts, nRecs, nEdges, nWide := n[0], n[1], n[2], n[3], n[4]
	if nEdges != edges {
		return fail(fmt.Sprintf("%d edges, the index has %d", nEdges, edges))
	}
	pos := 0
	take := func(size int) ([]byte, bool) {
		pos = (pos + 7) &^ 7
		if size < 0 || pos+size > len(b) || pos+size < pos {
			return nil, false
		}
		s := b[pos : pos+size : pos+size]
		pos += size
		return s, true
	}
	take(evidenceHeader)
	lens, ok := take(4 * nBlocks)
	if !ok {
		return fail("block lengths")
	}
	t := newEvidenceTable()
	total := 0
	for i := range nBlocks {
		l := int(binary.LittleEndian.Uint32(lens[4*i:]))
		if l > textBlockSize && i+(l+textBlockSize-1)/textBlockSize > nBlocks {
			return fail("text block")
		}
		total += l
	}
	text, ok := take(total)
	if !ok {
		return fail("text")
	}
	t.text.blocks = make([][]byte, nBlocks)
	for i, at := 0, 0; i < nBlocks; i++ {
		l := int(binary.LittleEndian.Uint32(lens[4*i:]))
		t.text.blocks[i] = text[at : at+l : at+l] // clipped: a later edit appends elsewhere
		at += l
	}
	artBytes, ok1 := take(32 * nArts)
	recBytes, ok2 := take(28 * nRecs)
	offBytes, ok3 := take(4 * (nEdges + 1))
	wideBytes, ok4 := take(24 * nWide)
	if !ok1 || !ok2 || !ok3 || !ok4 {
		return fail("sections")
	}
	t.arts = chunkedOf(castOrDecode(artBytes, nArts, func(p []byte) artRec {
		u := func(i int) uint32 { return binary.LittleEndian.Uint32(p[4*i:]) }
		return artRec{textSpan{u(0), u(1)}, textSpan{u(2), u(3)}, textSpan{u(4), u(5)}, textSpan{u(6), u(7)}}
	}))
	recs := castOrDecode(recBytes, nRecs, func(p []byte) evRec {
		u := func(i int) uint32 { return binary.LittleEndian.Uint32(p[4*i:]) }
		return evRec{textSpan{u(0), u(1)}, textSpan{u(2), u(3)}, u(4), int32(u(5)), int32(u(6))}
	})
	t.recOff = castOrDecode(offBytes, nEdges+1, func(p []byte) uint32 { return binary.LittleEndian.Uint32(p) })
	// Checks, so that no answer reads outside the table.
	okSpan := func(s textSpan) bool {
		if s.n == 0 {
			return true
		}
		k, i := int(s.off>>textBlockBits), int(s.off&(textBlockSize-1))
		return k < nBlocks && i+int(s.n) <= len(t.text.blocks[k])
	}
	for i := range nArts {
		a := t.arts.at(uint32(i))
		if !okSpan(a.id) || !okSpan(a.title) || !okSpan(a.date) || !okSpan(a.source) {
			return fail("article")
		}
	}
	for _, r := range recs {
		if !okSpan(r.sentence) || !okSpan(r.title) || int(r.art) >= nArts {
			return fail("record")
		}
	}
	if t.recOff[0] != 0 || int(t.recOff[nEdges]) != nRecs {
		return fail("offsets")
	}
	for e := range nEdges {
		if t.recOff[e] > t.recOff[e+1] {
			return fail("offsets")
		}
	}
	for k := range nWide {
		p := wideBytes[24*k:]
		i := uint32(binary.LittleEndian.Uint64(p))
		if int(i) >= nRecs || recs[i].start != wideSpan {
			return fail("wide span")
		}
		t.wide.base[i] = [2]int64{int64(binary.LittleEndian.Uint64(p[8:])), int64(binary.LittleEndian.Uint64(p[16:]))}
	}
	for i := range recs {
		if recs[i].start == wideSpan {
			if _, ok := t.wide.base[uint32(i)]; !ok {
				return fail("wide span")
			}
		}
	}
	t.recs = chunkedOf(recs)
	for i := range nArts {
		t.artIdx.base[t.article(uint32(i))] = uint32(i)
	}
	pos = (pos + 7) &^ 7
	return t, b[min(pos, len(b)):], nil
}

// castOrDecode returns the n fixed-width records in p: p itself seen as
// []T on a little-endian machine when p is aligned for T, else decoded one
// by one.
func castOrDecode[T any](p []byte, n int, decode func([]byte) T) []T {
	if n == 0 {
		return nil
	}
	size := int(unsafe.Sizeof(*new(T)))
	if littleEndian && uintptr(unsafe.Pointer(&p[0]))%unsafe.Alignof(*new(T)) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(&p[0])), n)
	}
	out := make([]T, n)
	for i := range out {
		out[i] = decode(p[i*size:])
	}
	return out
}
