package extract

import (
	"path/filepath"
	"testing"
)

// TestDev3F1 scores the extractor on testdata/dev3: ten articles of the genre
// written and annotated by hand (about other provinces, kinds of institution
// and phrasings than the seed and development articles). They were read
// while tuning, so this is a third development set, not a held-out one.
func TestDev3F1(t *testing.T) {
	const floor = 0.90
	dir := filepath.Join("testdata", "dev3")
	f, per := scoreDir(t, filepath.Join(dir, "gold.json"), dir)
	logScores(t, f, per)
	if f < floor {
		t.Errorf("dev3 relation F1 %.3f below %.2f", f, floor)
	}
}
