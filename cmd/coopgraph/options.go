package main

import (
	"flag"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
)

// option is one row of the options table: a flag, the environment variable
// that is its fallback, its default and its help. Secrets never appear in
// help or logs with their value.
type option struct {
	flag, env, def, help string
	secret               bool
}

// options is every option any command takes; each command picks the rows it
// needs, so a flag means the same thing everywhere. It is where a default is
// stated: --help prints this column, the README's table is checked against
// it (TestREADMEDefaults), and a flag left unset passes it on. The server's
// own defaults are the api package's, which applies them to a Config's zero
// fields for any caller; their rows take them from there rather than spell
// them a second time, and TestServeHelpDefaults checks that the server
// started with the defaults runs with the values --help shows.
var options = map[string]option{
	"db":            {"db", "COOPGRAPH_DB", "", "the store: a bolt directory, memstore, or postgres://… (cockroach://… for CockroachDB)", false},
	"data":          {"data", "COOPGRAPH_DATA", "data", "the data directory of the embedded default store (used when --db is empty)", false},
	"addr":          {"addr", "COOPGRAPH_ADDR", api.DefaultAddr, "the HOST:PORT the server listens on", false},
	"token":         {"token", "COOPGRAPH_TOKEN", "", "the bearer token writes need; made and logged at start when empty", true},
	"body-limit":    {"body-limit", "COOPGRAPH_BODY_LIMIT", strconv.Itoa(api.DefaultBodyLimit), "the largest request body in bytes (413 past it)", false},
	"query-timeout": {"query-timeout", "COOPGRAPH_QUERY_TIMEOUT", api.DefaultQueryTimeout.String(), "the time budget of one query (504 past it)", false},
	"result-limit":  {"result-limit", "COOPGRAPH_RESULT_LIMIT", strconv.Itoa(api.DefaultResultLimit), "the most results one query may return: search, neighbours, Cayley's languages", false},
	"heavy-queries": {"heavy-queries", "COOPGRAPH_HEAVY_QUERIES", strconv.Itoa(graph.DefaultQueryConcurrent), "Cayley queries, v2 reads and exports that run at once (503 for one more after a short wait)", false},
	"answer-limit":  {"answer-limit", "COOPGRAPH_ANSWER_LIMIT", strconv.Itoa(graph.DefaultQueryAnswerBytes), "the most bytes of one Cayley query's answer or v2 read (413 past it)", false},
	"query-memory":  {"query-memory", "COOPGRAPH_QUERY_MEMORY", strconv.Itoa(graph.DefaultQueryHeapPerQuery), "how far the heap may grow, in bytes per running Cayley query (413 past it)", false},
	"cors":          {"cors", "COOPGRAPH_CORS", "", "comma-separated origins allowed cross-origin requests (none when empty)", false},
	"rate-limit":    {"rate-limit", "COOPGRAPH_RATE_LIMIT", "0", "requests per second allowed per client address (0: no limit)", false},
	"pool-size":     {"pool-size", "COOPGRAPH_POOL_SIZE", "0", "the SQL connection pool size (0: Cayley's default)", false},
	"batch":         {"batch", "COOPGRAPH_LOAD_BATCH", "64", "load: articles written per transaction (1: each article alone)", false},
	"tx-quads":      {"tx-quads", "COOPGRAPH_LOAD_TX_QUADS", "100000", "load: on bolt, whole --batch groups gathered per transaction up to this many quads (1: each group alone)", false},
	"format":        {"format", "COOPGRAPH_FORMAT", "nquads", "the export format: nquads, jsonld or graphml", false},
	"json":          {"json", "COOPGRAPH_JSON", "false", "print JSON", false},
	"edges":         {"edges", "COOPGRAPH_BENCH_EDGES", "", "bench: comma-separated graph sizes in edges (default 10000,100000,1000000; --http: 100000)", false},
	"bench-dir":     {"bench-dir", "COOPGRAPH_BENCH_DIR", "data/bench", "bench: where the generated bolt stores are kept between runs", false},
	"http":          {"http", "COOPGRAPH_BENCH_HTTP", "false", "bench: drive the HTTP server with concurrent clients instead", false},
	"clients":       {"clients", "COOPGRAPH_BENCH_CLIENTS", "64", "bench --http: concurrent clients", false},
	"duration":      {"duration", "COOPGRAPH_BENCH_DURATION", "5s", "bench --http: how long each question is asked", false},
	"queries":       {"queries", "COOPGRAPH_BENCH_QUERIES", "100", "bench: questions per query kind", false},
	"soak":          {"soak", "COOPGRAPH_BENCH_SOAK", "", "bench: run a soak of this duration instead (reads and writes mixed, verify at the end)", false},
	"shipped":       {"shipped", "COOPGRAPH_SHIPPED", "auto", "load the shipped articles at start: auto (into the embedded default only), true (into any store), false", false},
}

// flagSet is a command's flags bound to the options table.
type flagSet struct {
	*flag.FlagSet
	m     *Main
	names []string
}

func (m *Main) newFlagSet(name, args, about string, opts ...string) *flagSet {
	fs := &flagSet{FlagSet: flag.NewFlagSet(name, flag.ContinueOnError), m: m, names: opts}
	fs.SetOutput(m.Stderr)
	for _, n := range opts {
		o, ok := options[n]
		if !ok {
			panic("options: no row " + n)
		}
		if o.def == "true" || o.def == "false" {
			fs.Bool(o.flag, o.def == "true", o.help)
		} else {
			fs.String(o.flag, o.def, o.help)
		}
	}
	fs.Usage = func() {
		out := fs.Output()
		fmt.Fprintf(out, "usage: coopgraph %s [flags] %s\n\n%s\n\nflags (environment fallback in brackets):\n", name, args, about)
		for _, n := range opts {
			o := options[n]
			def := o.def
			if o.secret && def != "" {
				def = "***"
			}
			fmt.Fprintf(out, "  --%-14s %s [%s]", o.flag, o.help, o.env)
			if def != "" {
				fmt.Fprintf(out, " (default %s)", def)
			}
			fmt.Fprintln(out)
		}
	}
	return fs
}

// parse parses args, then fills each flag not given from its environment
// variable.
func (fs *flagSet) parse(args []string) error {
	if err := fs.Parse(args); err != nil {
		return err
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	for _, n := range fs.names {
		o := options[n]
		if v := fs.m.Getenv(o.env); v != "" && !set[o.flag] {
			if err := fs.Set(o.flag, v); err != nil {
				return usageError(fmt.Sprintf("%s: %v", o.env, err))
			}
		}
	}
	return nil
}

func (fs *flagSet) str(name string) string { return fs.Lookup(name).Value.String() }

func (fs *flagSet) boolean(name string) (bool, error) {
	switch strings.ToLower(fs.str(name)) {
	case "true", "1", "yes":
		return true, nil
	case "false", "0", "no", "":
		return false, nil
	}
	return false, usageError(fmt.Sprintf("--%s: %q is not true or false", name, fs.str(name)))
}

func (fs *flagSet) integer(name string) (int64, error) {
	var n int64
	if _, err := fmt.Sscan(fs.str(name), &n); err != nil || n < 0 {
		return 0, usageError(fmt.Sprintf("--%s: %q is not a non-negative integer", name, fs.str(name)))
	}
	return n, nil
}

func (fs *flagSet) duration(name string) (time.Duration, error) {
	d, err := time.ParseDuration(fs.str(name))
	if err != nil || d <= 0 {
		return 0, usageError(fmt.Sprintf("--%s: %q is not a positive duration", name, fs.str(name)))
	}
	return d, nil
}
