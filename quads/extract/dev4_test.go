package extract

import "testing"

// TestDev4F1 scores the extractor on testdata/dev4: ten articles of the genre
// with invented names, written for issue 12 in phrasings and layouts unlike
// the other sets and annotated before the extractor was first run on them.
// That first run scored relation F1 0.667 (0.676 once three relations the
// schema cannot type were made optional), the held-out estimate. Rules have
// since been tuned on these texts (0.834; then 0.952 after the organisation
// rules and 0.916 after the person rules of the second round, each alone),
// so dev4 is a development set as well and its score says nothing about
// unseen articles; the floor sits just below the current score and guards
// against regressions.
func TestDev4F1(t *testing.T) {
	checkSetFloor(t, "dev4", 0.99)
}
