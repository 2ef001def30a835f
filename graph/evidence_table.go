package graph

import (
	"fmt"
	"math"
	"slices"
	"unsafe"

	"github.com/coopgraph/coopgraph/quads"
)

// evidenceTable holds, inside the index snapshot, what answers tell of each
// edge's evidence: its pieces (sentence, span, the post a leads names, the
// article) and the articles they are in (id, title, date, source), so that a
// path or neighbourhood answer reads neither the disk nor the database.
//
// It is laid out compactly: every string in one byte arena, each piece a
// fixed-width record pointing into it, each article one record, interned
// once, and the pieces of edge e a range of records. The records built with
// the index lie in edge order, each edge's range given by recOff; an edge a
// write changes gets a new range at the end of the records (moved). Like
// the rest of the snapshot it is copy-on-write (cow.go): an edit shares
// everything with the published table and appends, so readers never wait.
//
// Each edge's pieces are stored in answer order (evidenceLess). The table
// holds the pieces of every edge the index counts evidence for, no more:
// a piece is an evidence node labelling the edge that has an article.
type evidenceTable struct {
	text textArena

	arts   chunked[artRec]
	artIdx layered[quads.ArticleRef, uint32] // article as answers give it → its record

	recs chunked[evRec]
	// wide holds the span of a record whose start or end does not fit 32
	// bits (quads loaded by hand); its record's start is wideSpan.
	wide layered[uint32, [2]int64]

	recOff []uint32                 // edge e < len(recOff)-1: recs[recOff[e]:recOff[e+1]]
	moved  layered[uint32, recSpan] // edges changed or added since: their range
}

// textSpan is a string of the arena: off is its position, n its length.
type textSpan struct{ off, n uint32 }

// evRec is one piece of evidence, fixed width (28 bytes).
type evRec struct {
	sentence, title textSpan
	art             uint32 // article record
	start, end      int32  // -1 when not stored; see wide
}

// artRec is one article, fixed width (32 bytes).
type artRec struct{ id, title, date, source textSpan }

// recSpan is a range of records.
type recSpan struct{ first, n uint32 }

// wideSpan marks a record whose span is in evidenceTable.wide.
const wideSpan = math.MinInt32

func newEvidenceTable() *evidenceTable {
	return &evidenceTable{
		arts: chunkedOf[artRec](nil), artIdx: newLayered[quads.ArticleRef, uint32](nil),
		recs: chunkedOf[evRec](nil), wide: newLayered[uint32, [2]int64](nil),
		recOff: []uint32{0}, moved: newLayered[uint32, recSpan](nil),
	}
}

// edit returns the next table, open for edits, sharing everything with t.
func (t *evidenceTable) edit() *evidenceTable {
	return &evidenceTable{
		text: t.text.edit(), arts: t.arts.edit(), artIdx: t.artIdx.edit(),
		recs: t.recs.edit(), wide: t.wide.edit(), recOff: t.recOff, moved: t.moved.edit(),
	}
}

// seal closes t to edits before it is published.
func (t *evidenceTable) seal() {
	t.arts.seal()
	t.recs.seal()
}

// span returns the records of edge e.
func (t *evidenceTable) span(e uint32) recSpan {
	if !t.moved.empty() {
		if r, ok := t.moved.get(e); ok {
			return r
		}
	}
	if int(e)+1 < len(t.recOff) {
		return recSpan{t.recOff[e], t.recOff[e+1] - t.recOff[e]}
	}
	return recSpan{}
}

// pieces returns how many pieces of evidence the table holds for edge e.
func (t *evidenceTable) pieces(e uint32) int { return int(t.span(e).n) }

func (t *evidenceTable) str(s textSpan) string {
	b := t.text.bytes(s)
	if len(b) == 0 {
		return ""
	}
	// The arena is never written where a published string lies (it only
	// grows), so answers may point into it rather than copy.
	return unsafe.String(&b[0], len(b))
}

