// Package apibench drives a coopgraph HTTP server on loopback: the HTTP
// bench (concurrent clients, paths beside Cayley's Gizmo on the same
// store) and the soak (mixed reads and writes, then verify). Neither is
// part of the server; `coopgraph bench --http` and `--soak` run them.
package apibench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"text/tabwriter"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/synth"
	"github.com/coopgraph/coopgraph/quads"
)

// HTTPBenchConfig configures RunHTTPBench. Zero fields take defaults.
type HTTPBenchConfig struct {
	// Store is the store to serve. It must be empty (the synthetic graph is
	// written to it) or hold the synthetic graph of Edges and Seed.
	Store *graph.Store
	// DSN is opened when Store is nil; "" means a bolt store in a fresh
	// temporary directory, removed afterwards.
	DSN string
	// Edges sizes the synthetic graph (graph.NewSynth); default 100000.
	Edges int
	// Seed of the synthetic graph and of the questions; default 1.
	Seed uint64
	// Clients is the number of concurrent clients; default 64.
	Clients int
	// Duration is how long each question is asked; default 5s.
	Duration time.Duration
	// JSON prints the figures as one JSON object instead of a table.
	JSON bool
	// Logger receives progress (loading, each question); nil: slog.Default().
	Logger *slog.Logger
}

// Goals of the HTTP bench on the 10^5-edge synthetic graph, 64 clients.
const (
	GoalPathsP99      = 20 * time.Millisecond
	GoalSearchP99     = 10 * time.Millisecond
	GoalPathsVsCayley = 10.0
)

// HTTPBenchResult is what RunHTTPBench measured.
type HTTPBenchResult struct {
	Backend      string           `json:"backend"`
	Edges        int              `json:"edges"`
	Quads        int64            `json:"quads"`
	Clients      int              `json:"clients"`
	DurationS    float64          `json:"duration_s"` // per question
	GOMAXPROCS   int              `json:"gomaxprocs"`
	Questions    []QuestionResult `json:"questions"`
	PathsVsPeer  float64          `json:"paths_vs_cayley"`    // paths (k=1) req/s over Cayley Gizmo's, the same question
	Paths3VsPeer float64          `json:"paths_k3_vs_cayley"` // paths (k=3) req/s over Cayley Gizmo's (k=1)
	Goals        map[string]bool  `json:"goals"`
}

// QuestionResult is one question's figures. RPS counts the successful
// answers (2xx) per second; the latencies are of every request, errors
// (504 past the time limit) included.
type QuestionResult struct {
	Name     string         `json:"name"`
	Route    string         `json:"route"`
	Requests int            `json:"requests"`
	Errors   map[string]int `json:"errors,omitempty"` // by status
	RPS      float64        `json:"rps"`
	P50ms    float64        `json:"p50_ms"`
	P99ms    float64        `json:"p99_ms"`
}

