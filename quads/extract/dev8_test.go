package extract

import "testing"

// TestDev8F1 scores the extractor on testdata/dev8: fifteen real articles of
// the genre, taken on 2026-12-02 from stored public web pages by a helper who
// had not read the extractor, and annotated before it was first run on them
// (SOURCES.md). That first run, on the extractor as session 4 left it, scored
// relation F1 0.808 (P 0.792, R 0.824; per predicate: hosts-base-at 0.25,
// leads 0.86, member-of 0.89, part-of 0.67, signed-with 0.79, visited 0.60),
// the estimate for unseen real articles this set gives once. Rules are tuned
// on these texts from then on, so dev8 is a development set and its score
// says nothing about unseen articles; the floor guards against regressions.
//
// After the rounds of 2026-12-02 that read it, it scores 0.961.
func TestDev8F1(t *testing.T) {
	checkSetFloor(t, "dev8", 0.98)
}
