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
	checkSetFloor(t, "dev3", 0.99)
}

// checkSetFloor scores the annotated set in testdata/name (its articles
// beside their gold.json), logs the per-predicate table, and fails when
// relation F1 is below floor.
func checkSetFloor(t *testing.T, name string, floor float64) {
	t.Helper()
	dir := filepath.Join("testdata", name)
	f, per := scoreDir(t, filepath.Join(dir, "gold.json"), dir)
	logScores(t, f, per)
	if f < floor {
		t.Errorf("%s relation F1 %.3f below %.2f", name, f, floor)
	}
}