// RunHTTPBench serves a store on loopback and drives it with concurrent
// clients, one question at a time for cfg.Duration each: search, the
// neighbourhoods of depth 1 and 2, k=3 and k=1 shortest paths, and the same
// shortest-path question asked of Cayley's own Gizmo endpoint
// (/api/v1/query/gizmo, Cayley's query engine over the same store, a
// breadth-first search written in Gizmo as a Cayley user would). It prints
// requests per second and p50/p99 latencies side by side, and whether the
// goals are met.
func RunHTTPBench(ctx context.Context, cfg HTTPBenchConfig, w io.Writer) error {
	if cfg.Edges <= 0 {
		cfg.Edges = 100000
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	if cfg.Clients <= 0 {
		cfg.Clients = 64
	}
	if cfg.Duration <= 0 {
		cfg.Duration = 5 * time.Second
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	store := cfg.Store
	if store == nil {
		dsn := cfg.DSN
		if dsn == "" {
			dir, err := os.MkdirTemp("", "coopgraph-httpbench-")
			if err != nil {
				return fmt.Errorf("bench: %w", err)
			}
			defer os.RemoveAll(dir)
			dsn = dir
		}
		var err error
		if store, err = graph.Open(ctx, dsn, graph.Options{Logger: log}); err != nil {
			return err
		}
		defer store.Close()
	}
	g := synth.New(synth.Config{Edges: cfg.Edges, Seed: cfg.Seed})
	if err := loadSynth(ctx, store, g, log); err != nil {
		return err
	}
	nq, err := store.QuadCount(ctx)
	if err != nil {
		return err
	}

	quiet := slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelError + 1}))
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0", Logger: quiet}, store)
	if err != nil {
		return err
	}
	if err := srv.Open(); err != nil {
		return err
	}
	defer func() {
		sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()

	qs := benchQuestions(g, rand.New(rand.NewPCG(cfg.Seed, 7)), 2000)
	res := &HTTPBenchResult{Backend: store.Backend().Name, Edges: len(g.Edges), Quads: nq, Clients: cfg.Clients,
		DurationS: cfg.Duration.Seconds(), GOMAXPROCS: runtime.GOMAXPROCS(0), Goals: map[string]bool{}}
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConns: 2 * cfg.Clients, MaxIdleConnsPerHost: 2 * cfg.Clients, IdleConnTimeout: time.Minute}}
	defer client.CloseIdleConnections()
	for _, q := range qs {
		log.Info("bench: asking", "question", q.name, "clients", cfg.Clients, "for", cfg.Duration)
		r, err := drive(ctx, client, srv.URL(), q, cfg.Clients, cfg.Duration)
		if err != nil {
			return err
		}
		res.Questions = append(res.Questions, r)
	}
	byName := map[string]QuestionResult{}
	for _, r := range res.Questions {
		byName[r.Name] = r
	}
	if peer := byName["cayley gizmo path (k=1)"]; peer.RPS > 0 {
		res.PathsVsPeer = byName["paths (k=1)"].RPS / peer.RPS
		res.Paths3VsPeer = byName["paths (k=3)"].RPS / peer.RPS
	}
	ok := func(r QuestionResult) bool { return len(r.Errors) == 0 && r.Requests > 0 }
	res.Goals["paths_p99"] = ok(byName["paths (k=3)"]) && byName["paths (k=3)"].P99ms <= ms(GoalPathsP99)
	res.Goals["search_p99"] = ok(byName["search"]) && byName["search"].P99ms <= ms(GoalSearchP99)
	res.Goals["paths_vs_cayley"] = res.PathsVsPeer >= GoalPathsVsCayley
	if cfg.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(res)
	}
	printHTTPBench(w, res)
	return nil
}

// loadSynth writes the synthetic graph to an empty store, in transactions
// of some 50,000 quads, or checks that a non-empty store holds it.
func loadSynth(ctx context.Context, store *graph.Store, g *synth.Graph, log *slog.Logger) error {
	n, err := store.QuadCount(ctx)
	if err != nil {
		return err
	}
	if n > 0 {
		if _, err := store.Entity(ctx, g.Entities[0].ID); err != nil {
			return quads.Errorf(quads.EINVALID, "bench: the store is neither empty nor the synthetic graph of %d edges", len(g.Edges))
		}
		return nil
	}
	start := time.Now()
	// The bulk loader, not WriteQuads: the synthetic graph's evidence spans
	// are not sentences of its short article texts, so it would not pass
	// the write check, and the benchmark measures queries, not writes.
	total, err := store.LoadQuads(ctx, g.Reader())
	if err != nil {
		return fmt.Errorf("bench: load the synthetic graph: %w", err)
	}
	log.Info("bench: loaded the synthetic graph", "edges", len(g.Edges), "quads", total, "took", time.Since(start).Round(time.Millisecond))
	return nil
}

// question is one kind of request, with its inputs.
type question struct {
	name, route string
	reqs        []func(base string) (*http.Request, error)
}

func get(path string) func(string) (*http.Request, error) {
	return func(base string) (*http.Request, error) { return http.NewRequest("GET", base+path, nil) }
}

