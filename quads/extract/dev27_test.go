package extract

import "testing"

// TestDev27F1 scores the extractor on testdata/dev27: twelve genre articles
// with invented names (set SA), written on 2026-12-02 in session 9 to issue
// 12's twelve error classes by a helper who had not read the extractor, and
// annotated before it was first run on them (SOURCES.md). Its first run, on
// the extractor as session 8 left it (93389ee), gave relation F1 0.829 (P
// 0.862, R 0.799; hosts-base-at 0.57, leads 0.92, member-of 0.85, part-of
// 0.72, signed-with 0.94, visited 0.69): one more measure of what unseen
// invented-name articles get. From that run on it is a development set that
// rules are tuned on, and its floor guards against regressions; it no longer
// measures unseen articles.
func TestDev27F1(t *testing.T) {
	checkSetFloor(t, "dev27", 0.92)
}
