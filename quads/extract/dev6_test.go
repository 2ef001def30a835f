package extract

import "testing"

// TestDev6F1 scores the extractor on testdata/dev6: fifteen genre articles
// with invented names, written on 2026-12-02 as a blind set by a helper who
// read neither the extractor nor its tests, annotated before the first run
// and kept outside the repository while the day's rules were written, so
// that no rule writer read its texts or misses. Its first run, on the
// extractor of that morning, scored relation F1 0.756 (P 0.786, R 0.727;
// hosts-base-at 0.57, leads 0.86, member-of 0.55, part-of 0.65, signed-with
// 0.72, visited 0.62). The first round of that day's rules, written without
// it, took it to 0.780. The per-predicate figures (never the texts or the
// misses) then pointed a second round at signed-with, visited, part-of and
// member-of, after which it scored 0.817; that figure is therefore
// somewhat optimistic. Then the set came into the repository, and a third
// round read its misses for hosts-base-at and member-of (0.854), and the
// next day's rounds for signed-with, visited and part-of read them too
// (0.970): it is a development set now, whose score says nothing about
// unseen articles (real ones scored 0.1–0.15 below it: dev8–dev10); the
// floor sits just below the current score and guards against regressions.
func TestDev6F1(t *testing.T) {
	checkSetFloor(t, "dev6", 0.96)
}
