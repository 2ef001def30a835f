package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

func (m *Main) load(ctx context.Context, args []string) error {
	fset := m.newFlagSet("load", "FILE|DIR...",
		"Extracts .txt articles and reads .nq N-Quads files (directories are walked for both)\n"+
			"and writes them to the store: each article, and each N-Quads file, as one transaction.\n"+
			"A malformed N-Quads file is rejected whole, naming its line; the store is left as it was.",
		"db", "pool-size")
	if err := fset.parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		return usageError("load: no files given")
	}
	if fset.str("db") == "" {
		return usageError("load: no store given (--db or COOPGRAPH_DB)")
	}
	files, err := inputFiles(fset.Args())
	if err != nil {
		return err
	}
	log := m.logger()
	s, _, err := m.openStore(ctx, fset, log)
	if err != nil {
		return err
	}
	defer s.Close()
	var created, skipped, nq int
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("load interrupted after %d new articles: %w", created, err)
		}
		if strings.HasSuffix(f, ".nq") || strings.HasSuffix(f, ".nt") {
			n, err := loadNQuads(ctx, s, f)
			if err != nil {
				return err
			}
			nq += n
			continue
		}
		x, err := extractFile(f)
		if err != nil {
			return err
		}
		res, err := s.WriteExtraction(ctx, x)
		if err != nil {
			return fmt.Errorf("%s: %w", f, err)
		}
		if res.Created {
			created++
		} else {
			skipped++
		}
	}
	log.Info("loaded", "articles_new", created, "articles_already_stored", skipped, "nquads", nq)
	return nil
}

func loadNQuads(ctx context.Context, s *graph.Store, path string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, fmt.Errorf("open n-quads: %w", err)
	}
	defer f.Close()
	n, err := s.WriteNQuads(ctx, f)
	if err != nil && quads.ErrorCode(err) != quads.EINTERNAL {
		return 0, fmt.Errorf("%s: %s", path, quads.ErrorMessage(err))
	}
	return n, err
}

// inputFiles expands directories into their .txt, .nq and .nt files, in
// name order so that a load is repeatable.
func inputFiles(args []string) ([]string, error) {
	var out []string
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil {
			return nil, fmt.Errorf("load: %w", err)
		}
		if !st.IsDir() {
			out = append(out, a)
			continue
		}
		var found []string
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			switch filepath.Ext(p) {
			case ".txt", ".nq", ".nt":
				if !d.IsDir() {
					found = append(found, p)
				}
			}
			return nil
		})
		if err != nil {
			return nil, fmt.Errorf("load: walk %s: %w", a, err)
		}
		sort.Strings(found)
		out = append(out, found...)
	}
	return out, nil
}
