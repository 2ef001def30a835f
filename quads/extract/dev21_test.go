package extract

import "testing"

// TestDev21F1 scores the extractor on testdata/dev21: fifteen real articles
// of the genre (set T), taken on 2026-12-02 in session 8 from stored public
// web pages by a helper who had not read the extractor, and annotated before
// it was first run on them (SOURCES.md). Its first run, on the extractor as
// session 7 left it (a5c86aa), gave relation F1 0.681 (P 0.721, R 0.645): one more
// measure of what unseen real articles get. From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev21F1(t *testing.T) {
	checkSetFloor(t, "dev21", 0.81)
}
