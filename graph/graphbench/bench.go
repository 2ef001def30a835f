// Package graphbench measures coopgraph's store against Cayley on synthetic
// cooperation graphs (`coopgraph bench`). It uses only the graph package's
// exported surface; its peers use Cayley directly, on the same store.
package graphbench

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/synth"
)

// Config configures Run.
type Config struct {
	Dir     string // where the generated bolt stores are kept, one per size
	Edges   []int  // sizes; nil means 10^4, 10^5 and 10^6
	JSON    bool   // one JSON object per size instead of a table
	Logger  *slog.Logger
	Queries int // questions per query kind; 0 means 100
	// LoadSample bounds the quads loaded to measure load rates (0: 300,000).
	LoadSample int
	// Postgres, when set, is the DSN of a PostgreSQL server to bench on
	// beside bolt: each size is measured on bolt and then on PostgreSQL,
	// where its store is a database of its own (stores.go).
	Postgres string
	// Serve starts the coopgraph command with the given arguments (`coopgraph
	// bench` passes its own executable), to time a real `serve` on each
	// store; nil leaves serve readiness unmeasured.
	Serve func(args ...string) *exec.Cmd
}

// Result is one size's figures; its JSON is what `coopgraph bench
// --json` prints.
type Result struct {
	Edges             int           `json:"edges"`
	Backend           string        `json:"backend"`
	Nodes             int           `json:"nodes"`
	Quads             int64         `json:"quads"`
	LoadQuads         int           `json:"load_quads"`
	LoadQuadsPerS     float64       `json:"load_quads_per_s"`
	PeerLoadQuadsPerS float64       `json:"peer_load_quads_per_s"`
	ColdStartS        float64       `json:"cold_start_s"`
	IndexBuildS       float64       `json:"index_build_s"`
	IndexBytesPerEdge float64       `json:"index_bytes_per_edge"`
	Results           []QueryResult `json:"results"`
	// ColdResults are shortest paths and neighbourhoods asked again after
	// the page cache was dropped (and coopgraph's own cache emptied).
	ColdResults []QueryResult `json:"cold_results,omitempty"`
	Serve       *ServeResult  `json:"serve,omitempty"`
	ServeNote   string        `json:"serve_note,omitempty"` // why Serve is missing
	DropCaches  string        `json:"drop_caches"`          // "dropped", or why it could not be
	GenerateS   float64       `json:"generate_s,omitempty"` // generating the store, when this run did
	LoadLoadAvg string        `json:"load_load_avg"`        // load average when the load rates were taken
	Goals       []Goal        `json:"goals"`
	WallS       float64       `json:"wall_s"` // this size's whole run
}

// QueryResult is one kind of question answered by coopgraph and its peers.
type QueryResult struct {
	Query      string  `json:"query"`
	N          int     `json:"n"`
	P50        float64 `json:"p50_ms"`
	P99        float64 `json:"p99_ms"`
	Peer       string  `json:"peer"`
	PeerN      int     `json:"peer_n"`
	PeerP50    float64 `json:"peer_p50_ms"`
	PeerP99    float64 `json:"peer_p99_ms"`
	Peer2      string  `json:"peer2"`
	Peer2N     int     `json:"peer2_n"`
	Peer2P50   float64 `json:"peer2_p50_ms"`
	Peer2P99   float64 `json:"peer2_p99_ms"`
	Mismatches int     `json:"mismatches"` // answers whose path lengths differ from coopgraph's
	Timeouts   int     `json:"peer_timeouts"`
	LoadAvg    string  `json:"load_avg"` // when coopgraph's answers were timed
}

const (
	peerPathAPI  = "two-way BFS in Cayley's path API (Both with tags, one level per step)"
	peerIterBFS  = "two-way BFS over Cayley quad iterators"
	peerRegex    = "cayley path API Out(cg:name).Regex"
	peerRegexIt  = "regexp over cg:name quads from a quad iterator"
	benchMaxLen  = 6
	benchK       = 5
	benchNbLimit = 50
	// maxBenchEdges is what the index holds (graph's half-edge words).
	maxBenchEdges = 1<<28 - 1
)

