package main

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
)

func (m *Main) bench(ctx context.Context, args []string) error {
	fs := m.newFlagSet("bench", "",
		"Measures coopgraph on synthetic cooperation graphs and prints each figure beside the\n"+
			"same question answered by its peers on the same store in the same run: Cayley's path\n"+
			"API and a two-way BFS over Cayley's quad iterators (and Cayley's default writer for\n"+
			"loading). With --http it drives the HTTP server with concurrent clients and compares\n"+
			"paths with Cayley's own Gizmo endpoint on the same store (--db to use a given store).",
		"json", "edges", "bench-dir", "queries", "http", "clients", "duration", "db", "pool-size")
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
	if viaHTTP, _ := fs.boolean("http"); viaHTTP {
		clients, err := fs.integer("clients")
		if err != nil {
			return err
		}
		dur, err := fs.duration("duration")
		if err != nil {
			return err
		}
		cfg := api.HTTPBenchConfig{DSN: fs.str("db"), Clients: int(clients), Duration: dur, JSON: asJSON, Logger: log}
		if len(sizes) > 1 {
			return usageError("bench --http: one size at a time (--edges N)")
		} else if len(sizes) == 1 {
			cfg.Edges = sizes[0]
		}
		return api.RunHTTPBench(ctx, cfg, m.Stdout)
	}
	return graph.RunBench(ctx, graph.BenchConfig{
		Dir: fs.str("bench-dir"), Edges: sizes, JSON: asJSON, Logger: log, Queries: int(queries),
	}, m.Stdout)
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
