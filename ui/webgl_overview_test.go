package ui_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image"
	"image/png"
	"math"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/input"
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
	srv := layoutServer(t, overviewGraph(2000, 5000), nil, nil) // offthread_test.go

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

// TestWebGLNeighbourhood checks that a neighbourhood of 2,000 nodes is
// drawn with WebGL, as the overview is, and still does what the Cytoscape
// view does: a click on an edge opens its evidence and colours it, the
// arrows walk the nodes, and an expansion keeps every node already drawn
// where it was on the screen.
func TestWebGLNeighbourhood(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	body := bigGraph(2000, 5000)
	var g struct{ Edges []edge }
	if err := json.Unmarshal(body, &g); err != nil {
		t.Fatal(err)
	}
	byID := map[string]edge{}
	for _, e := range g.Edges {
		byID[e.ID] = e
	}
	// any other entity's neighbourhood: itself and a chain of 40 new
	// nodes hanging from it, which grows the layout past its old box when
	// the entity is on the rim
	chain := func(id string) []byte {
		nodes := []entity{{ID: id, Name: id, Type: "Organization", Aliases: []string{}}}
		var edges []edge
		for i := range 40 {
			n := entity{ID: fmt.Sprintf("grown%d", i), Name: fmt.Sprintf("Grown %d", i), Type: "Person", Aliases: []string{}}
			edges = append(edges, edge{ID: nodes[len(nodes)-1].ID + "~leads~" + n.ID, Subject: nodes[len(nodes)-1], Predicate: "leads", Object: n, Evidence: []evidence{}})
			nodes = append(nodes, n)
		}
		b, err := json.Marshal(map[string]any{"nodes": nodes, "edges": edges})
		if err != nil {
			panic(err)
		}
		return b
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/entities/{id}/neighbors", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if id := r.PathValue("id"); id == "n0" {
			w.Write(body)
		} else {
			w.Write(chain(id))
		}
	})
	mux.HandleFunc("GET /api/edges/{id}", func(w http.ResponseWriter, r *http.Request) {
		e, ok := byID[r.PathValue("id")]
		if !ok {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"edge": e})
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
	p.Do(t, "open", chromedp.Navigate(srv.URL+"/#focus=n0&depth=2"))
	p.Ready(t)
	if !browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.active`) {
		t.Fatal("the 2,000-node neighbourhood is not drawn with WebGL")
	}
	if c := browsertest.Eval[map[string]int](t, p, `coopgraph.graph.counts()`); c["nodes"] != 2000 || c["edges"] != 5000 {
		t.Fatalf("drew %v, want 2000 nodes and 5000 edges", c)
	}
	if !browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.graph.getNodeAttribute("n0", "highlighted")`) {
		t.Error("the focus is not highlighted")
	}

	// an edge with room around it on the screen: its middle far from every
	// node and from every other edge, so a click there can only hit it
	type target struct {
		ID   string
		X, Y float64
	}
	tg := browsertest.Eval[target](t, p, `(() => {
		const w = coopgraph.graph.webgl, pos = coopgraph.graph.positions(true), g = w.graph;
		const r = document.querySelector("#cy").getBoundingClientRect();
		const segs = [];
		g.forEachEdge((id, a, s, t) => segs.push([id, pos[s], pos[t]]));
		const dist = (p, a, b) => {
			const vx = b.x - a.x, vy = b.y - a.y, l = vx * vx + vy * vy || 1;
			const k = Math.max(0, Math.min(1, ((p.x - a.x) * vx + (p.y - a.y) * vy) / l));
			return Math.hypot(p.x - a.x - k * vx, p.y - a.y - k * vy);
		};
		let best = null;
		for (const [id, a, b] of segs) {
			if (Math.hypot(b.x - a.x, b.y - a.y) < 60) continue;
			const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
			let room = Infinity;
			for (const q of Object.values(pos)) room = Math.min(room, Math.hypot(q.x - m.x, q.y - m.y) - 6);
			if (room < 10) continue;
			for (const [id2, c, d] of segs) if (id2 !== id) room = Math.min(room, dist(m, c, d));
			if (!best || room > best.room) best = { id, room, x: m.x, y: m.y };
			if (best.room > 12) break;
		}
		return { ID: best.id, X: r.left + best.x, Y: r.top + best.y };
	})()`)
	p.Do(t, "click the edge", chromedp.MouseClickXY(tg.X, tg.Y))
	p.WaitJS(t, `decodeURIComponent(location.hash).includes("edge=`+tg.ID+`")`)
	p.Ready(t)
	p.WaitJS(t, `document.querySelector("#evidence").textContent.includes("are related in sentence")`)
	if c := browsertest.Eval[string](t, p, `coopgraph.graph.webgl.graph.getEdgeAttribute("`+tg.ID+`", "color")`); c == browsertest.Eval[string](t, p, `coopgraph.graph.webgl.colors.edge`) {
		t.Errorf("the clicked edge %s keeps the plain edge colour %s", tg.ID, c)
	}

	// a drag redraws the view with sigma while the button is held (the
	// names' canvas hidden meanwhile, no CSS transform standing in for a
	// drawing), and once it is let go one full frame draws everything where
	// the drag took it
	pos0 := browsertest.Eval[map[string]map[string]float64](t, p, `coopgraph.graph.positions(true)`)["n0"]
	f0 := browsertest.Eval[map[string]int](t, p, `({ ...coopgraph.graph.webgl.frames })`)
	cx, cy := browsertest.Eval[float64](t, p, `document.querySelector("#cy").getBoundingClientRect().left + 40`), browsertest.Eval[float64](t, p, `document.querySelector("#cy").getBoundingClientRect().top + 40`)
	drag := func(typ input.DispatchMouseEventType, x float64, buttons int64) {
		prm := input.DispatchMouseEventParams{Type: typ, X: x, Y: cy, Buttons: buttons}
		if typ != input.DispatchMouseEventTypeMouseMoved {
			prm.Button, prm.ClickCount = input.MouseButtonLeft, 1
		}
		if _, err := chromedp.Call(p.Ctx, input.DispatchMouseEvent, prm); err != nil {
			t.Fatal(err)
		}
	}
	drag(input.DispatchMouseEventTypeMousePressed, cx, 1)
	for i := 1; i <= 10; i++ {
		drag(input.DispatchMouseEventTypeMouseMoved, cx+float64(i)*10, 1)
		time.Sleep(10 * time.Millisecond)
	}
	p.WaitJS(t, `coopgraph.graph.webgl.frames.moving > `+strconv.Itoa(f0["moving"])+` && coopgraph.graph.webgl.sigma.getCanvases().labels.style.visibility === "hidden"`)
	if tr := browsertest.Eval[string](t, p, `[...document.querySelectorAll(".overview-layer canvas")].map((c) => c.style.transform).join("")`); tr != "" {
		t.Errorf("the canvases are moved by a CSS transform (%q) during the drag", tr)
	}
	drag(input.DispatchMouseEventTypeMouseReleased, cx+100, 0)
	p.WaitJS(t, `coopgraph.graph.webgl.frames.full > `+strconv.Itoa(f0["full"])+` && !coopgraph.graph.webgl.sigma.getMouseCaptor().draggedEvents && [...document.querySelectorAll(".overview-layer canvas")].every((c) => c.style.visibility !== "hidden")`)
	pos1 := browsertest.Eval[map[string]map[string]float64](t, p, `coopgraph.graph.positions(true)`)["n0"]
	if dx := pos1["x"] - pos0["x"]; dx < 90 || math.Abs(pos1["y"]-pos0["y"]) > 10 {
		t.Errorf("a drag of 100 px right moved the focus from %v to %v", pos0, pos1)
	}

	// the keyboard walks the WebGL neighbourhood too
	p.Do(t, "focus the graph", chromedp.Focus(chromedp.CSS("#cy")))
	p.Do(t, "arrow", chromedp.KeyEvent(kb.ArrowRight))
	p.WaitJS(t, `!!coopgraph.graph.cursor && document.querySelector("#graph-status").textContent.includes("Entity ")`)

	// an expansion of the node furthest right adds its nodes and moves none
	// of the others on the screen
	before := browsertest.Eval[map[string]map[string]float64](t, p, `coopgraph.graph.positions(true)`)
	rim := ""
	for id, q := range before {
		if rim == "" || q["x"] > before[rim]["x"] {
			rim = id
		}
	}
	// (the edge stays picked, so the evidence panel keeps the canvas's size)
	browsertest.Eval[string](t, p, `location.hash = location.hash + "&expand=`+rim+`"`)
	p.WaitJS(t, `coopgraph.graph.counts().nodes === 2040`)
	p.Ready(t)
	if !browsertest.Eval[bool](t, p, `coopgraph.graph.webgl.active`) {
		t.Fatal("the grown neighbourhood left WebGL")
	}
	after := browsertest.Eval[map[string]map[string]float64](t, p, `coopgraph.graph.positions(true)`)
	moved := 0
	for id, a := range before {
		b, ok := after[id]
		if !ok {
			t.Fatalf("node %s is gone after the expansion", id)
		}
		if math.Hypot(a["x"]-b["x"], a["y"]-b["y"]) > 1 {
			moved++
		}
	}
	if moved > 0 {
		t.Errorf("%d of %d nodes moved on the screen when the view grew", moved, len(before))
	}
	if _, ok := after["grown39"]; !ok {
		t.Error("the expansion's new nodes are not drawn")
	}
	p.Check(t)
}
