package ui_test

import (
	"encoding/json"
	"math"
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/coopgraph/coopgraph/ui"
	"github.com/coopgraph/coopgraph/ui/browsertest"
)

// layoutServer serves the UI with an overview answer and, for n0, a
// neighbourhood answer (firstframe_test.go's graphs); while noWorker is set
// the layout worker's script answers 404.
func layoutServer(t *testing.T, overview, neighbourhood []byte, noWorker *atomic.Bool) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/overview", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(overview)
	})
	mux.HandleFunc("GET /api/entities/{id}/neighbors", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if id := r.PathValue("id"); id != "n0" || neighbourhood == nil {
			w.Write([]byte(`{"nodes":[{"id":"` + id + `","name":"` + id + `","type":"Organization","aliases":[]}],"edges":[]}`))
			return
		}
		w.Write(neighbourhood)
	})
	mux.HandleFunc("GET /api/articles", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"articles":[]}`))
	})
	files := http.FileServerFS(ui.FS())
	mux.HandleFunc("GET /", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/layout.js" {
			// never from the browser's cache: each page load asks again
			w.Header().Set("Cache-Control", "no-store")
			if noWorker != nil && noWorker.Load() {
				http.NotFound(w, r)
				return
			}
		}
		files.ServeHTTP(w, r)
	})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv
}

// layoutRuns is offthread.js's count of layouts.
type layoutRuns struct {
	Posted     int `json:"posted"`
	Worker     int `json:"worker"`
	MainThread int `json:"mainThread"`
	Cancelled  int `json:"cancelled"`
}

// TestStaleLayoutCancelled checks that a big view's layout still running
// in the worker is cancelled when another view is asked for: the
// 20,000-node overview's layout (a second or more) is under way when the
// user focuses an entity whose 2,000-node neighbourhood is laid out in the
// worker too. The overview's job never finishes (the worker is ended), the
// neighbourhood's does, and the neighbourhood is what is drawn.
func TestStaleLayoutCancelled(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	srv := layoutServer(t, overviewGraph(20000, 50000), bigGraph(2000, 5000), nil)
	p := browsertest.Start(t, srv.URL)
	p.Do(t, "open", chromedp.Navigate(srv.URL+"/"))
	// the overview's layout is in the worker: focus an entity meanwhile
	p.WaitJS(t, `window.coopgraph && coopgraph.layoutRuns.posted === 1`)
	if r := browsertest.Eval[layoutRuns](t, p, `coopgraph.layoutRuns`); r.Worker != 0 {
		t.Fatalf("the 20,000-node overview's layout was done before the test could focus an entity (%+v): no stale layout to cancel", r)
	}
	browsertest.Eval[bool](t, p, `(location.hash = "#focus=n0&depth=2", true)`)
	p.WaitJS(t, `location.hash.includes("focus=n0") && coopgraph.layoutRuns.worker === 1`)
	p.Ready(t)
	r := browsertest.Eval[layoutRuns](t, p, `coopgraph.layoutRuns`)
	if r != (layoutRuns{Posted: 2, Worker: 1, MainThread: 0, Cancelled: 1}) {
		t.Errorf("layouts %+v, want the overview's posted and cancelled, the neighbourhood's posted and done in the worker", r)
	}
	if c := browsertest.Eval[map[string]int](t, p, `coopgraph.graph.counts()`); c["nodes"] != 2000 || c["edges"] != 5000 || !browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.active`) {
		t.Errorf("drawn %v (WebGL %v), want the neighbourhood's 2,000 nodes and 5,000 edges on WebGL", c, browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.active`))
	}
	p.Check(t)
}

// TestLayoutWithoutWorker checks the layout's fallback: when the worker's
// script cannot be loaded, and in a browser without Worker, the overview
// is laid out on the page's main thread, and in the same places as by the
// worker (the layout is seeded).
func TestLayoutWithoutWorker(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	var noWorker atomic.Bool
	srv := layoutServer(t, overviewGraph(2000, 5000), nil, &noWorker)
	p := browsertest.Start(t, srv.URL)
	type place struct{ X, Y float64 }
	places := func() map[string]place {
		var out map[string]place
		js := browsertest.Eval[string](t, p, `JSON.stringify(Object.fromEntries([...coopgraph.graph.overviewPos].map(([id, q]) => [id, { X: q.x, Y: q.y }])))`)
		if err := json.Unmarshal([]byte(js), &out); err != nil {
			t.Fatal(err)
		}
		return out
	}
	load := func(what string, want layoutRuns) map[string]place {
		t.Helper()
		p.Do(t, "blank", chromedp.Navigate("about:blank"))
		p.Do(t, what, chromedp.Navigate(srv.URL+"/"))
		p.Ready(t)
		if !browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.active`) {
			t.Fatalf("%s: the 2,000-node overview is not drawn with WebGL", what)
		}
		if r := browsertest.Eval[layoutRuns](t, p, `coopgraph.layoutRuns`); r != want {
			t.Errorf("%s: layouts %+v, want %+v", what, r, want)
		}
		if c := browsertest.Eval[map[string]int](t, p, `coopgraph.graph.counts()`); c["nodes"] != 2000 || c["edges"] != 5000 {
			t.Errorf("%s: drawn %v, want 2,000 nodes and 5,000 edges", what, c)
		}
		return places()
	}
	same := func(what string, a, b map[string]place) {
		t.Helper()
		if len(a) != 2000 || len(b) != len(a) {
			t.Fatalf("%s: %d and %d nodes placed, want 2,000", what, len(a), len(b))
		}
		worst := 0.0
		for id, q := range a {
			r, ok := b[id]
			if !ok {
				t.Fatalf("%s: %s not placed", what, id)
			}
			worst = max(worst, math.Hypot(q.X-r.X, q.Y-r.Y))
		}
		if worst > 1e-6 {
			t.Errorf("%s: a node is %g units from where the worker put it", what, worst)
		}
	}

	inWorker := load("with the worker", layoutRuns{Posted: 1, Worker: 1})

	// the worker's script answers 404: the job posted to it is laid out
	// here when the worker reports its error
	noWorker.Store(true)
	unloadable := load("worker script missing", layoutRuns{Posted: 1, MainThread: 1})
	p.Forgive("layout.js")
	p.Forgive("404")
	same("worker script missing", inWorker, unloadable)
	noWorker.Store(false)

	// a browser without Worker: nothing is posted
	if _, err := chromedp.Call(p.Ctx, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: `delete window.Worker;`}); err != nil {
		t.Fatal(err)
	}
	none := load("no Worker", layoutRuns{MainThread: 1})
	same("no Worker", inWorker, none)
	p.Check(t)
}
