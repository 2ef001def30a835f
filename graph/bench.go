package graph

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"regexp"
	"runtime"
	"sort"
	"strings"
	"time"

	cgraph "github.com/cayleygraph/cayley/graph"
	"github.com/cayleygraph/cayley/graph/path"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// BenchConfig configures RunBench.
type BenchConfig struct {
	Dir     string // where the generated bolt stores are kept, one per size
	Edges   []int  // sizes; nil means 10^4, 10^5 and 10^6
	JSON    bool   // one JSON object per size instead of a table
	Logger  *slog.Logger
	Queries int // questions per query kind; 0 means 100
	// LoadSample bounds the quads loaded to measure load rates (0: 300,000).
	LoadSample int
	// Postgres, when set, is the DSN of a PostgreSQL server to bench on
	// instead of bolt: each size's store is a database of its own there
	// (bench_backend.go).
	Postgres string
}

// BenchResult is one size's figures; its JSON is what `coopgraph bench
// --json` prints.
type BenchResult struct {
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
}

const (
	peerPathAPI  = "two-way BFS in Cayley's path API (Both with tags, one level per step)"
	peerIterBFS  = "two-way BFS over Cayley quad iterators"
	peerRegex    = "cayley path API Out(cg:name).Regex"
	peerRegexIt  = "regexp over cg:name quads from a quad iterator"
	benchMaxLen  = 6
	benchK       = 5
	benchNbLimit = 50
)

// RunBench builds (or reuses) a synthetic cooperation graph in a bolt store
// for each size and prints, for each, coopgraph's figures beside its peers'.
func RunBench(ctx context.Context, cfg BenchConfig, w io.Writer) error {
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
		if n < 100 || n > maxEdges {
			return quads.Errorf(quads.EINVALID, "bench: %d edges is out of range", n)
		}
		res, err := benchSize(ctx, cfg, n)
		if err != nil {
			return err
		}
		if cfg.JSON {
			b, _ := json.Marshal(res)
			fmt.Fprintf(w, "%s\n", b)
		} else {
			printBench(w, res)
		}
	}
	return nil
}

