package apibench

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// SoakConfig configures RunSoak.
type SoakConfig struct {
	// DSN of the store to soak; "" means a bolt store in a fresh temporary
	// directory, removed afterwards.
	DSN string
	// Duration of the soak; default one minute.
	Duration time.Duration
	// Clients is the number of concurrent clients; default 16.
	Clients int
	// WriteShare is the share of requests that write an article; default 0.05.
	WriteShare float64
	// Seed of the clients' choices; default 1.
	Seed uint64
	// JSON prints the report as one JSON object.
	JSON   bool
	Logger *slog.Logger
}

// SoakReport is what RunSoak measured.
type SoakReport struct {
	Backend     string             `json:"backend"`
	DurationS   float64            `json:"duration_s"`
	Clients     int                `json:"clients"`
	Requests    int                `json:"requests"`
	Errors      int                `json:"errors"`
	ErrorKinds  map[string]int     `json:"error_kinds,omitempty"`
	P50ms       float64            `json:"p50_ms"`
	P99ms       float64            `json:"p99_ms"`
	Ops         map[string]SoakOp  `json:"ops"`
	Articles    int                `json:"articles_written"`
	VerifyOK    bool               `json:"verify_ok"`
	VerifyFault []string           `json:"verify_faults,omitempty"`
	Store       graph.VerifyReport `json:"store"`
}

// SoakOp is one kind of request's figures in a soak.
type SoakOp struct {
	Requests int     `json:"requests"`
	Errors   int     `json:"errors"`
	P50ms    float64 `json:"p50_ms"`
	P99ms    float64 `json:"p99_ms"`
}

// RunSoak serves a store on loopback and has concurrent clients mix reads
// (search with typos, entities, neighbourhoods, paths, Gizmo) and writes
// (new articles, and articles already stored) for cfg.Duration. Any answer
// outside an operation's documented statuses, and any transport error, is
// an error. At the end it stops the server, verifies the store, and
// reports; it returns an error when there were errors or verify failed.
func RunSoak(ctx context.Context, cfg SoakConfig, w io.Writer) error {
	if cfg.Duration <= 0 {
		cfg.Duration = time.Minute
	}
	if cfg.Clients <= 0 {
		cfg.Clients = 16
	}
	if cfg.WriteShare <= 0 {
		cfg.WriteShare = 0.05
	}
	if cfg.Seed == 0 {
		cfg.Seed = 1
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default()
	}
	dsn := cfg.DSN
	if dsn == "" {
		dir, err := os.MkdirTemp("", "coopgraph-soak-")
		if err != nil {
			return fmt.Errorf("soak: %w", err)
		}
		defer os.RemoveAll(dir)
		dsn = dir
	}
	store, err := graph.Open(ctx, dsn, graph.Options{Logger: log})
	if err != nil {
		return err
	}
	defer store.Close()
	names, err := soakSeed(ctx, store)
	if err != nil {
		return err
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	srv, err := api.New(api.Config{Addr: "127.0.0.1:0", Logger: quiet, QueryTimeout: 5 * time.Second}, store)
	if err != nil {
		return err
	}
	if err := srv.Open(); err != nil {
		return err
	}
	base, token := srv.URL(), srv.Token()
	client := &http.Client{Timeout: 30 * time.Second, Transport: &http.Transport{MaxIdleConnsPerHost: 2 * cfg.Clients}}

	type sample struct {
		op   string
		d    time.Duration
		fail string // "" when the answer was one the operation documents
	}
	var mu sync.Mutex
	var samples []sample
	var written int
	var names2 []string // names of the entities of articles written during the soak
	deadline := time.Now().Add(cfg.Duration)
	log.Info("soak: running", "clients", cfg.Clients, "for", cfg.Duration, "url", base)
	var wg sync.WaitGroup
	for c := 0; c < cfg.Clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			r := rand.New(rand.NewPCG(cfg.Seed, uint64(c)))
			for time.Now().Before(deadline) && ctx.Err() == nil {
				mu.Lock()
				pool := names
				if len(names2) > 0 && r.IntN(3) == 0 {
					pool = names2
				}
				a, b := pool[r.IntN(len(pool))], pool[r.IntN(len(pool))]
				mu.Unlock()
				op, req, ok := soakRequest(r, cfg.WriteShare, base, token, a, b)
				start := time.Now()
				resp, err := client.Do(req)
				d := time.Since(start)
				fail := ""
				var created graph.WriteResult
				if err != nil {
					fail = "transport: " + err.Error()
				} else {
					body, _ := io.ReadAll(resp.Body)
					resp.Body.Close()
					if !ok[resp.StatusCode] {
						fail = fmt.Sprintf("%s: status %d", op, resp.StatusCode)
					} else if resp.StatusCode == http.StatusCreated {
						json.Unmarshal(body, &created)
					}
				}
				mu.Lock()
				samples = append(samples, sample{op, d, fail})
				mu.Unlock()
				if created.Created {
					// Read back what the article gave, as a client would, and
					// ask about those entities from now on.
					start := time.Now()
					got, fail := soakArticleNames(client, base, created.ArticleID)
					mu.Lock()
					samples = append(samples, sample{"read article", time.Since(start), fail})
					written++
					names2 = append(names2, got...)
					mu.Unlock()
				}
			}
		}(c)
	}
	wg.Wait()
	sctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	srv.Shutdown(sctx)
	cancel()
	client.CloseIdleConnections()

	rep := &SoakReport{Backend: store.Backend().Name, DurationS: cfg.Duration.Seconds(), Clients: cfg.Clients,
		Requests: len(samples), ErrorKinds: map[string]int{}, Ops: map[string]SoakOp{}, Articles: written}
	byOp := map[string][]time.Duration{}
	var all []time.Duration
	for _, s := range samples {
		all = append(all, s.d)
		byOp[s.op] = append(byOp[s.op], s.d)
		o := rep.Ops[s.op]
		o.Requests++
		if s.fail != "" {
			o.Errors++
			rep.Errors++
			rep.ErrorKinds[soakClip(s.fail)]++
		}
		rep.Ops[s.op] = o
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	rep.P50ms, rep.P99ms = ms(quantile(all, 0.5)), ms(quantile(all, 0.99))
	for op, ds := range byOp {
		sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
		o := rep.Ops[op]
		o.P50ms, o.P99ms = ms(quantile(ds, 0.5)), ms(quantile(ds, 0.99))
		rep.Ops[op] = o
	}
	vr, err := store.Verify(ctx)
	if err != nil {
		return err
	}
	rep.Store, rep.VerifyOK, rep.VerifyFault = *vr, vr.OK(), vr.Faults
	if cfg.JSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		enc.Encode(rep)
	} else {
		printSoak(w, rep)
	}
	if rep.Errors > 0 || !rep.VerifyOK {
		return quads.Errorf(quads.EINTERNAL, "soak: %d errors, verify ok: %v", rep.Errors, rep.VerifyOK)
	}
	return nil
}

