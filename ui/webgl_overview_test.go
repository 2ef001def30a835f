package ui_test

import (
	"bytes"
	"image"
	"image/png"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
	"github.com/coopgraph/coopgraph/ui"
	"github.com/coopgraph/coopgraph/ui/browsertest"
)

// TestWebGLOverviewKeysAndPNG checks the WebGL overview (from 1,500
// nodes) answers the keyboard as the Cytoscape view does — each arrow
// moves to a node that way on the screen, announced, and Enter focuses it
// — and exports a PNG of what it shows: the canvas's size, and mostly
// background with the nodes' colours on it (a WebGL canvas read outside
// the frame it was drawn in comes out blank).
func TestWebGLOverviewKeysAndPNG(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	body := overviewGraph(2000, 5000)
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/overview", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write(body)
	})
	mux.HandleFunc("GET /api/entities/{id}/neighbors", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		id := r.PathValue("id")
		w.Write([]byte(`{"nodes":[{"id":"` + id + `","name":"` + id + `","type":"Organization","aliases":[]}],"edges":[]}`))
	})
	mux.HandleFunc("GET /api/articles", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"articles":[]}`))
	})
	mux.Handle("GET /", http.FileServerFS(ui.FS()))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		mux.ServeHTTP(w, r)
	}))
	defer srv.Close()

	p := browsertest.Start(t, srv.URL)
	p.Do(t, "open", chromedp.Navigate(srv.URL+"/"))
	p.Ready(t)
	if !browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.active`) {
		t.Fatal("the 2,000-node overview is not drawn with WebGL")
	}

	// the always-named hubs: as many as asked for, and on the screen no
	// name's box overlaps another's
	hubs := browsertest.Eval[[][]float64](t, p, `(() => {
		const w = coopgraph.graph.webgl, s = w.sigma, ctx = document.createElement("canvas").getContext("2d");
		ctx.font = s.getSetting("labelSize") + "px " + s.getSetting("labelFont");
		const out = [];
		w.graph.forEachNode((id, a) => {
			if (!a.forceLabel) return;
			const d = s.getNodeDisplayData(id), q = s.framedGraphToViewport(d), r = s.scaleSize(d.size);
			const size = s.getSetting("labelSize");
			out.push([q.x + r + 3, q.y - size / 2, q.x + r + 3 + ctx.measureText(a.label).width, q.y + size / 2]);
		});
		return out;
	})()`)
	if len(hubs) < 3 {
		t.Errorf("%d hubs always named, want 3 or more", len(hubs))
	}
	for i, a := range hubs {
		for _, b := range hubs[:i] {
			if a[0] < b[2] && a[2] > b[0] && a[1] < b[3] && a[3] > b[1] {
				t.Errorf("hub names overlap on the screen: %v and %v", a, b)
			}
		}
	}

	type spot struct {
		ID   string
		X, Y float64
	}
	// press sends an arrow and returns the keyboard's node and where every
	// node is on the screen after it
	press := func(key string) (string, map[string]spot) {
		before := browsertest.Eval[string](t, p, `coopgraph.graph.cursor || ""`)
		p.Do(t, "arrow", chromedp.KeyEvent(key))
		p.WaitJS(t, `(coopgraph.graph.cursor || "") !== "`+before+`" && document.querySelector("#graph-status").textContent.includes("Enter")`)
		id := browsertest.Eval[string](t, p, `coopgraph.graph.cursor`)
		pos := browsertest.Eval[map[string]spot](t, p, `(() => { const o = {}; for (const [id, q] of Object.entries(coopgraph.graph.positions(true))) o[id] = { ID: id, X: q.x, Y: q.y }; return o; })()`)
		if !strings.Contains(browsertest.Eval[string](t, p, `document.querySelector("#graph-status").textContent`), "Entity ") {
			t.Errorf("the live region does not name the node: %q", browsertest.Eval[string](t, p, `document.querySelector("#graph-status").textContent`))
		}
		return id, pos
	}
	p.Do(t, "focus the graph", chromedp.Focus(chromedp.CSS("#cy")))
	a, _ := press(kb.ArrowRight) // the node nearest the middle
	b, pos := press(kb.ArrowRight)
	if pos[b].X <= pos[a].X {
		t.Errorf("ArrowRight went from %s at x=%.0f to %s at x=%.0f, not right", a, pos[a].X, b, pos[b].X)
	}
	c, pos := press(kb.ArrowDown)
	if pos[c].Y <= pos[b].Y {
		t.Errorf("ArrowDown went from %s at y=%.0f to %s at y=%.0f, not down", b, pos[b].Y, c, pos[c].Y)
	}
	d, pos := press(kb.ArrowLeft)
	if pos[d].X >= pos[c].X {
		t.Errorf("ArrowLeft went from %s at x=%.0f to %s at x=%.0f, not left", c, pos[c].X, d, pos[d].X)
	}

	p.Do(t, "export PNG", chromedp.Click(chromedp.CSS("#export-png")))
	name, data := p.Download(t, 20*time.Second)
	if name != "coopgraph.png" {
		t.Errorf("PNG export named %q", name)
	}
	img, err := png.Decode(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("PNG export: %v (%d bytes)", err, len(data))
	}
	size := browsertest.Eval[[]int](t, p, `(() => { const c = document.querySelector(".overview-layer canvas"); return [c.width, c.height]; })()`)
	if img.Bounds().Dx() != size[0] || img.Bounds().Dy() != size[1] {
		t.Errorf("PNG is %v, the canvas %dx%d", img.Bounds(), size[0], size[1])
	}
	bg, inked := counts(img)
	total := img.Bounds().Dx() * img.Bounds().Dy()
	if bg < total/2 || inked < total/200 {
		t.Errorf("PNG has %d background pixels and %d drawn of %d: not the overview", bg, inked, total)
	}
	t.Logf("PNG %v: %d background pixels, %d drawn", img.Bounds(), bg, inked)

	p.Do(t, "back to the graph", chromedp.Focus(chromedp.CSS("#cy")))
	p.Do(t, "open it", chromedp.KeyEvent(kb.Enter))
	p.WaitJS(t, `location.hash.includes("focus=`+d+`")`)
	p.Ready(t)
	p.Check(t)
}

// counts is how many pixels of img are the light theme's background and
// how many are far from it (drawn).
func counts(img image.Image) (bg, inked int) {
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			r, g, bl, _ := img.At(x, y).RGBA()
			dr, dg, db := int(r>>8)-0xfb, int(g>>8)-0xfa, int(bl>>8)-0xf6
			d := dr*dr + dg*dg + db*db
			if d < 12 {
				bg++
			} else if d > 40*40 {
				inked++
			}
		}
	}
	return bg, inked
}