func benchSize(ctx context.Context, cfg BenchConfig, n int) (*BenchResult, error) {
	log := cfg.Logger.With("edges", n)
	g := NewSynth(SynthConfig{Edges: n, Seed: uint64(n)})
	res := &BenchResult{Edges: n, Nodes: len(g.Entities), Backend: "bolt"}
	if cfg.Postgres != "" {
		res.Backend = "postgres"
	}

	// Load rates: the same quads into two fresh bolt stores, ours and Cayley's writer.
	sample := readN(g.Reader(), cfg.LoadSample)
	res.LoadQuads = len(sample)
	log.Info("measuring load", "quads", len(sample))
	oursDSN, peerDSN, cleanup, err := cfg.loadStores(ctx, n)
	if err != nil {
		return nil, err
	}
	loadOurs, loadPeer, err := MeasureLoad(ctx, oursDSN, peerDSN, sample)
	cleanup()
	if err != nil {
		return nil, err
	}
	res.LoadQuadsPerS, res.PeerLoadQuadsPerS = loadOurs, loadPeer
	sample = nil

	// The store itself, generated once and kept.
	dsn, err := cfg.benchStore(ctx, n, g)
	if err != nil {
		return nil, err
	}
	runtime.GC()
	t0 := time.Now()
	s, err := Open(ctx, dsn, Options{Logger: cfg.Logger})
	if err != nil {
		return nil, err
	}
	defer s.Close()
	res.ColdStartS = time.Since(t0).Seconds()
	if res.Quads, err = s.QuadCount(ctx); err != nil {
		return nil, err
	}
	// Index size: the live heap the index holds, measured on a second build.
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	t1 := time.Now()
	d, err := buildIndexData(ctx, s.qs)
	if err != nil {
		return nil, err
	}
	res.IndexBuildS = time.Since(t1).Seconds()
	runtime.GC()
	runtime.ReadMemStats(&m1)
	res.IndexBytesPerEdge = float64(int64(m1.HeapAlloc)-int64(m0.HeapAlloc)) / float64(d.edges())
	runtime.KeepAlive(d)
	d = nil
	log.Info("store ready", "cold_start_s", res.ColdStartS, "bytes_per_edge", res.IndexBytesPerEdge)

	r := rand.New(rand.NewPCG(uint64(n), 42))
	pairs := benchPairs(s, r, cfg.Queries)
	if len(pairs) == 0 {
		return nil, quads.Errorf(quads.EINTERNAL, "bench: no connected pairs in the synthetic graph")
	}
	preds := make([]any, len(quads.Predicates))
	for i, p := range quads.Predicates {
		preds[i] = p.IRI()
	}
	iri := func(id string) quad.Value { return quads.EntityIRI(id) }
	ib := newIterBFS(s.qs)
	fill := func(qr *QueryResult, ours, peer, peer2 []time.Duration) {
		qr.N, qr.P50, qr.P99 = len(ours), pct(ours, 50), pct(ours, 99)
		qr.PeerN, qr.PeerP50, qr.PeerP99 = len(peer), pct(peer, 50), pct(peer, 99)
		qr.Peer2N, qr.Peer2P50, qr.Peer2P99 = len(peer2), pct(peer2, 50), pct(peer2, 99)
	}

	// Shortest path.
	qr := QueryResult{Query: "shortest_path", Peer: peerPathAPI, Peer2: peerIterBFS}
	ourLen := make([]int, len(pairs))
	ours, fails := runs(ctx, len(pairs), 0, func(ctx context.Context, i int) error {
		ps, err := s.Paths(ctx, PathQuery{From: pairs[i][0], To: pairs[i][1], MaxLen: benchMaxLen})
		if err == nil {
			ourLen[i] = len(ps[0].Edges)
		}
		return err
	})
	if fails > 0 {
		return nil, quads.Errorf(quads.EINTERNAL, "bench: %d shortest paths failed", fails)
	}
	check := func(i int, p []quad.Value, err error) error {
		if err != nil {
			qr.Timeouts++
			return err
		}
		if len(p)-1 != ourLen[i] {
			qr.Mismatches++
		}
		return nil
	}
	peer, _ := runs(ctx, len(pairs), peerBudget, func(ctx context.Context, i int) error {
		p, err := peerShortestPathAPI(ctx, s.qs, iri(pairs[i][0]), iri(pairs[i][1]), benchMaxLen, preds, nil, nil)
		return check(i, p, err)
	})
	peer2, _ := runs(ctx, len(pairs), peerBudget, func(ctx context.Context, i int) error {
		p, err := ib.shortest(ctx, iri(pairs[i][0]), iri(pairs[i][1]), benchMaxLen, nil, nil)
		return check(i, p, err)
	})
	fill(&qr, ours, peer, peer2)
	res.Results = append(res.Results, qr)
	log.Info("shortest paths done")

	// k shortest paths.
	qr = QueryResult{Query: "k_paths", Peer: peerPathAPI + " + Yen", Peer2: peerIterBFS + " + Yen"}
	ourLens := make([]string, len(pairs))
	ours, fails = runs(ctx, len(pairs), 0, func(ctx context.Context, i int) error {
		ps, err := s.Paths(ctx, PathQuery{From: pairs[i][0], To: pairs[i][1], K: benchK, MaxLen: benchMaxLen})
		var ls []int
		for _, x := range ps {
			ls = append(ls, len(x.Edges))
		}
		ourLens[i] = fmt.Sprint(ls)
		return err
	})
	if fails > 0 {
		return nil, quads.Errorf(quads.EINTERNAL, "bench: %d k-path questions failed", fails)
	}
	checkK := func(i int, ps [][]quad.Value, err error) error {
		if err != nil {
			qr.Timeouts++
			return err
		}
		var ls []int
		for _, x := range ps {
			ls = append(ls, len(x)-1)
		}
		if fmt.Sprint(ls) != ourLens[i] {
			qr.Mismatches++
		}
		return nil
	}
	peer, _ = runs(ctx, len(pairs), peerBudget, func(ctx context.Context, i int) error {
		ps, err := yenValues(ctx, func(ctx context.Context, a, b quad.Value, ml int, bn map[quad.Value]bool, bp map[[2]quad.Value]bool) ([]quad.Value, error) {
			return peerShortestPathAPI(ctx, s.qs, a, b, ml, preds, bn, bp)
		}, iri(pairs[i][0]), iri(pairs[i][1]), benchK, benchMaxLen)
		return checkK(i, ps, err)
	})
	peer2, _ = runs(ctx, len(pairs), peerBudget, func(ctx context.Context, i int) error {
		ps, err := yenValues(ctx, ib.shortest, iri(pairs[i][0]), iri(pairs[i][1]), benchK, benchMaxLen)
		return checkK(i, ps, err)
	})
	fill(&qr, ours, peer, peer2)
	res.Results = append(res.Results, qr)
	log.Info("k paths done")

	// Neighbourhood, depth 2.
	qr = QueryResult{Query: "neighbors", Peer: "cayley path API Both().Both(), first 50 named",
		Peer2: "BFS over Cayley quad iterators, first 50 named"}
	ours, fails = runs(ctx, len(pairs), 0, func(ctx context.Context, i int) error {
		_, err := s.Neighbors(ctx, NeighborQuery{ID: pairs[i][0], Depth: 2, Limit: benchNbLimit})
		return err
	})
	if fails > 0 {
		return nil, quads.Errorf(quads.EINTERNAL, "bench: %d neighbourhoods failed", fails)
	}
	peer, qr.Timeouts = runs(ctx, len(pairs), peerBudget, func(ctx context.Context, i int) error {
		return peerNeighborsPathAPI(ctx, s.qs, iri(pairs[i][0]), preds)
	})
	peer2, _ = runs(ctx, len(pairs), peerBudget, func(ctx context.Context, i int) error {
		return ib.neighbors(ctx, iri(pairs[i][0]))
	})
	fill(&qr, ours, peer, peer2)
	res.Results = append(res.Results, qr)
	log.Info("neighbours done")

	// Search: exact names, prefixes and typos, a third each.
	qs := benchSearches(g, r, cfg.Queries)
	qr = QueryResult{Query: "search", Peer: peerRegex, Peer2: peerRegexIt}
	ours, fails = runs(ctx, len(qs), 0, func(ctx context.Context, i int) error {
		_, err := s.Search(ctx, qs[i], "", 10)
		return err
	})
	if fails > 0 {
		return nil, quads.Errorf(quads.EINTERNAL, "bench: %d searches failed", fails)
	}
	peer, qr.Timeouts = runs(ctx, len(qs), peerBudget, func(ctx context.Context, i int) error {
		return peerSearchPathAPI(ctx, s.qs, qs[i])
	})
	peer2, _ = runs(ctx, len(qs), peerBudget, func(ctx context.Context, i int) error {
		return peerSearchIter(ctx, s.qs, qs[i])
	})
	fill(&qr, ours, peer, peer2)
	res.Results = append(res.Results, qr)
	log.Info("search done")
	return res, nil
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

func readN(r quad.Reader, n int) []quad.Quad {
	var out []quad.Quad
	for len(out) < n {
		q, err := r.ReadQuad()
		if err != nil {
			break
		}
		out = append(out, q)
	}
	return out
}

// MeasureLoad loads qs into two fresh stores, through Store.LoadQuads into
// ours and through Cayley's own writer (graph.NewWriter over the "single"
// writer, with its default batching) into peer, and returns both rates in
// quads per second. An empty DSN means a new bolt store in a temporary
// directory; a given DSN must name an empty store.
func MeasureLoad(ctx context.Context, ours, peer string, qs []quad.Quad) (float64, float64, error) {
	if len(qs) == 0 {
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
	s, err := Open(ctx, dsn, Options{})
	if err != nil {
		return 0, 0, err
	}
	runtime.GC()
	t := time.Now()
	_, err = s.LoadQuads(ctx, quad.NewReader(qs))
	el := time.Since(t)
	s.Close()
	if err != nil {
		return 0, 0, err
	}
	ourRate := float64(len(qs)) / el.Seconds()

	dsn, clean2, err := tmp(peer)
	if err != nil {
		return 0, 0, err
	}
	defer clean2()
	b, err := ParseDSN(dsn)
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
	for _, q := range qs {
		if err := bw.WriteQuad(q); err != nil {
			return 0, 0, err
		}
	}
	if err := bw.Close(); err != nil {
		return 0, 0, err
	}
	return ourRate, float64(len(qs)) / time.Since(t).Seconds(), nil
}

// benchPairs picks entity pairs joined by a path of 2 to benchMaxLen edges.
func benchPairs(s *Store, r *rand.Rand, n int) [][2]string {
	d := s.idx.load()
	nn := uint32(d.nodes())
	sc := getScratch(int(nn))
	defer scratchPool.Put(sc)
	sc.newBlocked()
	f := filter{preds: 0x3f, lo: 1, hi: 65535}
	b := newBudget(context.Background(), time.Minute)
	var out [][2]string
	for tries := 0; len(out) < n && tries < 100*n; tries++ {
		a, c := uint32(r.IntN(int(nn))), uint32(r.IntN(int(nn)))
		if a == c || d.degree(a) == 0 || d.degree(c) == 0 {
			continue
		}
		if p := d.shortest(sc, a, c, benchMaxLen, &f, nil, b); len(p) >= 3 {
			out = append(out, [2]string{d.idOf(a), d.idOf(c)})
		}
	}
	return out
}

// benchSearches makes search questions from entity names: exact, a prefix,
// or with a typo (two letters swapped or one dropped).
func benchSearches(g *Synth, r *rand.Rand, n int) []string {
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

func printBench(w io.Writer, r *BenchResult) {
	fmt.Fprintf(w, "\n== %d edges, %d entities, %d quads (%s)\n", r.Edges, r.Nodes, r.Quads, r.Backend)
	fmt.Fprintf(w, "load (%d quads into an empty %s store): coopgraph LoadQuads %.0f quads/s, Cayley graph.NewWriter %.0f quads/s (%.1fx)\n",
		r.LoadQuads, r.Backend, r.LoadQuadsPerS, r.PeerLoadQuadsPerS, r.LoadQuadsPerS/r.PeerLoadQuadsPerS)
	fmt.Fprintf(w, "cold start (open + index build): %.2f s (index build alone %.2f s); index %.1f bytes/edge of heap\n",
		r.ColdStartS, r.IndexBuildS, r.IndexBytesPerEdge)
	fmt.Fprintf(w, "%-14s %14s %24s %24s %12s %9s %9s\n", "query", "coopgraph ms", "cayley path API ms", "iterator BFS ms", "p99 gain", "mismatch", "timeouts")
	fmt.Fprintf(w, "%-14s %14s %24s %24s %12s %9s %9s\n", "", "p50 / p99", "p50 / p99 (n)", "p50 / p99 (n)", "api / bfs", "", "(peers)")
	for _, q := range r.Results {
		fmt.Fprintf(w, "%-14s %6.2f / %-6.2f %9.1f / %-8.1f (%3d) %9.1f / %-8.1f (%3d) %6.0fx/%-5.0fx %9d %9d\n",
			q.Query, q.P50, q.P99, q.PeerP50, q.PeerP99, q.PeerN, q.Peer2P50, q.Peer2P99, q.Peer2N,
			q.PeerP99/q.P99, q.Peer2P99/q.P99, q.Mismatches, q.Timeouts)
	}
	for _, q := range r.Results {
		fmt.Fprintf(w, "  %s peers: %s; %s\n", q.Query, q.Peer, q.Peer2)
	}
	fmt.Fprintf(w, "  (a peer question past 60 s counts as a timeout at 60 s; each peer stops after %s per kind of question)\n", peerBudget)
}

// Peers -----------------------------------------------------------------

var errPeerLimit = errors.New("peer: no path within the limit")

// peerShortestPathAPI is what a careful Cayley user writes with the path
// API: a two-way breadth-first search, each step one Both() over the
// relation predicates from the smaller frontier, tagging each node's
// parent, until the frontiers meet; then the path is read back through the
// parents.
func peerShortestPathAPI(ctx context.Context, qs cgraph.QuadStore, from, to quad.Value, maxLen int, preds []any,
	blocked map[quad.Value]bool, bpairs map[[2]quad.Value]bool) ([]quad.Value, error) {
	type side struct {
		parent map[quad.Value]quad.Value
		level  []quad.Value
	}
	fw := &side{parent: map[quad.Value]quad.Value{from: nil}, level: []quad.Value{from}}
	bw := &side{parent: map[quad.Value]quad.Value{to: nil}, level: []quad.Value{to}}
	for depth := 0; depth < maxLen && len(fw.level) > 0 && len(bw.level) > 0; depth++ {
		cur, other := fw, bw
		if len(bw.level) < len(fw.level) {
			cur, other = bw, fw
		}
		var next []quad.Value
		var meet quad.Value
		err := path.StartPath(qs, cur.level...).Tag("parent").Both(preds...).Tag("node").Iterate(ctx).TagValues(qs, func(m map[string]quad.Value) {
			v, u := m["node"], m["parent"]
			if v == nil || meet != nil {
				return
			}
			if _, ok := cur.parent[v]; ok || blocked[v] || bpairs[[2]quad.Value{u, v}] || bpairs[[2]quad.Value{v, u}] {
				return
			}
			cur.parent[v] = u
			next = append(next, v)
			if _, ok := other.parent[v]; ok {
				meet = v
			}
		})
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			return nil, err
		}
		if meet != nil {
			var p []quad.Value
			for v := meet; v != nil; v = fw.parent[v] {
				p = append(p, v)
			}
			for i, j := 0, len(p)-1; i < j; i, j = i+1, j-1 {
				p[i], p[j] = p[j], p[i]
			}
			for v := bw.parent[meet]; v != nil; v = bw.parent[v] {
				p = append(p, v)
			}
			return p, nil
		}
		cur.level = next
	}
	return nil, errPeerLimit
}

func peerNeighborsPathAPI(ctx context.Context, qs cgraph.QuadStore, from quad.Value, preds []any) error {
	one := path.StartPath(qs, from).Both(preds...)
	vs, err := one.Or(one.Clone().Both(preds...)).Unique().Iterate(ctx).AllValues(qs)
	if err == nil {
		err = ctx.Err()
	}
	if err != nil {
		return err
	}
	_ = vs[:min(len(vs), benchNbLimit)]
	return nil
}

// iterBFS walks the graph straight over Cayley's quad iterators: for each
// node, the quads where it is subject and those where it is object, keeping
// the six relation predicates. It is the best one can do on Cayley without
// an index of one's own.
type iterBFS struct {
	qs    cgraph.QuadStore
	preds map[any]bool
}

func newIterBFS(qs cgraph.QuadStore) *iterBFS {
	b := &iterBFS{qs: qs, preds: map[any]bool{}}
	for _, p := range quads.Predicates {
		if r := qs.ValueOf(p.IRI()); r != nil {
			b.preds[cgraph.ToKey(r)] = true
		}
	}
	return b
}

func (b *iterBFS) each(ctx context.Context, r cgraph.Ref, f func(nb cgraph.Ref)) error {
	for _, d := range []quad.Direction{quad.Subject, quad.Object} {
		it := b.qs.QuadIterator(d, r)
		other := quad.Object
		if d == quad.Object {
			other = quad.Subject
		}
		for it.Next(ctx) {
			q := it.Result()
			if !b.preds[cgraph.ToKey(b.qs.QuadDirection(q, quad.Predicate))] {
				continue
			}
			f(b.qs.QuadDirection(q, other))
		}
		err := it.Err()
		it.Close()
		if err == nil {
			err = ctx.Err()
		}
		if err != nil {
			return err
		}
	}
	return nil
}

func (b *iterBFS) shortest(ctx context.Context, from, to quad.Value, maxLen int,
	blocked map[quad.Value]bool, bpairs map[[2]quad.Value]bool) ([]quad.Value, error) {
	src, dst := b.qs.ValueOf(from), b.qs.ValueOf(to)
	if src == nil || dst == nil {
		return nil, errPeerLimit
	}
	bl := map[any]bool{}
	for v := range blocked {
		if r := b.qs.ValueOf(v); r != nil {
			bl[cgraph.ToKey(r)] = true
		}
	}
	bp := map[[2]any]bool{}
	for p := range bpairs {
		x, y := b.qs.ValueOf(p[0]), b.qs.ValueOf(p[1])
		if x != nil && y != nil {
			bp[[2]any{cgraph.ToKey(x), cgraph.ToKey(y)}] = true
			bp[[2]any{cgraph.ToKey(y), cgraph.ToKey(x)}] = true
		}
	}
	type side struct {
		par   map[any]cgraph.Ref
		front []cgraph.Ref
	}
	fw := &side{par: map[any]cgraph.Ref{cgraph.ToKey(src): nil}, front: []cgraph.Ref{src}}
	bw := &side{par: map[any]cgraph.Ref{cgraph.ToKey(dst): nil}, front: []cgraph.Ref{dst}}
	for depth := 0; depth < maxLen && len(fw.front) > 0 && len(bw.front) > 0; depth++ {
		cur, other := fw, bw
		if len(bw.front) < len(fw.front) {
			cur, other = bw, fw
		}
		var next []cgraph.Ref
		var meet cgraph.Ref
		for _, u := range cur.front {
			uk := cgraph.ToKey(u)
			err := b.each(ctx, u, func(v cgraph.Ref) {
				vk := cgraph.ToKey(v)
				if meet != nil || bl[vk] || bp[[2]any{uk, vk}] {
					return
				}
				if _, ok := cur.par[vk]; ok {
					return
				}
				cur.par[vk] = u
				if _, ok := other.par[vk]; ok {
					meet = v
				}
				next = append(next, v)
			})
			if err != nil {
				return nil, err
			}
			if meet != nil {
				break
			}
		}
		if meet != nil {
			var left, right []cgraph.Ref
			for v := meet; v != nil; v = fw.par[cgraph.ToKey(v)] {
				left = append(left, v)
			}
			for v := bw.par[cgraph.ToKey(meet)]; v != nil; v = bw.par[cgraph.ToKey(v)] {
				right = append(right, v)
			}
			for i, j := 0, len(left)-1; i < j; i, j = i+1, j-1 {
				left[i], left[j] = left[j], left[i]
			}
			refs := append(left, right...)
			return cgraph.ValuesOf(ctx, b.qs, refs)
		}
		cur.front = next
	}
	return nil, errPeerLimit
}

func (b *iterBFS) neighbors(ctx context.Context, from quad.Value) error {
	src := b.qs.ValueOf(from)
	seen := map[any]bool{cgraph.ToKey(src): true}
	level := []cgraph.Ref{src}
	var all []cgraph.Ref
	for depth := 0; depth < 2; depth++ {
		var next []cgraph.Ref
		for _, u := range level {
			if err := b.each(ctx, u, func(v cgraph.Ref) {
				if k := cgraph.ToKey(v); !seen[k] {
					seen[k] = true
					next = append(next, v)
				}
			}); err != nil {
				return err
			}
		}
		all = append(all, next...)
		level = next
	}
	_, err := cgraph.ValuesOf(ctx, b.qs, all[:min(len(all), benchNbLimit)])
	return err
}

// yenValues is Yen's k shortest loopless paths over a peer's shortest-path
// search that avoids blocked nodes and node pairs.
func yenValues(ctx context.Context, sp func(context.Context, quad.Value, quad.Value, int, map[quad.Value]bool, map[[2]quad.Value]bool) ([]quad.Value, error),
	from, to quad.Value, k, maxLen int) ([][]quad.Value, error) {
	first, err := sp(ctx, from, to, maxLen, nil, nil)
	if err != nil {
		return nil, err
	}
	A := [][]quad.Value{first}
	key := func(p []quad.Value) string { return fmt.Sprint(p) }
	seen := map[string]bool{key(first): true}
	var B [][]quad.Value
	for len(A) < k {
		prev := A[len(A)-1]
		for i := 0; i+1 < len(prev); i++ {
			root := prev[:i+1]
			bp := map[[2]quad.Value]bool{}
			for _, p := range A {
				if len(p) > i+1 && key(p[:i+1]) == key(root) {
					bp[[2]quad.Value{p[i], p[i+1]}] = true
				}
			}
			bn := map[quad.Value]bool{}
			for _, v := range root[:i] {
				bn[v] = true
			}
			s, err := sp(ctx, prev[i], to, maxLen-i, bn, bp)
			if errors.Is(err, errPeerLimit) {
				continue
			} else if err != nil {
				return nil, err
			}
			full := append(append([]quad.Value{}, root[:i]...), s...)
			if !seen[key(full)] {
				seen[key(full)] = true
				B = append(B, full)
			}
		}
		if len(B) == 0 {
			break
		}
		sort.SliceStable(B, func(i, j int) bool { return len(B[i]) < len(B[j]) })
		A = append(A, B[0])
		B = B[1:]
	}
	return A, nil
}

func searchRegexp(q string) *regexp.Regexp {
	return regexp.MustCompile("(?i)" + regexp.QuoteMeta(strings.TrimSpace(q)))
}

func peerSearchPathAPI(ctx context.Context, qs cgraph.QuadStore, q string) error {
	_, err := path.StartPath(qs).Out(quads.PropName).Regex(searchRegexp(q)).Limit(10).Iterate(ctx).AllValues(qs)
	if err == nil {
		err = ctx.Err()
	}
	return err
}

func peerSearchIter(ctx context.Context, qs cgraph.QuadStore, q string) error {
	re := searchRegexp(q)
	ref := qs.ValueOf(quads.PropName)
	if ref == nil {
		return nil
	}
	it := qs.QuadIterator(quad.Predicate, ref)
	defer it.Close()
	n := 0
	for it.Next(ctx) && n < 10 {
		if v := qs.NameOf(qs.QuadDirection(it.Result(), quad.Object)); v != nil && re.MatchString(str(v)) {
			n++
		}
	}
	if err := it.Err(); err != nil {
		return err
	}
	return ctx.Err()
}
