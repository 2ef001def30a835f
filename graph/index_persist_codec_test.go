package graph

import (
	"bytes"
	"hash/crc32"
	"math/rand/v2"
	"testing"
)

// TestSnapshotRoundTrip encodes an index and decodes it: the same index,
// as VerifyIndex describes one.
func TestSnapshotRoundTrip(t *testing.T) {
	s := openSeeded(t, "memstore")
	d := s.idx.load()
	data, err := encodeSnapshot(d, snapshotStamp{Backend: "bolt", Horizon: 9, Quads: 7})
	if err != nil {
		t.Fatal(err)
	}
	h, _, err := decodeHeader(data)
	if err != nil || h.stamp.Horizon != 9 || h.stamp.Quads != 7 {
		t.Fatalf("header: %+v %v", h, err)
	}
	if h.size != int64(len(data)) {
		t.Fatalf("the header reckons %d bytes, the snapshot has %d (a database reading its chunks holds all of them)", h.size, len(data))
	}
	got, err := decodeSnapshot(h, append(alignedBytes(0), data...))
	if err != nil {
		t.Fatal(err)
	}
	want, have := describeIndex(d), describeIndex(got)
	if len(want) == 0 || len(want) != len(have) {
		t.Fatalf("%d facts, %d after the round trip", len(want), len(have))
	}
	for k, v := range want {
		if have[k] != v {
			t.Fatalf("%s: %q, after the round trip %q", k, v, have[k])
		}
	}
	// The same bytes again, from the index and from its copy.
	for _, x := range []*indexData{d, got} {
		again, err := encodeSnapshot(x, snapshotStamp{Backend: "bolt", Horizon: 9, Quads: 7})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(again, data) {
			t.Fatal("encoding the index again gives other bytes")
		}
	}
}

// TestSnapshotDecodeRefusesWhatItCannotUse changes bytes of every section
// and then recomputes its checksums, as a bug in a writer would leave it:
// decoding returns an error or an index whose every node, edge and name
// can be read, and never panics.
func TestSnapshotDecodeRefusesWhatItCannotUse(t *testing.T) {
	s := openSeeded(t, "memstore")
	data, err := encodeSnapshot(s.idx.load(), snapshotStamp{Backend: "bolt"})
	if err != nil {
		t.Fatal(err)
	}
	h, _, _ := decodeHeader(data)
	r := rand.New(rand.NewPCG(1, 2))
	refused := 0
	for round := range 2000 {
		buf := append(alignedBytes(0), data...)
		sec := h.sections[round%len(h.sections)]
		for range 1 + r.IntN(3) {
			i := sec.off + r.Int64N(sec.len)
			buf[i] ^= byte(1 + r.IntN(255))
		}
		// Fix the checksums up, so that decoding must find the fault.
		mut := *h
		mut.sections = append([]sectionPlace(nil), h.sections...)
		for j, p := range mut.sections {
			mut.sections[j].crc = crc32.Checksum(buf[p.off:p.off+p.len], castagnoli)
		}
		copy(buf, mut.encode())
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Fatalf("round %d, section %s: panic %v", round, sec.name, p)
				}
			}()
			d, err := decodeSnapshot(&mut, buf)
			if err != nil {
				refused++
				return
			}
			for n := range uint32(d.nodes()) {
				d.idOf(n)
				for h := range d.adj(n) {
					d.evidence(h.edge())
					d.edgeDates(h.edge())
				}
			}
			for e := range d.names.ents {
				d.names.key(uint32(e))
			}
			ix := newIndex(s.qs, d)
			for _, q := range []string{"liaoning university", "liaoning", "shenyang univ", "liaonig universty", "lnu"} {
				ix.search(q, 0, 10)
			}
		}()
	}
	if refused == 0 {
		t.Fatal("no changed snapshot was refused")
	}
	t.Logf("%d of 2000 changed snapshots refused", refused)
}
