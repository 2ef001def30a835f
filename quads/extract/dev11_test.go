package extract

import "testing"

// TestDev11F1 scores the extractor on testdata/dev11: fifteen real articles
// of the genre, taken on 2026-12-02 from stored public web pages by a helper
// who had not read the extractor, and annotated before it was first run on
// them (SOURCES.md). It was the day's blind set: kept outside the
// repository, read by nobody who wrote rules, and scored twice, on the
// extractor as session 4 left it (relation F1 0.671: P 0.699, R 0.644) and
// after the day's rounds (0.725: P 0.765, R 0.689; hosts-base-at 0.50, leads
// 0.82, member-of 1.00 on 1, part-of 0.43, signed-with 0.67, visited 0.33).
// Those two figures are the estimate for unseen real articles. It is in the
// repository now so a later session can tune on it: a development set from
// here on, whose floor guards against regressions.
func TestDev11F1(t *testing.T) {
	checkSetFloor(t, "dev11", 0.83)
}
