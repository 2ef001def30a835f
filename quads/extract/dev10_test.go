package extract

import "testing"

// TestDev10F1 scores the extractor on testdata/dev10: fifteen real articles
// of the genre (long lists of officials, vocational colleges, banks and
// state-owned groups, inspection visits), taken on 2026-12-02 from stored
// public web pages by a helper who had not read the extractor, and annotated
// before it was first run on them (SOURCES.md). That first run, on the
// extractor as session 4 left it, scored relation F1 0.642 (P 0.651, R
// 0.633; per predicate: hosts-base-at 1.00 on 2, leads 0.67, member-of 0.25,
// part-of 0.55, signed-with 0.70, visited 0.63), the estimate for unseen
// real articles this set gives once. Rules are tuned on these texts from
// then on, so dev10 is a development set and its score says nothing about
// unseen articles; the floor guards against regressions.
//
// After the rounds of 2026-12-02 that read it, it scores 0.778.
func TestDev10F1(t *testing.T) {
	checkSetFloor(t, "dev10", 0.86)
}
