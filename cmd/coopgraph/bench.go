package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/coopgraph/coopgraph/api/apibench"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/graphbench"
)

func (m *Main) bench(ctx context.Context, args []string) error {
	fs := m.newFlagSet("bench", "",
		"Measures coopgraph on synthetic cooperation graphs and prints each figure beside the\n"+
			"same question answered by its peers on the same store in the same run: Cayley's path\n"+
			"API and a two-way BFS over Cayley's quad iterators (and Cayley's default writer for\n"+
			"loading), and beside the scale goals: a real `coopgraph serve` on the store (time to\n"+
			"its first answered search, warm and with the page cache dropped, and its RSS), path\n"+
			"and neighbourhood p99 warm and cold, load rate. Dropping the page cache needs root.\n"+
			"With --db postgres://… each size runs on bolt and then on PostgreSQL, side by side.\n"+
			"With --http it drives the HTTP server with concurrent clients and compares\n"+
			"paths with Cayley's own Gizmo endpoint on the same store (--db to use a given store).\n"+
			"With --soak DURATION it mixes reads and writes on loopback, reports requests, errors\n"+
			"and p99, and verifies the store at the end (exit 1 on any error or fault).",
		"json", "edges", "bench-dir", "queries", "http", "clients", "duration", "soak", "db", "pool-size")
	if err := fs.parse(args); err != nil {
		return err
	}
	asJSON, err := fs.boolean("json")
	if err != nil {
		return err
	}
	sizes, err := parseSizes(fs.str("edges"))
	if err != nil {
		return err
	}
	queries, err := fs.integer("queries")
	if err != nil {
		return err
	}
	log := m.logger()
	if fs.str("soak") != "" {
		d, err := fs.duration("soak")
		if err != nil {
			return err
		}
		clients := 16
		if fs.str("clients") != options["clients"].def {
			n, err := fs.integer("clients")
			if err != nil {
				return err
			}
			clients = int(n)
		}
		return apibench.RunSoak(ctx, apibench.SoakConfig{DSN: fs.str("db"), Duration: d, Clients: clients, JSON: asJSON, Logger: log}, m.Stdout)
	}
	if viaHTTP, _ := fs.boolean("http"); viaHTTP {
		clients, err := fs.integer("clients")
		if err != nil {
			return err
		}
		dur, err := fs.duration("duration")
		if err != nil {
			return err
		}
		cfg := apibench.HTTPBenchConfig{DSN: fs.str("db"), Clients: int(clients), Duration: dur, JSON: asJSON, Logger: log}
		if len(sizes) > 1 {
			return usageError("bench --http: one size at a time (--edges N)")
		} else if len(sizes) == 1 {
			cfg.Edges = sizes[0]
		}
		return apibench.RunHTTPBench(ctx, cfg, m.Stdout)
	}
	cfg := graphbench.Config{Dir: fs.str("bench-dir"), Edges: sizes, JSON: asJSON, Logger: log, Queries: int(queries)}
	// A real `coopgraph serve` is this very executable, started on each
	// bench store to time how soon it answers.
	if exe, err := os.Executable(); err == nil {
		cfg.Serve = func(args ...string) *exec.Cmd {
			c := exec.CommandContext(ctx, exe, args...)
			c.Env = os.Environ()
			return c
		}
	} else {
		log.Warn("bench: serve readiness not measured", "err", err)
	}
	if db := fs.str("db"); db != "" {
		// On PostgreSQL each size's store is a database of its own on the
		// server --db names, measured beside the bolt store in --bench-dir.
		b, err := graph.ParseDSN(db)
		if err != nil {
			return err
		}
		if b.Name != "postgres" {
			return usageError("bench: --db takes a postgres:// server to bench on (bolt is the default)")
		}
		cfg.Postgres = db
	}
	return graphbench.Run(ctx, cfg, m.Stdout)
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f == "" {
			continue
		}
		n, err := strconv.Atoi(strings.ReplaceAll(f, "_", ""))
		if err != nil || n <= 0 {
			return nil, usageError(fmt.Sprintf("--edges: %q is not a positive number", f))
		}
		out = append(out, n)
	}
	return out, nil
}
