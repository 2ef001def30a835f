package main

import (
	"bufio"
	"context"
)

func (m *Main) export(ctx context.Context, args []string) error {
	fs := m.newFlagSet("export", "", "Writes the whole graph to standard output: nquads and jsonld hold every quad\n(what load reads back); graphml the entity graph for Gephi or yEd.", "db", "format", "pool-size")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.str("db") == "" {
		return usageError("export: no store given (--db or COOPGRAPH_DB)")
	}
	s, _, err := m.openStore(ctx, fs, m.quietLogger())
	if err != nil {
		return err
	}
	defer s.Close()
	w := bufio.NewWriterSize(m.Stdout, 1<<16)
	if err := s.Export(ctx, w, fs.str("format")); err != nil {
		return err
	}
	return w.Flush()
}