// soakSeed loads the shipped articles and returns the names of their
// entities, which the clients ask about.
func soakSeed(ctx context.Context, store *graph.Store) ([]string, error) {
	var names []string
	fsys := quads.ShippedArticles()
	for _, p := range quads.ShippedArticlePaths() {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		x, err := extract.Extract(quads.Article{File: path.Base(p), Text: string(data)})
		if err != nil {
			return nil, err
		}
		if _, err := store.WriteExtraction(ctx, x); err != nil {
			return nil, err
		}
		for _, e := range x.Entities {
			names = append(names, e.Name)
		}
	}
	return names, nil
}

var soakSyllables = []string{"an", "bei", "chang", "dong", "feng", "gu", "hai", "jin", "kang", "lin",
	"ming", "ning", "ping", "qing", "rui", "shan", "tai", "wen", "xin", "yang", "zhou"}

var soakSurnames = []string{"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu"}

func soakWord(r *rand.Rand) string {
	w := soakSyllables[r.IntN(len(soakSyllables))] + soakSyllables[r.IntN(len(soakSyllables))]
	return strings.ToUpper(w[:1]) + w[1:]
}

// soakArticle writes a new article of the genre with made-up names.
func soakArticle(r *rand.Rand) string {
	city := soakWord(r)
	uni := city + " University"
	museum := soakWord(r) + " Museum"
	pres := soakSurnames[r.IntN(len(soakSurnames))] + " " + soakWord(r)
	cur := soakSurnames[r.IntN(len(soakSurnames))] + " " + soakWord(r)
	text := fmt.Sprintf("%s Signs Cooperation Agreement with %s\nDate: 2025-%02d-%02d\n"+
		"%s and %s signed a strategic cooperation agreement in %s on %d May. "+
		"%s, president of %s, and %s, curator of %s, attended the ceremony. "+
		"%s will set up a practice base at %s.\n",
		uni, museum, 1+r.IntN(12), 1+r.IntN(28), uni, museum, city, 1+r.IntN(28), pres, uni, cur, museum, uni, museum)
	return text
}

