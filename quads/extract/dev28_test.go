package extract

import "testing"

// TestDev28F1 scores the extractor on testdata/dev28: twelve genre articles
// with invented names (set SB), written on 2026-12-02 in session 9 to issue
// 12's twelve error classes by a helper who had not read the extractor, and
// annotated before it was first run on them (SOURCES.md). Its first run, on
// the extractor as session 8 left it (93389ee), gave relation F1 0.872 (P
// 0.864, R 0.880; hosts-base-at 0.60, leads 0.94, member-of 0.91, part-of
// 0.84, signed-with 0.83, visited 0.70): one more measure of what unseen
// invented-name articles get. After round 13 of this session it was scored
// once more, to choose whether to merge two branches; from then on it is a
// development set that rules are tuned on, and its floor guards against
// regressions; it no longer measures unseen articles.
func TestDev28F1(t *testing.T) {
	checkSetFloor(t, "dev28", 0.87)
}
