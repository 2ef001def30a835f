package extract

import "testing"

// TestDev9F1 scores the extractor on testdata/dev9: fifteen real articles of
// the genre (museums, hospitals, academies, libraries, many-party signings),
// taken on 2026-12-02 from stored public web pages by a helper who had not
// read the extractor, and annotated before it was first run on them
// (SOURCES.md). That first run, on the extractor as session 4 left it,
// scored relation F1 0.589 (P 0.670, R 0.525; per predicate: hosts-base-at
// 0.40, leads 0.74, member-of 0.15, part-of 0.40, signed-with 0.31, visited
// 0.59), the estimate for unseen real articles this set gives once. Rules
// are tuned on these texts from then on, so dev9 is a development set and
// its score says nothing about unseen articles; the floor guards against
// regressions.
//
// After the rounds of 2026-12-02 that read it, it scores 0.777.
func TestDev9F1(t *testing.T) {
	checkSetFloor(t, "dev9", 0.89)
}
