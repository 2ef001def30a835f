package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

func (m *Main) extract(ctx context.Context, args []string) error {
	fs := m.newFlagSet("extract", "FILE...", "Prints what the extractor finds in each article file (format in SCHEMA.md).\nStores nothing.", "json")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		return usageError("extract: no article files given")
	}
	asJSON, _ := fs.boolean("json")
	out := struct {
		Articles []quads.ExtractionJSON `json:"articles"`
	}{Articles: []quads.ExtractionJSON{}}
	for _, path := range fs.Args() {
		x, err := extractFile(path)
		if err != nil {
			return err
		}
		out.Articles = append(out.Articles, x.JSON())
	}
	if asJSON {
		enc := json.NewEncoder(m.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	for _, a := range out.Articles {
		fmt.Fprintf(m.Stdout, "%s: %q (%s), %d entities, %d relations\n", a.File, a.Title, a.Date, len(a.Entities), len(a.Relations))
		for _, r := range a.Relations {
			t := ""
			if r.Title != "" {
				t = " (" + r.Title + ")"
			}
			fmt.Fprintf(m.Stdout, "  %s —%s→ %s%s\n", r.Subject, r.Predicate, r.Object, t)
		}
	}
	return nil
}

// extractFile reads and extracts one article file.
func extractFile(path string) (*quads.Extraction, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read article: %w", err)
	}
	x, err := extract.Extract(quads.Article{File: filepath.Base(path), Text: string(data)})
	if err != nil {
		return nil, fmt.Errorf("%s: %s", path, quads.ErrorMessage(err))
	}
	return x, nil
}