// benchQuestions draws n inputs per question from the synthetic graph:
// names (exact, prefix, with a typo) to search, entities, and pairs that a
// random walk of two to four steps joins.
func benchQuestions(g *synth.Graph, r *rand.Rand, n int) []question {
	adj := make([][]int32, len(g.Entities))
	for _, e := range g.Edges {
		adj[e.S] = append(adj[e.S], e.O)
		adj[e.O] = append(adj[e.O], e.S)
	}
	var linked []int32
	for i, a := range adj {
		if len(a) > 0 {
			linked = append(linked, int32(i))
		}
	}
	search := question{name: "search", route: "GET /api/search"}
	neigh1 := question{name: "neighbours (depth 1)", route: "GET /api/entities/{id}/neighbors"}
	neigh := question{name: "neighbours (depth 2)", route: "GET /api/entities/{id}/neighbors"}
	paths3 := question{name: "paths (k=3)", route: "GET /api/paths"}
	paths1 := question{name: "paths (k=1)", route: "GET /api/paths"}
	peer := question{name: "cayley gizmo path (k=1)", route: "POST /api/v1/query/gizmo"}
	for len(search.reqs) < n {
		e := g.Entities[r.IntN(len(g.Entities))]
		term := e.Name
		switch r.IntN(3) {
		case 1:
			term = term[:min(len(term), 3+r.IntN(6))]
		case 2:
			if b := []byte(term); len(b) > 4 {
				i := 1 + r.IntN(len(b)-3)
				b[i], b[i+1] = b[i+1], b[i]
				term = string(b)
			}
		}
		search.reqs = append(search.reqs, get("/api/search?limit=10&q="+url.QueryEscape(term)))
	}
	for len(neigh1.reqs) < n {
		id := g.Entities[linked[r.IntN(len(linked))]].ID
		neigh1.reqs = append(neigh1.reqs, get("/api/entities/"+id+"/neighbors?depth=1&limit=200"))
		neigh.reqs = append(neigh.reqs, get("/api/entities/"+id+"/neighbors?depth=2&limit=200"))
	}
	for len(paths3.reqs) < n {
		from := linked[r.IntN(len(linked))]
		at, seen := from, map[int32]bool{from: true}
		for steps := 2 + r.IntN(3); steps > 0; steps-- {
			next := adj[at][r.IntN(len(adj[at]))]
			if seen[next] {
				continue
			}
			seen[next], at = true, next
		}
		if at == from {
			continue
		}
		f, t := g.Entities[from].ID, g.Entities[at].ID
		paths3.reqs = append(paths3.reqs, get("/api/paths?k=3&from="+f+"&to="+t))
		paths1.reqs = append(paths1.reqs, get("/api/paths?k=1&from="+f+"&to="+t))
		peer.reqs = append(peer.reqs, gizmoPath(f, t, graph.DefaultMaxLen))
	}
	return []question{search, neigh1, neigh, paths3, paths1, peer}
}

// gizmoBFS is the shortest-path question in Gizmo: a breadth-first search,
// one Both() step over the relation predicates per level, tagging each
// node's parent, until the other end shows up; then the path is read back.
const gizmoBFS = `var preds = %s, from = %q, to = %q, maxLen = %d;
var parent = {}; parent[from] = null;
var level = [from], found = false;
for (var d = 0; d < maxLen && level.length > 0 && !found; d++) {
  var rows = g.V.apply(g, level).Tag("parent").Both(preds).Tag("node").TagArray();
  var next = [];
  for (var i = 0; i < rows.length; i++) {
    var v = rows[i].node, u = rows[i].parent;
    if (parent.hasOwnProperty(v)) continue;
    parent[v] = u; next.push(v);
    if (v === to) found = true;
  }
  level = next;
}
if (found) { var p = []; for (var v = to; v !== null; v = parent[v]) p.unshift(v); g.Emit(p); }`

func gizmoPath(from, to string, maxLen int) func(string) (*http.Request, error) {
	preds := make([]string, len(quads.Predicates))
	for i, p := range quads.Predicates {
		preds[i] = p.IRI().String()
	}
	pj, _ := json.Marshal(preds)
	js := fmt.Sprintf(gizmoBFS, pj, quads.EntityIRI(from).String(), quads.EntityIRI(to).String(), maxLen)
	return func(base string) (*http.Request, error) {
		return http.NewRequest("POST", base+"/api/v1/query/gizmo", strings.NewReader(js))
	}
}

