package extract

import "testing"

// TestDev26F1 scores the extractor on testdata/dev26: fifteen real articles of
// the genre (set Z), taken on 2026-12-02 in session 9 from stored public web
// pages by a helper who had not read the extractor, and annotated before it
// was first run on them (SOURCES.md). Its first run, on the extractor as
// session 8 left it (93389ee), gave relation F1 0.731 (P 0.773, R 0.694): one
// more measure of what unseen real articles get. From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev26F1(t *testing.T) {
	checkSetFloor(t, "dev26", 0.79)
}