// Run builds (or reuses) a synthetic cooperation graph in a bolt store
// for each size and prints, for each, coopgraph's figures beside its peers'.
func Run(ctx context.Context, cfg Config, w io.Writer) error {
	if cfg.Dir == "" {
		return quads.Errorf(quads.EINVALID, "bench: no directory for the generated stores")
	}
	if len(cfg.Edges) == 0 {
		cfg.Edges = []int{10000, 100000, 1000000}
	}
	if cfg.Queries <= 0 {
		cfg.Queries = 100
	}
	if cfg.LoadSample <= 0 {
		cfg.LoadSample = 300000
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	for _, n := range cfg.Edges {
		if n < 100 || n > maxBenchEdges {
			return quads.Errorf(quads.EINVALID, "bench: %d edges is out of range", n)
		}
	}
	for _, n := range cfg.Edges {
		bolt := cfg
		bolt.Postgres = ""
		res, err := benchSize(ctx, bolt, n, nil)
		if err != nil {
			return err
		}
		emit(w, cfg.JSON, res)
		if cfg.Postgres != "" {
			pg, err := benchSize(ctx, cfg, n, res)
			if err != nil {
				return err
			}
			emit(w, cfg.JSON, pg)
			if !cfg.JSON {
				printSideBySide(w, res, pg)
			}
		}
	}
	return nil
}

func emit(w io.Writer, asJSON bool, r *Result) {
	if asJSON {
		b, _ := json.Marshal(r)
		fmt.Fprintf(w, "%s\n", b)
	} else {
		printBench(w, r)
	}
}

// loadGroup is the articles the loader writes per transaction when the
// load rate is measured, as `coopgraph load` does by default (--batch);
// genGroup when the bench store is generated: larger, fewer commits, and
// still no more than some 50,000 quads in memory at once.
const (
	loadGroup = 64
	genGroup  = 256
)

// benchSize measures one size on one backend; bolt, for a PostgreSQL run,
// is the bolt run of the same size that its goals are held to.
func benchSize(ctx context.Context, cfg Config, n int, bolt *Result) (*Result, error) {
	began := time.Now()
	log := cfg.Logger.With("edges", n)
	g := synth.New(synth.Config{Edges: n, Seed: uint64(n)})
	res := &Result{Edges: n, Nodes: len(g.Entities), Backend: "bolt"}
	if cfg.Postgres != "" {
		res.Backend = "postgres"
	}

	// Load rates: the same quads, the first articles' groups, into two
	// fresh stores: ours by the article loader, Cayley's by its writer.
	var sample [][]quad.Quad
	sampled := 0
	errEnough := errors.New("enough")
	if err := g.Groups(loadGroup, func(qs []quad.Quad) error {
		sample = append(sample, append([]quad.Quad(nil), qs...))
		if sampled += len(qs); sampled >= cfg.LoadSample {
			return errEnough
		}
		return nil
	}); err != nil && err != errEnough {
		return nil, err
	}
	res.LoadQuads = sampled
	log.Info("measuring load", "quads", sampled)
	oursDSN, peerDSN, cleanup, err := cfg.loadStores(ctx, n)
	if err != nil {
		return nil, err
	}
	res.LoadLoadAvg = loadAvg()
	loadOurs, loadPeer, err := MeasureLoad(ctx, oursDSN, peerDSN, sample)
	cleanup()
	if err != nil {
		return nil, err
	}
	res.LoadQuadsPerS, res.PeerLoadQuadsPerS = loadOurs, loadPeer
	sample = nil

	// The store itself, generated once and kept.
	t := time.Now()
	dsn, generated, err := cfg.benchStore(ctx, n, g)
	if err != nil {
		return nil, err
	}
	if generated {
		res.GenerateS = time.Since(t).Seconds()
	}

	// A real server on it: cold (page cache dropped), then warm.
	res.DropCaches = "dropped"
	if err := dropPageCache(); err != nil {
		res.DropCaches = err.Error()
	}
	if cfg.Serve == nil {
		res.ServeNote = "no coopgraph command to start (Config.Serve)"
	} else {
		sr := &ServeResult{}
		name := g.Entities[0].Name
		if res.DropCaches == "dropped" {
			cold, _, err := serveReady(ctx, cfg.Serve, dsn, name)
			if err != nil {
				return nil, err
			}
			sr.ReadyColdS = cold.Seconds()
		}
		sr.LoadAvg = loadAvg()
		warm, rss, err := serveReady(ctx, cfg.Serve, dsn, name)
		if err != nil {
			return nil, err
		}
		sr.ReadyWarmS, sr.RSSBytes = warm.Seconds(), rss
		res.Serve = sr
		log.Info("serve ready", "cold_s", sr.ReadyColdS, "warm_s", sr.ReadyWarmS, "rss", rss)
	}

	// Index size: the live heap the opened store holds, nearly all of it
	// the index. Two collections: the first only moves sync.Pool contents
	// to their victim cache.
	runtime.GC()
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t0 := time.Now()
	s, err := graph.Open(ctx, dsn, graph.Options{Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	res.ColdStartS = time.Since(t0).Seconds()
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	edges := s.IndexStats().Edges
	res.IndexBytesPerEdge = float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc)) / float64(max(edges, 1))
	if res.Quads, err = s.QuadCount(ctx); err != nil {
		s.Close()
		return nil, err
	}
	answers, err := ask(ctx, cfg, s, g, res)
	if err == nil && res.DropCaches == "dropped" {
		err = askCold(ctx, s, answers, res)
	}
	s.Close()
	if err != nil {
		return nil, err
	}
	log.Info("coopgraph answered", "cold_start_s", res.ColdStartS, "bytes_per_edge", res.IndexBytesPerEdge)

	// The peers, on the same store opened by Cayley alone.
	b, err := graph.ParseDSN(dsn)
	if err != nil {
		return nil, err
	}
	opts := cgraph.Options{}
	if b.Name == "bolt" {
		opts["no_bloom"] = true // as graph.Open does
	}
	qs, err := cgraph.NewQuadStore(b.Name, b.Addr, opts)
	if err != nil {
		return nil, fmt.Errorf("bench: open %s for the peers: %w", b, err)
	}
	defer qs.Close()
	peerRuns(ctx, pathAPI{qs: qs, preds: relationIRIs()}, answers, res, false)
	peerRuns(ctx, newIterators(qs), answers, res, true)
	log.Info("peers answered")
	res.setGoals(bolt)
	res.WallS = time.Since(began).Seconds()
	return res, nil
}

// askCold asks the shortest-path and neighbourhood questions again with
// nothing cached: coopgraph's own cache emptied (by an index rebuild) and
// then the kernel's page cache dropped, so every answer reads its evidence
// from the disk as after a restart on a cold machine.
func askCold(ctx context.Context, s *graph.Store, a *answers, res *Result) error {
	if err := s.RebuildIndex(ctx); err != nil {
		return err
	}
	runtime.GC() // the rebuild's garbage is the bench's doing, not a query's
	for _, q := range []struct {
		name string
		f    func(ctx context.Context, i int) error
	}{
		{"shortest_path", func(ctx context.Context, i int) error {
			_, err := s.Paths(ctx, graph.PathQuery{From: a.pairs[i][0], To: a.pairs[i][1], MaxLen: benchMaxLen})
			return err
		}},
		{"neighbors", func(ctx context.Context, i int) error {
			_, err := s.Neighbors(ctx, graph.NeighborQuery{ID: a.pairs[i][0], Depth: 2, Limit: benchNbLimit})
			return err
		}},
	} {
		if err := dropPageCache(); err != nil {
			res.DropCaches = err.Error()
			return nil
		}
		load := loadAvg()
		ds, fails := runs(ctx, len(a.pairs), 0, q.f)
		if fails > 0 {
			return quads.Errorf(quads.EINTERNAL, "bench: %d cold %s questions failed", fails, q.name)
		}
		res.ColdResults = append(res.ColdResults, QueryResult{Query: q.name, N: len(ds), P50: pct(ds, 50), P99: pct(ds, 99), LoadAvg: load})
	}
	return nil
}

// answers holds the questions coopgraph answered and the path lengths it
// found, for the peers to be asked and checked against.
type answers struct {
	pairs    [][2]string
	lens     []int    // shortest path, edges
	kLens    []string // k shortest, edges of each
	searches []string
}

// ask times coopgraph's answers to each kind of question.
func ask(ctx context.Context, cfg Config, s *graph.Store, g *synth.Graph, res *Result) (*answers, error) {
	r := rand.New(rand.NewPCG(uint64(res.Edges), 42))
	a := &answers{pairs: benchPairs(ctx, s, g, r, cfg.Queries)}
	if len(a.pairs) == 0 {
		return nil, quads.Errorf(quads.EINTERNAL, "bench: no connected pairs in the synthetic graph")
	}
	// Rebuilding the index also empties the hydration cache, which
	// choosing the pairs filled: the questions are asked cold.
	t := time.Now()
	if err := s.RebuildIndex(ctx); err != nil {
		return nil, err
	}
	res.IndexBuildS = time.Since(t).Seconds()
	// The rebuild left the old index (hundreds of MB at 10^6 edges) as
	// garbage; a server never rebuilds between questions, so the collection
	// runs here rather than inside the first timed answers.
	runtime.GC()
	load := loadAvg()
	a.lens, a.kLens = make([]int, len(a.pairs)), make([]string, len(a.pairs))
	mine := func(query string, n int, f func(ctx context.Context, i int) error) error {
		ds, fails := runs(ctx, n, 0, f)
		if fails > 0 {
			return quads.Errorf(quads.EINTERNAL, "bench: %d %s questions failed", fails, query)
		}
		res.Results = append(res.Results, QueryResult{Query: query, N: len(ds), P50: pct(ds, 50), P99: pct(ds, 99), LoadAvg: load})
		return nil
	}
	if err := mine("shortest_path", len(a.pairs), func(ctx context.Context, i int) error {
		ps, err := s.Paths(ctx, graph.PathQuery{From: a.pairs[i][0], To: a.pairs[i][1], MaxLen: benchMaxLen})
		if err == nil {
			a.lens[i] = len(ps[0].Edges)
		}
		return err
	}); err != nil {
		return nil, err
	}
	if err := mine("k_paths", len(a.pairs), func(ctx context.Context, i int) error {
		ps, err := s.Paths(ctx, graph.PathQuery{From: a.pairs[i][0], To: a.pairs[i][1], K: benchK, MaxLen: benchMaxLen})
		var ls []int
		for _, x := range ps {
			ls = append(ls, len(x.Edges))
		}
		a.kLens[i] = fmt.Sprint(ls)
		return err
	}); err != nil {
		return nil, err
	}
	if err := mine("neighbors", len(a.pairs), func(ctx context.Context, i int) error {
		_, err := s.Neighbors(ctx, graph.NeighborQuery{ID: a.pairs[i][0], Depth: 2, Limit: benchNbLimit})
		return err
	}); err != nil {
		return nil, err
	}
	// Search: exact names, prefixes and typos, a third each.
	a.searches = benchSearches(g, r, cfg.Queries)
	if err := mine("search", len(a.searches), func(ctx context.Context, i int) error {
		_, err := s.Search(ctx, a.searches[i], "", 10)
		return err
	}); err != nil {
		return nil, err
	}
	return a, nil
}

// peerRuns asks one peer the questions coopgraph answered and fills in its
// figures (second says which of the two peer columns).
func peerRuns[N any](ctx context.Context, w walker[N], a *answers, res *Result, second bool) {
	iri := func(id string) quad.Value { return quads.EntityIRI(id) }
	ends := func(i int) (N, N, bool) {
		x, ok1 := w.start(iri(a.pairs[i][0]))
		y, ok2 := w.start(iri(a.pairs[i][1]))
		return x, y, ok1 && ok2
	}
	for qi := range res.Results {
		qr := &res.Results[qi]
		var ds []time.Duration
		var timeouts, mismatches int
		fail := func(err error) error { timeouts++; return err }
		switch qr.Query {
		case "shortest_path":
			ds, _ = runs(ctx, len(a.pairs), peerBudget, func(ctx context.Context, i int) error {
				x, y, ok := ends(i)
				if !ok {
					return fail(errPeerLimit)
				}
				p, err := shortest(ctx, w, x, y, benchMaxLen, nil, nil)
				if err != nil {
					return fail(err)
				}
				if len(p)-1 != a.lens[i] {
					mismatches++
				}
				return nil
			})
		case "k_paths":
			ds, _ = runs(ctx, len(a.pairs), peerBudget, func(ctx context.Context, i int) error {
				x, y, ok := ends(i)
				if !ok {
					return fail(errPeerLimit)
				}
				ps, err := yen(ctx, w, x, y, benchK, benchMaxLen)
				if err != nil {
					return fail(err)
				}
				var ls []int
				for _, p := range ps {
					ls = append(ls, len(p)-1)
				}
				if fmt.Sprint(ls) != a.kLens[i] {
					mismatches++
				}
				return nil
			})
		case "neighbors":
			ds, _ = runs(ctx, len(a.pairs), peerBudget, func(ctx context.Context, i int) error {
				x, _, ok := ends(i)
				if !ok {
					return fail(errPeerLimit)
				}
				if err := neighbors(ctx, w, x); err != nil {
					return fail(err)
				}
				return nil
			})
		case "search":
			ds, _ = runs(ctx, len(a.searches), peerBudget, func(ctx context.Context, i int) error {
				if err := w.search(ctx, a.searches[i]); err != nil {
					return fail(err)
				}
				return nil
			})
		}
		names := peerNames[qr.Query]
		if !second {
			qr.Peer, qr.PeerN, qr.PeerP50, qr.PeerP99 = names[0], len(ds), pct(ds, 50), pct(ds, 99)
			qr.Timeouts += timeouts
		} else {
			qr.Peer2, qr.Peer2N, qr.Peer2P50, qr.Peer2P99 = names[1], len(ds), pct(ds, 50), pct(ds, 99)
		}
		qr.Mismatches += mismatches
	}
}

// peerNames describes, for each kind of question, the two peers' answers.
var peerNames = map[string][2]string{
	"shortest_path": {peerPathAPI, peerIterBFS},
	"k_paths":       {peerPathAPI + " + Yen", peerIterBFS + " + Yen"},
	"neighbors":     {"cayley path API Both(), two levels, first 50 named", "BFS over Cayley quad iterators, first 50 named"},
	"search":        {peerRegex, peerRegexIt},
}

// peerBudget bounds the time spent on one peer for one kind of question;
// past it the peer answers fewer questions (each result says how many).
const peerBudget = 20 * time.Second

// runs times f on questions 0..n-1, stopping early once total has passed
// (after at least three); it returns the durations and the failures.
func runs(ctx context.Context, n int, total time.Duration, f func(ctx context.Context, i int) error) ([]time.Duration, int) {
	var ds []time.Duration
	fails := 0
	start := time.Now()
	for i := 0; i < n; i++ {
		if total > 0 && i >= 3 && time.Since(start) > total {
			break
		}
		qctx, cancel := context.WithTimeout(ctx, 60*time.Second)
		t := time.Now()
		err := f(qctx, i)
		ds = append(ds, time.Since(t))
		cancel()
		if err != nil {
			fails++
		}
	}
	return ds, fails
}

// MeasureLoad loads the same quads into two fresh stores: into ours by
// the article loader (graph.ArticleLoader, each group of articles one
// transaction or, on bolt, whole groups gathered into larger ones, the
// index brought up to date once at the end, as `coopgraph load` writes),
// and into peer by Cayley's own writer (graph.NewWriter over
// the "single" writer, with its default batching); it returns both rates
// in quads per second. An empty DSN means a new bolt store in a temporary
// directory; a given DSN must name an empty store.
func MeasureLoad(ctx context.Context, ours, peer string, groups [][]quad.Quad) (float64, float64, error) {
	total := 0
	for _, g := range groups {
		total += len(g)
	}
	if total == 0 {
		return 0, 0, quads.Errorf(quads.EINVALID, "nothing to load")
	}
	tmp := func(dsn string) (string, func(), error) {
		if dsn != "" {
			return dsn, func() {}, nil
		}
		dir, err := os.MkdirTemp("", "coopgraph-load-")
		return dir, func() { os.RemoveAll(dir) }, err
	}
	dsn, clean, err := tmp(ours)
	if err != nil {
		return 0, 0, err
	}
	defer clean()
	s, err := graph.Open(ctx, dsn, graph.Options{})
	if err != nil {
		return 0, 0, err
	}
	runtime.GC()
	t := time.Now()
	err = loadGroups(ctx, s, func(write func([]quad.Quad) error) error {
		for _, g := range groups {
			if err := write(g); err != nil {
				return err
			}
		}
		return nil
	})
	el := time.Since(t)
	s.Close()
	if err != nil {
		return 0, 0, err
	}
	ourRate := float64(total) / el.Seconds()

	dsn, clean2, err := tmp(peer)
	if err != nil {
		return 0, 0, err
	}
	defer clean2()
	b, err := graph.ParseDSN(dsn)
	if err != nil {
		return 0, 0, err
	}
	if b.Persistent() {
		if err := cgraph.InitQuadStore(b.Name, b.Addr, nil); err != nil && !errors.Is(err, cgraph.ErrDatabaseExists) {
			return 0, 0, err
		}
	}
	cqs, err := cgraph.NewQuadStore(b.Name, b.Addr, nil)
	if err != nil {
		return 0, 0, err
	}
	defer cqs.Close()
	qw, err := cgraph.NewQuadWriter("single", cqs, cgraph.Options{})
	if err != nil {
		return 0, 0, err
	}
	runtime.GC()
	t = time.Now()
	bw := cgraph.NewWriter(qw)
	for _, g := range groups {
		for _, q := range g {
			if err := bw.WriteQuad(q); err != nil {
				return 0, 0, err
			}
		}
	}
	if err := bw.Close(); err != nil {
		return 0, 0, err
	}
	return ourRate, float64(total) / time.Since(t).Seconds(), nil
}

// loadGroups writes the groups each calls write with through one article
// loader, each group one transaction, and closes it (bringing the index up
// to date).
func loadGroups(ctx context.Context, s *graph.Store, each func(write func([]quad.Quad) error) error) error {
	l := s.NewArticleLoader()
	err := each(func(qs []quad.Quad) error { return l.WriteQuads(ctx, qs) })
	if cerr := l.Close(); err == nil {
		err = cerr
	}
	return err
}

// benchPairs picks entity pairs joined by a path of 2 to benchMaxLen edges.
func benchPairs(ctx context.Context, s *graph.Store, g *synth.Graph, r *rand.Rand, n int) [][2]string {
	var out [][2]string
	for tries := 0; len(out) < n && tries < 100*n; tries++ {
		a, c := g.Entities[r.IntN(len(g.Entities))].ID, g.Entities[r.IntN(len(g.Entities))].ID
		if a == c {
			continue
		}
		ps, err := s.Paths(ctx, graph.PathQuery{From: a, To: c, MaxLen: benchMaxLen})
		if err == nil && len(ps[0].Edges) >= 2 {
			out = append(out, [2]string{a, c})
		}
	}
	return out
}

// benchSearches makes search questions from entity names: exact, a prefix,
// or with a typo (two letters swapped or one dropped).
func benchSearches(g *synth.Graph, r *rand.Rand, n int) []string {
	out := make([]string, 0, n)
	for i := 0; i < n; i++ {
		name := g.Entities[r.IntN(len(g.Entities))].Name
		switch i % 3 {
		case 0:
			out = append(out, name)
		case 1:
			out = append(out, name[:max(3, len(name)*2/3)])
		default:
			b := []byte(name)
			j := 1 + r.IntN(len(b)-2)
			if r.IntN(2) == 0 {
				b[j], b[j+1] = b[j+1], b[j]
			} else {
				b = append(b[:j], b[j+1:]...)
			}
			out = append(out, string(b))
		}
	}
	return out
}

func pct(ds []time.Duration, p int) float64 {
	if len(ds) == 0 {
		return 0
	}
	s := append([]time.Duration(nil), ds...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	i := (len(s)*p + 99) / 100
	if i < 1 {
		i = 1
	}
	return float64(s[i-1].Microseconds()) / 1000
}

func printBench(w io.Writer, r *Result) {
	fmt.Fprintf(w, "\n== %d edges, %d entities, %d quads (%s), %.0f s for this size\n", r.Edges, r.Nodes, r.Quads, r.Backend, r.WallS)
	if r.GenerateS > 0 {
		fmt.Fprintf(w, "store generated in %.0f s (streamed, %d articles per transaction)\n", r.GenerateS, genGroup)
	}
	fmt.Fprintf(w, "load (%d quads into an empty %s store, load %s): coopgraph article loader %.0f quads/s, Cayley graph.NewWriter %.0f quads/s (%.1fx)\n",
		r.LoadQuads, r.Backend, r.LoadLoadAvg, r.LoadQuadsPerS, r.PeerLoadQuadsPerS, r.LoadQuadsPerS/r.PeerLoadQuadsPerS)
	if sv := r.Serve; sv != nil {
		cold := "not measured (" + r.DropCaches + ")"
		if sv.ReadyColdS > 0 {
			cold = fmt.Sprintf("%.2f s", sv.ReadyColdS)
		}
		fmt.Fprintf(w, "coopgraph serve, start to first answered search: warm %.2f s, page cache dropped %s; RSS once serving %.0f MiB (load %s)\n",
			sv.ReadyWarmS, cold, float64(sv.RSSBytes)/(1<<20), sv.LoadAvg)
	} else {
		fmt.Fprintf(w, "coopgraph serve: not measured (%s)\n", r.ServeNote)
	}
	fmt.Fprintf(w, "cold start in-process (open + index build): %.2f s (index build alone %.2f s); index %.1f bytes/edge of heap\n",
		r.ColdStartS, r.IndexBuildS, r.IndexBytesPerEdge)
	fmt.Fprintf(w, "%-14s %14s %24s %24s %12s %9s %9s\n", "query", "coopgraph ms", "cayley path API ms", "iterator BFS ms", "p99 gain", "mismatch", "timeouts")
	fmt.Fprintf(w, "%-14s %14s %24s %24s %12s %9s %9s\n", "", "p50 / p99", "p50 / p99 (n)", "p50 / p99 (n)", "api / bfs", "", "(peers)")
	for _, q := range r.Results {
		fmt.Fprintf(w, "%-14s %6.2f / %-6.2f %9.1f / %-8.1f (%3d) %9.1f / %-8.1f (%3d) %6.0fx/%-5.0fx %9d %9d\n",
			q.Query, q.P50, q.P99, q.PeerP50, q.PeerP99, q.PeerN, q.Peer2P50, q.Peer2P99, q.Peer2N,
			q.PeerP99/q.P99, q.Peer2P99/q.P99, q.Mismatches, q.Timeouts)
	}
	if len(r.Results) > 0 {
		fmt.Fprintf(w, "  (coopgraph timed at load %s)\n", r.Results[0].LoadAvg)
	}
	for _, q := range r.ColdResults {
		fmt.Fprintf(w, "%-14s %6.2f / %-6.2f  after the page cache was dropped (n %d, load %s)\n", q.Query, q.P50, q.P99, q.N, q.LoadAvg)
	}
	for _, q := range r.Results {
		fmt.Fprintf(w, "  %s peers: %s; %s\n", q.Query, q.Peer, q.Peer2)
	}
	fmt.Fprintf(w, "  (a peer question past 60 s counts as a timeout at 60 s; each peer stops after %s per kind of question)\n", peerBudget)
	printGoals(w, r)
}

// printSideBySide prints coopgraph's figures on bolt and on PostgreSQL for
// the same graph, measured in the same run.
func printSideBySide(w io.Writer, bolt, pg *Result) {
	fmt.Fprintf(w, "\n== %d edges: bolt beside PostgreSQL (coopgraph, p50 / p99 ms)\n", bolt.Edges)
	fmt.Fprintf(w, "%-14s %18s %18s %10s\n", "query", "bolt", "postgres", "p50 ratio")
	for _, b := range bolt.Results {
		if p := pg.result(pg.Results, b.Query); p != nil {
			fmt.Fprintf(w, "%-14s %8.2f / %-7.2f %8.2f / %-7.2f %9.1fx\n", b.Query, b.P50, b.P99, p.P50, p.P99, p.P50/b.P50)
		}
	}
	fmt.Fprintf(w, "%-14s %14.0f q/s %14.0f q/s\n", "load", bolt.LoadQuadsPerS, pg.LoadQuadsPerS)
	fmt.Fprintf(w, "%-14s %16.2f s %16.2f s\n", "open", bolt.ColdStartS, pg.ColdStartS)
}
