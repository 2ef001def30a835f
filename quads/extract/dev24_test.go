package extract

import "testing"

// TestDev24F1 scores the extractor on testdata/dev24: fifteen real articles of
// the genre (set V), taken on 2026-12-02 in session 9 from stored public web
// pages by a helper who had not read the extractor, and annotated before it
// was first run on them (SOURCES.md). Its first run, on the extractor as
// session 8 left it (93389ee), gave relation F1 0.610 (P 0.750, R 0.514): one
// more measure of what unseen real articles get. From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev24F1(t *testing.T) {
	checkSetFloor(t, "dev24", 0.71)
}
