package perturb

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"

	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract/internal/gold"
)

// loadSet reads an annotated set of the project: seeds, dev and dev2 are the
// shipped articles with ../testdata/gold/SET.json, dev3 is ../testdata/dev3.
func loadSet(t *testing.T, set string) (gold.Set, map[string]string) {
	t.Helper()
	goldPath := filepath.Join("..", "testdata", "gold", set+".json")
	var fsys fs.FS
	if set == "dev3" {
		goldPath = filepath.Join("..", "testdata", "dev3", "gold.json")
		fsys = os.DirFS(filepath.Join("..", "testdata", "dev3"))
	} else {
		sub, err := fs.Sub(quads.ShippedArticles(), set)
		if err != nil {
			t.Fatal(err)
		}
		fsys = sub
	}
	g, err := gold.Load(goldPath)
	if err != nil {
		t.Fatal(err)
	}
	texts := map[string]string{}
	for _, a := range g.Articles {
		b, err := fs.ReadFile(fsys, a.File)
		if err != nil {
			t.Fatal(err)
		}
		texts[a.File] = string(b)
	}
	return g, texts
}
