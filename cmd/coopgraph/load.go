package main

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

func (m *Main) load(ctx context.Context, args []string) error {
	fset := m.newFlagSet("load", "FILE|DIR...",
		"Extracts .txt articles and reads .nq N-Quads files (directories are walked for both)\n"+
			"and writes them to the store: articles in groups of --batch, each group one\n"+
			"transaction (on bolt, whole groups gathered into transactions of some 100,000\n"+
			"quads; so every article is whole or absent, even after a crash), and each\n"+
			"N-Quads file as one transaction. A malformed N-Quads file is rejected whole, naming\n"+
			"its line; the store is left as it was. On a terminal, progress (articles/s, ETA)\n"+
			"is shown on standard error.",
		"db", "pool-size", "batch", "tx-quads")
	if err := fset.parse(args); err != nil {
		return err
	}
	if fset.NArg() == 0 {
		return usageError("load: no files given")
	}
	if fset.str("db") == "" {
		return usageError("load: no store given (--db or COOPGRAPH_DB)")
	}
	batch, err := fset.integer("batch")
	if err != nil {
		return err
	} else if batch == 0 {
		return usageError("--batch: must be at least 1")
	}
	txQuads, err := fset.integer("tx-quads")
	if err != nil {
		return err
	} else if txQuads < 1 {
		return usageError("--tx-quads: must be at least 1")
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
	closed := false
	defer func() {
		if !closed {
			s.Close()
		}
	}()
	var prog io.Writer
	if isTerminal(m.Stderr) {
		prog = m.Stderr
	}
	l := &loader{s: s, batch: int(batch), txQuads: int(txQuads), progress: newProgress(prog, len(files), time.Now())}
	err = l.loadFiles(ctx, files)
	if cerr := l.closeArticles(); err == nil {
		err = cerr
	}
	l.progress.done()
	if err != nil {
		return err
	}
	log.Info("loaded", "articles_new", l.created, "articles_already_stored", l.skipped, "nquads", l.nq)
	// Once, after every group: the next open starts from this index.
	closed = true
	return s.CloseSavingIndex(ctx)
}

// loader writes files to the store in order, articles in groups of batch
// through one graph.ArticleLoader (so the index is updated once, at the
// end, or before an N-Quads file).
type loader struct {
	s        *graph.Store
	batch    int
	txQuads  int
	progress *progress
	articles *graph.ArticleLoader // open while articles are being written

	group                []*quads.Extraction // extracted, not yet written
	groupFiles           []string
	created, skipped, nq int
}

func (l *loader) loadFiles(ctx context.Context, files []string) error {
	for _, f := range files {
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("load interrupted after %d new articles (%d extracted ones not written): %w",
				l.created, len(l.group), err)
		}
		if strings.HasSuffix(f, ".nq") || strings.HasSuffix(f, ".nt") {
			// An N-Quads file may name what earlier articles wrote.
			if err := l.flush(ctx); err != nil {
				return err
			}
			if err := l.closeArticles(); err != nil {
				return err
			}
			n, err := loadNQuads(ctx, l.s, f)
			if err != nil {
				return err
			}
			l.nq += n
			l.progress.add(0, 1)
			continue
		}
		x, err := extractFile(f)
		if err == nil {
			err = x.Validate()
			if err != nil {
				err = fmt.Errorf("%s: %s", f, quads.ErrorMessage(err))
			}
		}
		if err != nil {
			// What came before the bad file is stored, as when each
			// article was its own transaction.
			if ferr := l.flush(ctx); ferr != nil {
				return ferr
			}
			return err
		}
		l.group = append(l.group, x)
		l.groupFiles = append(l.groupFiles, f)
		if len(l.group) >= l.batch {
			if err := l.flush(ctx); err != nil {
				return err
			}
		}
	}
	return l.flush(ctx)
}

// flush writes the pending group as one transaction.
func (l *loader) flush(ctx context.Context) error {
	if len(l.group) == 0 {
		return nil
	}
	if l.articles == nil {
		l.articles = l.s.NewArticleLoaderWith(graph.LoaderOptions{TxQuads: l.txQuads})
	}
	res, err := l.articles.Write(ctx, l.group)
	if err != nil {
		where := l.groupFiles[0]
		if len(l.groupFiles) > 1 {
			where = fmt.Sprintf("%s … %s (%d articles)", where, l.groupFiles[len(l.groupFiles)-1], len(l.groupFiles))
		}
		return fmt.Errorf("%s: %w", where, err)
	}
	for _, r := range res {
		if r.Created {
			l.created++
		} else {
			l.skipped++
		}
	}
	l.progress.add(len(res), len(res))
	l.group, l.groupFiles = l.group[:0], l.groupFiles[:0]
	return nil
}

// closeArticles brings the index up to date with the articles written and
// lets other writes (an N-Quads file's) take the store.
func (l *loader) closeArticles() error {
	if l.articles == nil {
		return nil
	}
	err := l.articles.Close()
	l.articles = nil
	return err
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