// soakRequest picks one request and the statuses that answer it correctly.
func soakRequest(r *rand.Rand, writeShare float64, base, token, a, b string) (string, *http.Request, map[int]bool) {
	ok := func(codes ...int) map[int]bool {
		m := map[int]bool{}
		for _, c := range codes {
			m[c] = true
		}
		return m
	}
	get := func(p string) *http.Request { req, _ := http.NewRequest("GET", base+p, nil); return req }
	x := r.Float64()
	switch {
	case x < writeShare:
		text := soakArticle(r)
		if r.IntN(10) == 0 {
			text = "Repeated Notice\nA repeated notice with no relations in it.\n" // stored once, then 200
		}
		req, _ := http.NewRequest("POST", base+"/api/articles", strings.NewReader(text))
		req.Header.Set("Content-Type", "text/plain")
		req.Header.Set("Authorization", "Bearer "+token)
		return "write article", req, ok(200, 201)
	case x < 0.40:
		q := a
		if len(q) > 4 && r.IntN(2) == 0 { // a typo: two letters swapped
			bs := []byte(q)
			i := 1 + r.IntN(len(bs)-3)
			bs[i], bs[i+1] = bs[i+1], bs[i]
			q = string(bs)
		}
		return "search", get("/api/search?limit=10&q=" + url.QueryEscape(q)), ok(200)
	case x < 0.50:
		return "entity", get("/api/entities/" + url.PathEscape(a)), ok(200)
	case x < 0.70:
		return "neighbors", get("/api/entities/" + url.PathEscape(a) + "/neighbors?depth=2&limit=200"), ok(200)
	case x < 0.92:
		return "paths", get("/api/paths?k=3&from=" + url.QueryEscape(a) + "&to=" + url.QueryEscape(b)), ok(200, 404, 400)
	default:
		q := fmt.Sprintf(`g.V().Has("<%s>", %q).Out("<%s>").All()`, quads.PropName, a, quads.PropName)
		req, _ := http.NewRequest("POST", base+"/api/v1/query/gizmo", strings.NewReader(q))
		return "gizmo", req, ok(200)
	}
}

// soakArticleNames reads an article back and returns its entities' names.
func soakArticleNames(client *http.Client, base, id string) ([]string, string) {
	resp, err := client.Get(base + "/api/articles/" + url.PathEscape(id))
	if err != nil {
		return nil, "transport: " + err.Error()
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Sprintf("read article: status %d", resp.StatusCode)
	}
	var a graph.ArticleDetail
	if err := json.NewDecoder(resp.Body).Decode(&a); err != nil {
		return nil, "read article: " + err.Error()
	}
	names := make([]string, 0, len(a.Entities))
	for _, e := range a.Entities {
		names = append(names, e.Name)
	}
	return names, ""
}

func printSoak(w io.Writer, r *SoakReport) {
	fmt.Fprintf(w, "soak on %s: %.0f s, %d clients: %d requests, %d errors, p50 %.2f ms, p99 %.2f ms, %d articles written\n",
		r.Backend, r.DurationS, r.Clients, r.Requests, r.Errors, r.P50ms, r.P99ms, r.Articles)
	ops := make([]string, 0, len(r.Ops))
	for op := range r.Ops {
		ops = append(ops, op)
	}
	sort.Strings(ops)
	fmt.Fprintf(w, "%-14s %9s %7s %9s %9s\n", "operation", "requests", "errors", "p50 ms", "p99 ms")
	for _, op := range ops {
		o := r.Ops[op]
		fmt.Fprintf(w, "%-14s %9d %7d %9.2f %9.2f\n", op, o.Requests, o.Errors, o.P50ms, o.P99ms)
	}
	for k, n := range r.ErrorKinds {
		fmt.Fprintf(w, "error x%d: %s\n", n, k)
	}
	verdict := "clean"
	if !r.VerifyOK {
		verdict = fmt.Sprintf("%d FAULTS: %v", len(r.VerifyFault), r.VerifyFault)
	}
	fmt.Fprintf(w, "verify at the end: %d quads, %d articles, %d relations: %s\n",
		r.Store.Quads, r.Store.Articles, r.Store.Relations, verdict)
}

func soakClip(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}
