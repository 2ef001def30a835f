package graph

import (
	"context"
	"fmt"
	"sort"

	cgraph "github.com/cayleygraph/cayley/graph"

	"github.com/coopgraph/coopgraph/quads"
)

// evidenceBuilder fills an evidence table during the index build, from what
// the build's one scan of the store kept (index_build.go): the refs of each
// evidence node's properties and of its article's. Short values (spans,
// posts, article metadata) come from the build's resolver; sentences, one
// a piece, are read in batches at the end and written straight into the
// arena, never held as values.
type evidenceBuilder struct {
	res      *resolver
	t        *evidenceTable
	recs     []evRec
	sentence []uint64 // record → its sentence's ref key, until finish reads it
	recOff   []uint32
	arts     []artRec
	artOf    map[uint64]uint32   // article ref key → record
	interned map[string]textSpan // posts and article metadata, stored once
	wide     map[uint32][2]int64
}

func newEvidenceBuilder(res *resolver) *evidenceBuilder {
	return &evidenceBuilder{res: res, t: newEvidenceTable(), artOf: map[uint64]uint32{},
		interned: map[string]textSpan{}, wide: map[uint32][2]int64{}}
}

// beginEdge starts the pieces of the next edge (edges come in edge order).
func (b *evidenceBuilder) beginEdge() { b.recOff = append(b.recOff, uint32(len(b.recs))) }

func (b *evidenceBuilder) intern(s string) (textSpan, error) {
	if ts, ok := b.interned[s]; ok {
		return ts, nil
	}
	ts, err := b.t.text.add(s)
	b.interned[s] = ts
	return ts, err
}

// add records a piece of evidence of the current edge: ev is the evidence
// node's properties, art its article's.
func (b *evidenceBuilder) add(ev, art rawProps) error {
	v := b.res.vals
	ai, ok := b.artOf[ev.art]
	if !ok {
		iri := v[ev.art]
		if iri == nil {
			return nil // as the store reader: an article that cannot be read is no evidence
		}
		id, _ := quads.IDFromIRI(iri, quads.ArticleBase)
		var r artRec
		for _, f := range []struct {
			s  string
			to *textSpan
		}{{id, &r.id}, {str(v[art.title]), &r.title}, {str(v[art.date]), &r.date}, {str(v[art.source]), &r.source}} {
			ts, err := b.intern(f.s)
			if err != nil {
				return err
			}
			*f.to = ts
		}
		ai = uint32(len(b.arts))
		b.arts = append(b.arts, r)
		b.artOf[ev.art] = ai
	}
	title, err := b.intern(str(v[ev.title]))
	if err != nil {
		return err
	}
	start, end := integer(v[ev.start]), integer(v[ev.end])
	r := evRec{title: title, art: ai, start: int32(start), end: int32(end)}
	if int(r.start) != start || int(r.end) != end || r.start == wideSpan {
		r.start = wideSpan
		b.wide[uint32(len(b.recs))] = [2]int64{int64(start), int64(end)}
	}
	if len(b.recs) >= 1<<32-1 {
		return fmt.Errorf("more than %d pieces of evidence", 1<<32-1)
	}
	b.recs = append(b.recs, r)
	b.sentence = append(b.sentence, ev.sentence)
	return nil
}

// finish reads the sentences, orders each edge's pieces and returns the
// table.
func (b *evidenceBuilder) finish(ctx context.Context) (*evidenceTable, error) {
	const batch = 2048
	refs := make([]cgraph.Ref, 0, batch)
	for lo := 0; lo < len(b.recs); lo += batch {
		hi := min(lo+batch, len(b.recs))
		refs = refs[:0]
		at := make([]int, 0, batch)
		for i := lo; i < hi; i++ {
			if key := b.sentence[i]; key != 0 {
				refs = append(refs, b.res.k.ref(key))
				at = append(at, i)
			}
		}
		if len(refs) == 0 {
			continue
		}
		vs, err := valuesOf(ctx, b.res.qs, refs)
		if err != nil {
			return nil, fmt.Errorf("read evidence sentences: %w", err)
		}
		for j, i := range at {
			if b.recs[i].sentence, err = b.t.text.add(str(vs[j])); err != nil {
				return nil, err
			}
		}
		if err := ctx.Err(); err != nil {
			return nil, quads.Errorf(quads.ETIMEOUT, "index build cancelled: %v", err)
		}
	}
	b.sentence = nil
	t := b.t
	t.arts = chunkedOf(b.arts)
	for i := range b.arts {
		t.artIdx.base[t.article(uint32(i))] = uint32(i)
	}
	// Each edge's pieces in answer order.
	b.recOff = append(b.recOff, uint32(len(b.recs)))
	for e := 0; e+1 < len(b.recOff); e++ {
		if first, last := b.recOff[e], b.recOff[e+1]; last-first > 1 {
			b.sortRange(first, last)
		}
	}
	t.recOff = b.recOff[:len(b.recOff):len(b.recOff)]
	t.recs = chunkedOf(b.recs)
	t.wide.base = b.wide
	return t, nil
}

// sortRange puts the records [first, last) in answer order.
func (b *evidenceBuilder) sortRange(first, last uint32) {
	type item struct {
		ev   quads.EdgeEvidence
		rec  evRec
		wide [2]int64
	}
	items := make([]item, 0, last-first)
	for i := first; i < last; i++ {
		r := b.recs[i]
		w := b.wide[i]
		items = append(items, item{ev: b.t.pieceOf(r, w), rec: r, wide: w})
	}
	sort.SliceStable(items, func(x, y int) bool { return evidenceLess(items[x].ev, items[y].ev) })
	for k, it := range items {
		i := first + uint32(k)
		b.recs[i] = it.rec
		if it.rec.start == wideSpan {
			b.wide[i] = it.wide
		}
	}
}