func (t *evidenceTable) article(i uint32) quads.ArticleRef {
	a := t.arts.at(i)
	return quads.ArticleRef{ID: t.str(a.id), Title: t.str(a.title), Date: t.str(a.date), Source: t.str(a.source)}
}

func (t *evidenceTable) piece(i uint32) quads.EdgeEvidence {
	r := t.recs.at(i)
	var w [2]int64
	if r.start == wideSpan {
		w, _ = t.wide.get(i)
	}
	return t.pieceOf(r, w)
}

// pieceOf returns the piece r describes; wide is its span when r.start is
// wideSpan.
func (t *evidenceTable) pieceOf(r evRec, wide [2]int64) quads.EdgeEvidence {
	ev := quads.EdgeEvidence{Article: t.article(r.art), Sentence: t.str(r.sentence), Title: t.str(r.title),
		Start: int(r.start), End: int(r.end)}
	if r.start == wideSpan {
		ev.Start, ev.End = int(wide[0]), int(wide[1])
	}
	return ev
}

// evidence returns the pieces of edge e in answer order, those dated within
// [f.lo, f.hi] only when f is dated.
func (t *evidenceTable) evidence(e uint32, f *filter) []quads.EdgeEvidence {
	sp := t.span(e)
	out := make([]quads.EdgeEvidence, 0, sp.n)
	for i := sp.first; i < sp.first+sp.n; i++ {
		if f != nil && f.dated {
			day, ok := parseDay(t.str(t.arts.at(t.recs.at(i).art).date))
			if !ok || day < f.lo || day > f.hi {
				continue
			}
		}
		out = append(out, t.piece(i))
	}
	return out
}

// setEdge makes evs (in answer order) the pieces of edge e, in a table open
// for edits, and reports whether that changed anything. Strings already
// held by the edge's pieces are shared, not stored again.
func (t *evidenceTable) setEdge(e uint32, evs []quads.EdgeEvidence) (bool, error) {
	old := t.evidence(e, nil)
	if slices.Equal(old, evs) {
		return false, nil
	}
	sp := t.span(e)
	known := map[string]textSpan{}
	for i := sp.first; i < sp.first+sp.n; i++ {
		r := t.recs.at(i)
		known[t.str(r.sentence)] = r.sentence
		known[t.str(r.title)] = r.title
	}
	add := func(s string) (textSpan, error) {
		if ts, ok := known[s]; ok {
			return ts, nil
		}
		ts, err := t.text.add(s)
		known[s] = ts
		return ts, err
	}
	first := uint32(t.recs.len())
	for _, ev := range evs {
		r, err := t.record(ev, add)
		if err != nil {
			return false, err
		}
		i := t.recs.push(r)
		if r.start == wideSpan {
			t.wide.set(i, [2]int64{int64(ev.Start), int64(ev.End)})
		}
	}
	t.moved.set(e, recSpan{first, uint32(len(evs))})
	return true, nil
}

// record makes the record of ev, interning its article.
func (t *evidenceTable) record(ev quads.EdgeEvidence, add func(string) (textSpan, error)) (evRec, error) {
	var r evRec
	var err error
	if r.art, err = t.internArticle(ev.Article); err != nil {
		return r, err
	}
	if r.sentence, err = add(ev.Sentence); err != nil {
		return r, err
	}
	if r.title, err = add(ev.Title); err != nil {
		return r, err
	}
	r.start, r.end = int32(ev.Start), int32(ev.End)
	if int(r.start) != ev.Start || int(r.end) != ev.End || r.start == wideSpan {
		r.start = wideSpan
	}
	return r, nil
}

