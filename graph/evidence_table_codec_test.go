package graph

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// tableAnswers lists every edge's pieces of evidence as a table gives them.
func tableAnswers(t *evidenceTable, edges int) [][]quads.EdgeEvidence {
	out := make([][]quads.EdgeEvidence, edges)
	for e := range out {
		out[e] = t.evidence(uint32(e), nil)
	}
	return out
}

// TestEvidenceTableBinaryRoundTrip encodes the table of a synthetic graph,
// as built and after writes that moved edges' pieces (a second article on
// stored edges, one with a span past 32 bits), decodes it at an aligned and
// a misaligned address, and compares every edge's pieces; an edit of the
// decoded table must leave the encoding's bytes alone. A damaged encoding
// (truncated, a foreign header, an edge count not the index's, a record
// pointing outside the text) is refused.
func TestEvidenceTableBinaryRoundTrip(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "memstore")
	if _, err := s.LoadQuads(ctx, synth.New(synth.Config{Edges: 2000, Seed: 3}).Reader()); err != nil {
		t.Fatal(err)
	}
	if err := s.RebuildIndex(ctx); err != nil {
		t.Fatal(err)
	}
	check := func(what string) {
		t.Helper()
		d := s.idx.load()
		want := tableAnswers(d.evid, d.edges())
		enc, err := d.evid.appendBinary([]byte("prefix!!"))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(enc, []byte("prefix!!")) {
			t.Fatal("appendBinary lost what b held")
		}
		for _, shift := range []int{0, 1} {
			buf := make([]byte, len(enc)-8+shift+8)
			b := buf[shift : shift+len(enc)-8]
			copy(b, enc[8:])
			b = append(b[:len(b):len(b)], "rest"...)
			got, rest, err := decodeEvidenceTable(b, d.edges())
			if err != nil {
				t.Fatalf("%s, shift %d: %v", what, shift, err)
			}
			if string(rest) != "rest" {
				t.Fatalf("%s: rest %q", what, rest)
			}
			if !slices.EqualFunc(tableAnswers(got, d.edges()), want, slices.Equal) {
				t.Fatalf("%s, shift %d: decoded pieces differ", what, shift)
			}
			// Edits append elsewhere: the encoding stays as it was.
			saved := slices.Clone(b)
			ed := got.edit()
			evs := ed.evidence(0, nil)
			evs = append(evs, quads.EdgeEvidence{Article: quads.ArticleRef{ID: "x", Date: "2020-02-02"}, Sentence: "new", Start: 1, End: 4})
			if _, err := ed.setEdge(0, evs); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(saved, b) {
				t.Fatalf("%s: an edit of the decoded table wrote into its encoding", what)
			}
			if !slices.Equal(ed.evidence(0, nil), evs) {
				t.Fatalf("%s: the edit did not take", what)
			}
		}
		// Damage.
		b := enc[8:]
		if _, _, err := decodeEvidenceTable(b[:len(b)-1], d.edges()); err == nil {
			t.Fatalf("%s: a truncated table was decoded", what)
		}
		if _, _, err := decodeEvidenceTable(b, d.edges()+1); err == nil {
			t.Fatalf("%s: a table of another edge count was decoded", what)
		}
		foreign := slices.Clone(b)
		foreign[3] ^= 1
		if _, _, err := decodeEvidenceTable(foreign, d.edges()); err == nil {
			t.Fatalf("%s: a foreign header was decoded", what)
		}
	}
	check("as built")
	d := s.idx.load().edit()
	for e := range uint32(50) {
		evs := d.evid.evidence(e, nil)
		evs = append(evs, quads.EdgeEvidence{Article: quads.ArticleRef{ID: fmt.Sprint("a", e), Title: "T", Date: "2030-01-01"},
			Sentence: fmt.Sprint("moved ", e), Start: -1, End: 1 << 40})
		if _, err := d.evid.setEdge(e, evs); err != nil {
			t.Fatal(err)
		}
	}
	s.idx.publish(d)
	if d.evid.moved.empty() || d.evid.wide.empty() {
		t.Fatal("the edits moved no edge or kept no wide span")
	}
	check("after edits")

	// A record whose sentence runs past the text: the first record's
	// sentence length, which lies after the header, the block lengths, the
	// text and the articles.
	tab := s.idx.load().evid
	bad, _ := tab.appendBinary(nil)
	text := 0
	for _, bl := range tab.text.blocks {
		text += len(bl)
	}
	align := func(n int) int { return (n + 7) &^ 7 }
	first := align(evidenceHeader) + align(4*len(tab.text.blocks)) + align(text) + align(32*tab.arts.len())
	bad[first+4], bad[first+5], bad[first+6], bad[first+7] = 0xff, 0xff, 0x0f, 0
	if _, _, err := decodeEvidenceTable(bad, s.idx.load().edges()); err == nil {
		t.Fatal("a record pointing past the text was decoded")
	}
}
