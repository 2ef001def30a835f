package ui_test

import (
	"net/http"
	"net/http/httptest"
	"sync/atomic"
	"testing"

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
