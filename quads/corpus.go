package quads

import (
	"embed"
	"io/fs"
	"path"
	"sort"
)

// shipped holds the real articles coopgraph ships as its default graph: the
// seed articles and two sets of real development articles (their sources are
// in corpus/dev/SOURCES.md and corpus/dev2/SOURCES.md). The extractor's tests
// (quads/extract) score it on the same copy.
//
//go:embed corpus/seeds/*.txt corpus/dev/*.txt corpus/dev/SOURCES.md corpus/dev2/*.txt corpus/dev2/SOURCES.md
var shipped embed.FS

// ShippedArticles returns the shipped articles' file system, rooted at the
// corpus directory: seeds/NAME.txt, dev/NAME.txt and dev2/NAME.txt.
func ShippedArticles() fs.FS {
	sub, err := fs.Sub(shipped, "corpus")
	if err != nil {
		panic(err) // the embed pattern guarantees the directory
	}
	return sub
}

// ShippedArticlePaths lists the .txt files of ShippedArticles in name order.
func ShippedArticlePaths() []string {
	var out []string
	fs.WalkDir(ShippedArticles(), ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && path.Ext(p) == ".txt" {
			out = append(out, p)
		}
		return nil
	})
	sort.Strings(out)
	return out
}
