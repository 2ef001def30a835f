package extract

import "testing"

// TestDev15F1 scores the extractor on testdata/dev15: fifteen real articles
// of the genre (set J), taken on 2026-12-02 in session 6 from stored public
// web pages by a helper who had not read the extractor, and annotated before
// it was first run on them (SOURCES.md). Its first run, on the extractor as
// session 5 left it (c9ed9fd), gave relation F1 0.691 (P 0.737, R 0.651): one more
// measure of what unseen real articles get. From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev15F1(t *testing.T) {
	checkSetFloor(t, "dev15", 0.86)
}
