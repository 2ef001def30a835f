package ui_test

import (
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/performance"
	"github.com/chromedp/chromedp"
	"github.com/coopgraph/coopgraph/ui"
	"github.com/coopgraph/coopgraph/ui/browsertest"
)

// csp is the policy the api package serves the UI under.
const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'"

type entity struct {
	ID      string   `json:"id"`
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases"`
}

type evidence struct {
	Article  map[string]string `json:"article"`
	Sentence string            `json:"sentence"`
	Start    int               `json:"start"`
	End      int               `json:"end"`
}

type edge struct {
	ID        string     `json:"id"`
	Subject   entity     `json:"subject"`
	Predicate string     `json:"predicate"`
	Object    entity     `json:"object"`
	Evidence  []evidence `json:"evidence"`
}

// bigGraph makes a neighbourhood answer of n nodes and m edges in the
// API's shapes: a random tree (so everything hangs together) plus random
// extra edges, with one evidence sentence each, seeded so every run draws
// the same graph.
func bigGraph(n, m int) []byte {
	r := rand.New(rand.NewPCG(7, 11))
	types := []string{"Organization", "Organization", "Person", "Place", "Base"}
	preds := []string{"signed-with", "leads", "hosts-base-at", "part-of", "visited", "member-of"}
	nodes := make([]entity, n)
	for i := range nodes {
		nodes[i] = entity{ID: fmt.Sprintf("n%d", i), Name: fmt.Sprintf("Entity %d of the benchmark", i), Type: types[i%len(types)], Aliases: []string{}}
	}
	art := map[string]string{"id": "a1", "title": "Benchmark article", "date": "2024-05-01", "source": "bench"}
	seen := map[[2]int]bool{}
	var edges []edge
	add := func(a, b int) {
		if a == b || seen[[2]int{a, b}] || seen[[2]int{b, a}] {
			return
		}
		seen[[2]int{a, b}] = true
		p := preds[len(edges)%len(preds)]
		s := fmt.Sprintf("%s and %s are related in sentence %d.", nodes[a].Name, nodes[b].Name, len(edges))
		edges = append(edges, edge{ID: fmt.Sprintf("%s~%s~%s", nodes[a].ID, p, nodes[b].ID), Subject: nodes[a], Predicate: p, Object: nodes[b],
			Evidence: []evidence{{Article: art, Sentence: s, Start: 0, End: len(s)}}})
	}
	for i := 1; i < n; i++ {
		add(r.IntN(i), i)
	}
	for len(edges) < m {
		add(r.IntN(n), r.IntN(n))
	}
	b, err := json.Marshal(map[string]any{"nodes": nodes, "edges": edges})
	if err != nil {
		panic(err)
	}
	return b
}