// drive asks q with clients concurrent clients for d, after a short
// warm-up, and measures each request.
func drive(ctx context.Context, client *http.Client, base string, q question, clients int, d time.Duration) (QuestionResult, error) {
	do := func(i int) (int, time.Duration, error) {
		req, err := q.reqs[i%len(q.reqs)](base)
		if err != nil {
			return 0, 0, err
		}
		start := time.Now()
		res, err := client.Do(req.WithContext(ctx))
		if err != nil {
			return 0, 0, err
		}
		_, err = io.Copy(io.Discard, res.Body)
		res.Body.Close()
		return res.StatusCode, time.Since(start), err
	}
	for i := 0; i < min(clients, len(q.reqs)); i++ { // warm-up
		if _, _, err := do(i); err != nil {
			return QuestionResult{}, fmt.Errorf("bench: %s: %w", q.name, err)
		}
	}
	var (
		next   atomic.Int64
		mu     sync.Mutex
		lat    []time.Duration
		errs   = map[string]int{}
		first  error
		ok     int
		wg     sync.WaitGroup
		cutoff = time.Now().Add(d)
	)
	start := time.Now()
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mine := make([]time.Duration, 0, 4096)
			bad := map[string]int{}
			good := 0
			var ferr error
			for time.Now().Before(cutoff) && ctx.Err() == nil {
				status, took, err := do(int(next.Add(1)))
				if err != nil {
					if ferr == nil && ctx.Err() == nil {
						ferr = err
					}
					break
				}
				mine = append(mine, took)
				if status >= 300 {
					bad[fmt.Sprint(status)]++
				} else {
					good++
				}
			}
			mu.Lock()
			lat = append(lat, mine...)
			ok += good
			for k, v := range bad {
				errs[k] += v
			}
			if first == nil {
				first = ferr
			}
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	if first != nil {
		return QuestionResult{}, fmt.Errorf("bench: %s: %w", q.name, first)
	}
	if err := ctx.Err(); err != nil {
		return QuestionResult{}, err
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	r := QuestionResult{Name: q.name, Route: q.route, Requests: len(lat),
		RPS: float64(ok) / elapsed.Seconds(), P50ms: ms(quantile(lat, 0.50)), P99ms: ms(quantile(lat, 0.99))}
	if len(errs) > 0 {
		r.Errors = errs
	}
	return r, nil
}

func quantile(sorted []time.Duration, q float64) time.Duration {
	if len(sorted) == 0 {
		return 0
	}
	return sorted[min(len(sorted)-1, int(q*float64(len(sorted))))]
}

func ms(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }

func printHTTPBench(w io.Writer, r *HTTPBenchResult) {
	fmt.Fprintf(w, "coopgraph HTTP bench: %s store, synthetic graph of %d edges (%d quads), %d clients on loopback, %.0fs per question, GOMAXPROCS %d\n\n",
		r.Backend, r.Edges, r.Quads, r.Clients, r.DurationS, r.GOMAXPROCS)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "question\troute\treq/s\tp50 ms\tp99 ms\trequests\terrors\t")
	for _, q := range r.Questions {
		errs := "0"
		if len(q.Errors) > 0 {
			var parts []string
			for k, v := range q.Errors {
				parts = append(parts, fmt.Sprintf("%d×%s", v, k))
			}
			sort.Strings(parts)
			errs = strings.Join(parts, " ")
		}
		fmt.Fprintf(tw, "%s\t%s\t%.0f\t%.2f\t%.2f\t%d\t%s\t\n", q.Name, q.Route, q.RPS, q.P50ms, q.P99ms, q.Requests, errs)
	}
	tw.Flush()
	met := func(b bool) string {
		if b {
			return "met"
		}
		return "NOT met"
	}
	fmt.Fprintf(w, "\nreq/s counts successful answers; latencies include errors (504: past the server's time limit)\n")
	fmt.Fprintf(w, "paths (k=1) vs Cayley's Gizmo on the same question: %.1f× the throughput (goal ≥ %.0f×: %s); paths (k=3): %.1f×\n",
		r.PathsVsPeer, GoalPathsVsCayley, met(r.Goals["paths_vs_cayley"]), r.Paths3VsPeer)
	fmt.Fprintf(w, "paths (k=3) p99 goal ≤ %v: %s; search p99 goal ≤ %v: %s\n",
		GoalPathsP99, met(r.Goals["paths_p99"]), GoalSearchP99, met(r.Goals["search_p99"]))
}
