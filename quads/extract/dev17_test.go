package extract

import "testing"

// TestDev17F1 scores the extractor on testdata/dev17: fifteen real articles
// of the genre (set L), taken on 2026-12-02 in session 7 from stored public
// web pages by a helper who had not read the extractor, and annotated before
// it was first run on them (SOURCES.md). Its first run, on the extractor as
// session 6 left it (53d29f0), gave relation F1 0.701 (P 0.747, R 0.661): one more
// measure of what unseen real articles get. From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev17F1(t *testing.T) {
	checkSetFloor(t, "dev17", 0.89)
}