// TestFirstFrame measures, and logs, the time from navigation to the first
// stable frame of a 2,000-node, 5,000-edge view in headless Chromium: the
// app's own performance mark set after the data is in, laid out, drawn and
// painted (two animation frames after Cytoscape's render). It is a
// measurement, not a timed pass/fail test; the goal is 1.5 s or less.
// The API here is a stub serving one big neighbourhood, so the figure is
// the UI's share: fetch and parse, layout, render. It also logs the page's
// main-thread CPU time (DevTools Performance metrics in thread ticks), which
// stays put when other work on the machine stretches the wall clock, and
// the load average at the time.
//
// Run it alone with: go test ./ui -run FirstFrame -v
func TestFirstFrame(t *testing.T) {
	if testing.Short() {
		t.Skip("browser measurement skipped in -short mode")
	}
	const nodes, edges = 2000, 5000
	body := bigGraph(nodes, edges)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/entities/n0/neighbors", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	})
	mux.HandleFunc("GET /api/articles", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"articles":[{"id":"a1","title":"Benchmark article","date":"2024-05-01","source":"bench"}]}`))
	})
	mux.Handle("GET /", http.FileServerFS(ui.FS()))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()

	p := browsertest.Start(t, srv.URL)
	url := srv.URL + "/#focus=n0&depth=2"
	type marks struct {
		Data, Drawn, Frame float64
		Nodes, Edges       int
	}
	// CPU time of the page's main thread, which other work on the machine
	// does not inflate as it does the wall clock
	if _, err := chromedp.Call(p.Ctx, performance.Enable, performance.EnableParams{TimeDomain: performance.EnableTimeDomainThreadTicks}); err != nil {
		t.Fatal(err)
	}
	cpu := func() map[string]float64 {
		res, err := chromedp.Call(p.Ctx, performance.GetMetrics, cdp.Empty{})
		if err != nil {
			t.Fatal(err)
		}
		m := map[string]float64{}
		for _, x := range res.Metrics {
			m[x.Name] = x.Value
		}
		return m
	}
	var frames, cpus []float64
	const runs = 3
	for i := range runs {
		// a fresh document each run: about:blank in between
		p.Do(t, "blank", chromedp.Navigate("about:blank"))
		m0 := cpu()
		start := time.Now()
		p.Do(t, "navigate", chromedp.Navigate(url))
		p.Ready(t)
		wall := time.Since(start)
		m1 := cpu()
		task := m1["TaskDuration"] - m0["TaskDuration"]
		if task <= 0 { // a new renderer process: its counters started at zero
			task = m1["TaskDuration"]
		}
		cpus = append(cpus, task*1000)
		m := browsertest.Eval[marks](t, p, `(() => {
			const m = (n) => (performance.getEntriesByName(n)[0] || {}).startTime || 0;
			return { Data: m('coopgraph:data'), Drawn: m('coopgraph:drawn'), Frame: m('coopgraph:frame'),
			         Nodes: coopgraph.graph.cy.nodes().length, Edges: coopgraph.graph.cy.edges().length };
		})()`)
		if m.Nodes != nodes || m.Edges != edges {
			t.Fatalf("drew %d nodes and %d edges, want %d and %d", m.Nodes, m.Edges, nodes, edges)
		}
		t.Logf("run %d: first stable frame %.0f ms after navigation start (data in at %.0f ms, laid out and drawn at %.0f ms); %.0f ms wall clock from the Go side; main thread busy %.0f ms of CPU",
			i+1, m.Frame, m.Data, m.Drawn, float64(wall.Microseconds())/1000, task*1000)
		frames = append(frames, m.Frame)
		if i == 0 {
			p.Screenshot(t, "bench-2000-nodes")
			t.Logf("marks: %s", browsertest.Eval[string](t, p, `performance.getEntriesByType('mark').map(m => m.name + ' ' + m.startTime.toFixed(0)).join(', ')`))
		}
	}
	slices.Sort(frames)
	slices.Sort(cpus)
	load, _ := os.ReadFile("/proc/loadavg")
	t.Logf("first stable frame, %d nodes / %d edges, headless Chromium, %d runs: median %.0f ms, best %.0f ms, worst %.0f ms (goal ≤ 1500 ms); main-thread CPU time median %.0f ms; %d CPUs, load average %s",
		nodes, edges, runs, frames[runs/2], frames[0], frames[runs-1], cpus[runs/2], runtime.NumCPU(), strings.Join(strings.Fields(string(load))[:3], " "))
	p.Check(t)
}

// TestIndexServes checks the embedded files are served as a browser needs.
func TestIndexServes(t *testing.T) {
	srv := httptest.NewServer(http.FileServerFS(ui.FS()))
	defer srv.Close()
	for path, ctype := range map[string]string{"/": "text/html", "/app.js": "javascript", "/app.css": "text/css"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != 200 || !strings.Contains(res.Header.Get("Content-Type"), ctype) {
			t.Errorf("GET %s: %d %s", path, res.StatusCode, res.Header.Get("Content-Type"))
		}
	}
	if _, err := fs.Stat(ui.FS(), "index.html"); err != nil {
		t.Fatal(err)
	}
}
