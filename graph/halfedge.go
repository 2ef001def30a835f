package graph

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// half is a half-edge: an edge as seen from one of its two ends, packed in a
// word of the index's adjacency. Bits 0-31 hold the neighbour, bits 32-34
// the predicate, bit 35 is set when the node holding it is the subject, and
// bits 36-63 hold the edge number.
type half uint64

const (
	predBits  = 3
	predMask  = 1<<predBits - 1
	outBit    = 32 + predBits
	edgeShift = outBit + 1
	maxEdges  = 1<<(64-edgeShift) - 1
)

// predicates is quads.Predicates as an array, whose length the compiler
// knows: a predicate past what predBits can number fails to compile here
// (the constant below goes negative) instead of silently folding onto
// another predicate. init checks that the two lists agree.
var predicates = [...]quads.Predicate{quads.SignedWith, quads.Leads, quads.HostsBaseAt, quads.PartOf, quads.Visited, quads.MemberOf}

// A filter keeps one bit per predicate in a uint8 (filter.preds), which
// holds as many as predBits can number.
const _ = uint8(1<<predBits - len(predicates))

func init() {
	if !slices.Equal(predicates[:], quads.Predicates) {
		panic(fmt.Sprintf("graph: the index numbers predicates %v but quads has %v", predicates, quads.Predicates))
	}
}

func mkHalf(nb uint32, p uint8, out bool, e uint32) half {
	h := uint64(nb) | uint64(p&predMask)<<32 | uint64(e)<<edgeShift
	if out {
		h |= 1 << outBit
	}
	return half(h)
}

func (h half) nb() uint32   { return uint32(h) }
func (h half) pred() uint8  { return uint8(h>>32) & predMask }
func (h half) out() bool    { return h&(1<<outBit) != 0 }
func (h half) edge() uint32 { return uint32(h >> edgeShift) }

func predIndex(p quads.Predicate) (uint8, bool) {
	for i, q := range predicates {
		if q == p {
			return uint8(i), true
		}
	}
	return 0, false
}

func typeIndex(t quads.EntityType) uint8 {
	for i, q := range quads.EntityTypes {
		if q == t {
			return uint8(i + 1)
		}
	}
	return 0
}

func typeOf(b uint8) quads.EntityType {
	if b == 0 || int(b) > len(quads.EntityTypes) {
		return ""
	}
	return quads.EntityTypes[b-1]
}

// Day numbers: days since 1900-01-01 plus one, so that 0 means undated.
var dayZero = time.Date(1900, 1, 1, 0, 0, 0, 0, time.UTC)

func parseDay(s string) (uint16, bool) {
	t, err := time.Parse("2006-01-02", strings.TrimSpace(s))
	if err != nil {
		return 0, false
	}
	d := int(t.Sub(dayZero).Hours()/24) + 1
	if d < 1 {
		d = 1
	} else if d > 65535 {
		d = 65535
	}
	return uint16(d), true
}

func dayString(d uint16) string {
	return dayZero.AddDate(0, 0, int(d)-1).Format("2006-01-02")
}

func sortedDays(ds []uint16) []uint16 {
	if len(ds) == 0 {
		return nil
	}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	out := ds[:1]
	for _, x := range ds[1:] {
		if x != out[len(out)-1] {
			out = append(out, x)
		}
	}
	return append([]uint16(nil), out...)
}
