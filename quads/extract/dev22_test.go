package extract

import "testing"

// TestDev22F1 scores the extractor on testdata/dev22: twelve genre articles
// with invented names (set X), written on 2026-12-02 in session 8 to issue
// 12's twelve error classes by a helper who had not read the extractor, and
// annotated before it was first run on them (SOURCES.md). Its first run, on
// the extractor as session 7 left it (a5c86aa), gave relation F1 0.842 (P
// 0.848, R 0.836; hosts-base-at 0.56, leads 0.95, member-of 0.74, part-of
// 0.76, signed-with 0.94, visited 0.62). From that run on it is a
// development set that rules are tuned on, and its floor guards against
// regressions.
func TestDev22F1(t *testing.T) {
	checkSetFloor(t, "dev22", 0.92)
}
