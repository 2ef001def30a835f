package extract

import "testing"

// TestDev13F1 scores the extractor on testdata/dev13: fifteen real articles
// of the genre (set H), taken on 2026-12-02 in session 6 from stored public
// web pages by a helper who had not read the extractor, and annotated before
// it was first run on them (SOURCES.md). Its first run, on the extractor as
// session 5 left it (c9ed9fd), gave relation F1 0.687 (P 0.731, R 0.648): one more
// measure of what unseen real articles get. From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev13F1(t *testing.T) {
	checkSetFloor(t, "dev13", 0.83)
}
