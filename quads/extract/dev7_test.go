package extract

import "testing"

// TestDev7F1 scores the extractor on testdata/dev7: ten genre articles with
// invented names, written on 2026-12-02 by a helper who had not read the
// extractor, and annotated before it was first run on them. That first run
// scored relation F1 0.651 (P 0.766, R 0.565; per predicate: hosts-base-at
// 0.35, leads 0.78, member-of 0.63, part-of 0.39, signed-with 0.63, visited
// 0.57), the held-out estimate this set gives once. Rules have since been
// tuned on these texts, by construction (grammar_dev7_test.go and the
// bases and members rounds after it, and the next day's), to 0.964,
// so dev7 is a development set now and its score says nothing about unseen
// articles; the floor sits just below the current score and guards against
// regressions.
func TestDev7F1(t *testing.T) {
	checkSetFloor(t, "dev7", 0.96)
}
