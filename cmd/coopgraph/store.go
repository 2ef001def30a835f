package main

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/coopgraph/coopgraph/graph"
)

// openStore opens the store --db names, or, when it is empty, the embedded
// default: a bolt store in the data directory.
func (m *Main) openStore(ctx context.Context, fs *flagSet, log *slog.Logger) (*graph.Store, bool, error) {
	dsn := fs.str("db")
	isDefault := false
	if dsn == "" {
		data := "data"
		if fs.Lookup("data") != nil {
			data = fs.str("data")
		}
		if err := os.MkdirAll(data, 0o755); err != nil {
			return nil, false, fmt.Errorf("create data directory %s: %w", data, err)
		}
		dsn, isDefault = filepath.Join(data, "coopgraph.bolt"), true
	}
	opts := graph.Options{Logger: log}
	if fs.Lookup("pool-size") != nil {
		n, err := fs.integer("pool-size")
		if err != nil {
			return nil, false, err
		}
		opts.PoolSize = int(n)
	}
	s, err := graph.Open(ctx, dsn, opts)
	if err != nil {
		return nil, false, err
	}
	log.Info("store open", "backend", s.Backend().String())
	return s, isDefault, nil
}