// internArticle returns the record of article a, adding it when new.
func (t *evidenceTable) internArticle(a quads.ArticleRef) (uint32, error) {
	if i, ok := t.artIdx.get(a); ok {
		return i, nil
	}
	var r artRec
	for _, f := range []struct {
		s  string
		to *textSpan
	}{{a.ID, &r.id}, {a.Title, &r.title}, {a.Date, &r.date}, {a.Source, &r.source}} {
		ts, err := t.text.add(f.s)
		if err != nil {
			return 0, err
		}
		*f.to = ts
	}
	i := t.arts.push(r)
	t.artIdx.set(t.article(i), i) // keyed by strings in the arena, not copies
	return i, nil
}

// bytes estimates the memory the table holds.
func (t *evidenceTable) bytes() int64 {
	b := t.text.size() + t.arts.bytes(int64(unsafe.Sizeof(artRec{}))) + t.recs.bytes(int64(unsafe.Sizeof(evRec{}))) +
		int64(cap(t.recOff))*4
	t.artIdx.each(func(quads.ArticleRef, uint32) { b += 4*16 + 4 + 16 })
	t.moved.each(func(uint32, recSpan) { b += 4 + 8 + 16 })
	t.wide.each(func(uint32, [2]int64) { b += 4 + 16 + 16 })
	return b
}

// evidenceLess is the order of an edge's pieces in answers: by the
// article's date, then its id, then the span, then the text; pieces equal
// in all of these read alike, so any order of them answers the same bytes.
func evidenceLess(a, b quads.EdgeEvidence) bool {
	switch {
	case a.Article.Date != b.Article.Date:
		return a.Article.Date < b.Article.Date
	case a.Article.ID != b.Article.ID:
		return a.Article.ID < b.Article.ID
	case a.Start != b.Start:
		return a.Start < b.Start
	case a.End != b.End:
		return a.End < b.End
	case a.Sentence != b.Sentence:
		return a.Sentence < b.Sentence
	case a.Title != b.Title:
		return a.Title < b.Title
	case a.Article.Title != b.Article.Title:
		return a.Article.Title < b.Article.Title
	}
	return a.Article.Source < b.Article.Source
}

// textArena holds strings in blocks of 1 MiB (a longer string gets blocks
// of its own): a position is its block number times the block size plus
// its offset in the block, so positions fit 32 bits up to 4 GiB of text.
// Blocks are only appended to; a reader's strings lie before what any later
// edit writes.
type textArena struct {
	blocks [][]byte
}

const textBlockBits = 20

const textBlockSize = 1 << textBlockBits

func (a *textArena) edit() textArena { return textArena{blocks: slices.Clone(a.blocks)} }

func (a *textArena) bytes(s textSpan) []byte {
	if s.n == 0 {
		return nil
	}
	i := s.off & (textBlockSize - 1)
	return a.blocks[s.off>>textBlockBits][i : i+s.n]
}

// add appends s and returns where it lies.
func (a *textArena) add(s string) (textSpan, error) {
	if len(s) == 0 {
		return textSpan{}, nil
	}
	if k := len(a.blocks) - 1; k >= 0 {
		if last := a.blocks[k]; len(s) <= cap(last)-len(last) && len(last)+len(s) <= textBlockSize {
			a.blocks[k] = append(last, s...)
			return textSpan{uint32(k<<textBlockBits | len(last)), uint32(len(s))}, nil
		}
	}
	slots := (len(s) + textBlockSize - 1) / textBlockSize
	k := len(a.blocks)
	if k+slots > 1<<(32-textBlockBits) {
		return textSpan{}, fmt.Errorf("evidence text past %d bytes", int64(1)<<32)
	}
	b := make([]byte, 0, max(textBlockSize, len(s)))
	a.blocks = append(a.blocks, append(b, s...))
	for range slots - 1 {
		a.blocks = append(a.blocks, nil)
	}
	return textSpan{uint32(k << textBlockBits), uint32(len(s))}, nil
}

func (a *textArena) size() int64 {
	var b int64
	for _, bl := range a.blocks {
		b += int64(cap(bl)) + 24
	}
	return b
}
