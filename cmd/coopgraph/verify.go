package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
)

func (m *Main) verify(ctx context.Context, args []string) error {
	fs := m.newFlagSet("verify", "", "Checks the store: every relation has evidence naming a stored article, every\nevidence span is its sentence, every article is whole, the path index agrees\nwith the store. Exits 1 on any fault.", "db", "json", "pool-size")
	if err := fs.parse(args); err != nil {
		return err
	}
	if fs.str("db") == "" {
		return usageError("verify: no store given (--db or COOPGRAPH_DB)")
	}
	s, _, err := m.openStore(ctx, fs, m.quietLogger())
	if err != nil {
		return err
	}
	defer s.Close()
	rep, err := s.Verify(ctx)
	if err != nil {
		return err
	}
	if asJSON, _ := fs.boolean("json"); asJSON {
		json.NewEncoder(m.Stdout).Encode(rep)
	} else {
		fmt.Fprintf(m.Stdout, "%d quads, %d articles, %d entities, %d relations\n", rep.Quads, rep.Articles, rep.Entities, rep.Relations)
		for _, f := range rep.Faults {
			fmt.Fprintln(m.Stdout, "FAULT:", f)
		}
	}
	if !rep.OK() {
		return &faultError{fmt.Sprintf("verify: %d faults", len(rep.Faults))}
	}
	fmt.Fprintln(m.Stdout, "ok")
	return nil
}

// quietLogger logs only warnings, for commands whose output is their
// standard output.
func (m *Main) quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
}
