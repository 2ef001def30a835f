package main

import (
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"path"
	"strconv"
	"strings"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// shutdownGrace is how long requests in flight may take to finish after
// SIGTERM.
const shutdownGrace = 20 * time.Second

// serveFlags are serve's flags.
func (m *Main) serveFlags() *flagSet {
	return m.newFlagSet("serve", "",
		"Runs the HTTP API and the UI. With no --db it opens the embedded default, a bolt\n"+
			"store in --data, and loads the shipped articles into it the first time.\n"+
			"SIGTERM or SIGINT finishes the requests in flight, then stops. Several servers may\n"+
			"share one PostgreSQL database: each follows the others' writes (see the README).",
		"db", "data", "addr", "token", "body-limit", "query-timeout", "result-limit", "heavy-queries", "answer-limit", "query-memory", "cors", "rate-limit", "pool-size", "shipped")
}

func (m *Main) serve(ctx context.Context, args []string) error {
	fs := m.serveFlags()
	if err := fs.parse(args); err != nil {
		return err
	}
	cfg, err := serverConfig(fs)
	if err != nil {
		return err
	}
	log := m.logger()
	cfg.Logger = log
	store, isDefault, err := m.openStore(ctx, fs, log)
	if err != nil {
		return err
	}
	closed := false
	defer func() {
		if !closed {
			store.Close()
		}
	}()
	bounds, err := queryBounds(fs)
	if err != nil {
		return err
	}
	store.SetQueryBounds(bounds)
	ship := fs.str("shipped")
	if ship != "auto" {
		b, err := fs.boolean("shipped")
		if err != nil {
			return err
		}
		ship = strconv.FormatBool(b)
	}
	if ship == "true" || (ship == "auto" && isDefault) {
		if err := loadShipped(ctx, store, log); err != nil {
			return err
		}
	}
	srv, err := api.New(cfg, store)
	if err != nil {
		return err
	}
	if err := srv.Open(); err != nil {
		return err
	}
	log.Info("ready: open the UI in a browser", "url", srv.URL())
	<-ctx.Done()
	sctx, cancel := context.WithTimeout(context.Background(), shutdownGrace)
	defer cancel()
	err = srv.Shutdown(sctx)
	// A clean shutdown writes the index, so that the next start loads it
	// instead of rebuilding it.
	closed = true
	if cerr := store.CloseSavingIndex(context.Background()); err == nil {
		err = cerr
	}
	return err
}

func serverConfig(fs *flagSet) (api.Config, error) {
	cfg := api.Config{Addr: fs.str("addr"), Token: fs.str("token")}
	body, err := fs.integer("body-limit")
	if err != nil {
		return cfg, err
	}
	results, err := fs.integer("result-limit")
	if err != nil {
		return cfg, err
	}
	timeout, err := fs.duration("query-timeout")
	if err != nil {
		return cfg, err
	}
	rate, err := strconv.ParseFloat(fs.str("rate-limit"), 64)
	if err != nil || rate < 0 {
		return cfg, usageError(fmt.Sprintf("--rate-limit: %q is not a non-negative number", fs.str("rate-limit")))
	}
	cfg.BodyLimit, cfg.ResultLimit, cfg.QueryTimeout, cfg.RateLimit = body, int(results), timeout, rate
	for _, o := range strings.Split(fs.str("cors"), ",") {
		if o = strings.TrimSpace(o); o != "" {
			cfg.CORSOrigins = append(cfg.CORSOrigins, o)
		}
	}
	return cfg, nil
}

// loadShipped writes the articles the project ships into the store. Writing
// an article twice changes nothing, so this completes a first load that was
// interrupted and costs a lookup per article afterwards.
func loadShipped(ctx context.Context, store *graph.Store, log *slog.Logger) error {
	articles := quads.ShippedArticles()
	sources := shippedSources(articles)
	created := 0
	start := time.Now()
	for _, p := range quads.ShippedArticlePaths() {
		data, err := fs.ReadFile(articles, p)
		if err != nil {
			return fmt.Errorf("read shipped article %s: %w", p, err)
		}
		src := sources[path.Base(p)]
		if src == "" {
			src = "coopgraph shipped article " + p
		}
		x, err := extract.Extract(quads.Article{File: path.Base(p), Source: src, Text: string(data)})
		if err != nil {
			return fmt.Errorf("extract shipped article %s: %w", p, err)
		}
		res, err := store.WriteExtraction(ctx, x)
		if err != nil {
			return fmt.Errorf("load shipped article %s: %w", p, err)
		}
		if res.Created {
			created++
		}
	}
	if created > 0 {
		log.Info("loaded the shipped articles", "articles", created, "took", time.Since(start).Round(time.Millisecond))
	}
	return nil
}

// shippedSources reads the web addresses of the shipped articles from the
// table in dev/SOURCES.md (file | title | date | source | note), so that
// evidence from them links to where they were published.
func shippedSources(articles fs.FS) map[string]string {
	out := map[string]string{}
	data, err := fs.ReadFile(articles, "dev/SOURCES.md")
	if err != nil {
		return out
	}
	for _, line := range strings.Split(string(data), "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 6 {
			continue
		}
		file, src := strings.TrimSpace(cells[1]), strings.TrimSpace(cells[4])
		if strings.HasSuffix(file, ".txt") && strings.HasPrefix(src, "http") {
			out[file] = src
		}
	}
	return out
}

// queryBounds reads the sandbox's bounds on Cayley queries from the flags.
func queryBounds(fs *flagSet) (graph.QueryBounds, error) {
	var b graph.QueryBounds
	heavy, err := fs.integer("heavy-queries")
	if err != nil {
		return b, err
	}
	answer, err := fs.integer("answer-limit")
	if err != nil {
		return b, err
	}
	heap, err := fs.integer("query-memory")
	if err != nil {
		return b, err
	}
	if heavy == 0 || answer == 0 || heap == 0 {
		return b, usageError("--heavy-queries, --answer-limit and --query-memory must be positive")
	}
	b.Concurrent, b.AnswerBytes, b.HeapPerQuery = int(heavy), answer, uint64(heap)
	return b, nil
}
