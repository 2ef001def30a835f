package main

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
)

func (m *Main) verify(ctx context.Context, args []string) error {
	fs := m.newFlagSet("verify", "", "Checks the store by the rules every write keeps (README, \"What every write keeps\"):\nevery relation has evidence naming a stored article, every evidence span is its\nsentence, every article is whole, one name per entity and one text per article,\nvalues of the right kind; and that the path index agrees with the store. Exits 1\non any fault.", "db", "json", "pool-size")
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
