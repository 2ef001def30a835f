package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"io/fs"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
	"github.com/coopgraph/coopgraph/ui/browsertest"
)

// xssPayload is markup an article may hold; the UI must show it as text.
const xssPayload = `<img src=x onerror=alert(1)>`

// xssExtraction is an article whose title, source and evidence sentence
// hold markup, stating that an organisation with markup in its name
// visited Liaoning University (the shipped graph's best-connected node).
func xssExtraction(t *testing.T) (*quads.Extraction, string) {
	t.Helper()
	sentence := "Evil <b>Corp</b> visited Liaoning University " + xssPayload + " on Monday."
	text := "A visit " + xssPayload + "\n\n2025-03-01\n\n" + sentence + "\n"
	start := strings.Index(text, sentence)
	lnu := quads.Entity{ID: quads.EntityID(quads.Organization, "Liaoning University"), Name: "Liaoning University", Type: quads.Organization, Aliases: []string{}}
	evil := quads.Entity{ID: quads.EntityID(quads.Organization, "Evil <b>Corp</b>"), Name: "Evil <b>Corp</b>", Type: quads.Organization, Aliases: []string{}}
	x := &quads.Extraction{
		Article: quads.Article{ID: quads.ArticleID(text), Title: "A visit " + xssPayload, Date: "2025-03-01",
			Source: "https://example.invalid/" + xssPayload, Text: text},
		Entities: []quads.Entity{lnu, evil},
		Relations: []quads.Relation{{Subject: evil.ID, Predicate: quads.Visited, Object: lnu.ID,
			Evidence: quads.Evidence{ArticleID: quads.ArticleID(text), Sentence: sentence, Start: start, End: start + len(sentence)}}},
	}
	if err := x.Validate(); err != nil {
		t.Fatalf("the markup article is not valid: %v", err)
	}
	return x, x.Relations[0].EdgeID()
}

// untitledSource is the source of the first untitled article: a web page,
// with markup in its query.
const untitledSource = "https://example.invalid/news?id=7&x=" + xssPayload

// untitledExtractions are three articles without a title that state the
// same relation, apart from the shipped graph: one with a web page for a
// source and a date, one with a javascript: URL for a source, one with
// only a file name. Returns them and the relation's edge id.
func untitledExtractions(t *testing.T) ([]*quads.Extraction, string) {
	t.Helper()
	a := quads.Entity{ID: quads.EntityID(quads.Organization, "Untitled Test Committee"), Name: "Untitled Test Committee", Type: quads.Organization, Aliases: []string{}}
	b := quads.Entity{ID: quads.EntityID(quads.Organization, "Untitled Test Institute"), Name: "Untitled Test Institute", Type: quads.Organization, Aliases: []string{}}
	arts := []quads.Article{
		{Date: "2025-03-02", Source: untitledSource},
		{Source: "javascript:alert(1)"},
		{File: "untitled-note.txt"},
	}
	var xs []*quads.Extraction
	for i, art := range arts {
		sentence := "Untitled Test Committee visited Untitled Test Institute, as note " + itoa(i+1) + " says."
		art.Text = sentence + "\n"
		art.ID = quads.ArticleID(art.Text)
		x := &quads.Extraction{Article: art, Entities: []quads.Entity{a, b},
			Relations: []quads.Relation{{Subject: a.ID, Predicate: quads.Visited, Object: b.ID,
				Evidence: quads.Evidence{ArticleID: art.ID, Sentence: sentence, Start: 0, End: len(sentence)}}}}
		if err := x.Validate(); err != nil {
			t.Fatalf("untitled article %d is not valid: %v", i+1, err)
		}
		xs = append(xs, x)
	}
	return xs, xs[0].Relations[0].EdgeID()
}

// wholeWordExtraction is an article whose entity has a short alias, "VIS",
// that is also the start of a word in its sentence ("visiting"), apart
// from the shipped graph: the UI must mark the alias only where it stands
// as a word. Returns it and the relation's edge id.
func wholeWordExtraction(t *testing.T) (*quads.Extraction, string) {
	t.Helper()
	sentence := "VIS hosted visiting scholars and signed an agreement with Harbor Survey Council."
	text := "A survey agreement\n\n2025-02-01\n\n" + sentence + "\n"
	start := strings.Index(text, sentence)
	vis := quads.Entity{ID: quads.EntityID(quads.Organization, "Vanguard Institute of Surveying"), Name: "Vanguard Institute of Surveying", Type: quads.Organization, Aliases: []string{"VIS"}}
	hsc := quads.Entity{ID: quads.EntityID(quads.Organization, "Harbor Survey Council"), Name: "Harbor Survey Council", Type: quads.Organization, Aliases: []string{}}
	x := &quads.Extraction{
		Article:  quads.Article{ID: quads.ArticleID(text), Title: "A survey agreement", Date: "2025-02-01", Text: text},
		Entities: []quads.Entity{vis, hsc},
		Relations: []quads.Relation{{Subject: vis.ID, Predicate: quads.SignedWith, Object: hsc.ID,
			Evidence: quads.Evidence{ArticleID: quads.ArticleID(text), Sentence: sentence, Start: start, End: start + len(sentence)}}},
	}
	if err := x.Validate(); err != nil {
		t.Fatalf("the whole-word article is not valid: %v", err)
	}
	return x, x.Relations[0].EdgeID()
}

// openUIServer serves the shipped articles, extracted, plus the markup
// article and the untitled ones, from a memstore, as `coopgraph serve` does.
func openUIServer(t *testing.T) (*httptest.Server, string) {
	t.Helper()
	ctx := context.Background()
	store, err := graph.Open(ctx, "memstore", graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	arts := quads.ShippedArticles()
	for _, p := range quads.ShippedArticlePaths() {
		b, err := fs.ReadFile(arts, p)
		if err != nil {
			t.Fatal(err)
		}
		x, err := extract.Extract(quads.Article{File: path.Base(p), Text: string(b)})
		if err != nil {
			t.Fatalf("extract %s: %v", p, err)
		}
		if _, err := store.WriteExtraction(ctx, x); err != nil {
			t.Fatalf("write %s: %v", p, err)
		}
	}
	x, xssEdge := xssExtraction(t)
	if _, err := store.WriteExtraction(ctx, x); err != nil {
		t.Fatal(err)
	}
	ww, _ := wholeWordExtraction(t)
	if _, err := store.WriteExtraction(ctx, ww); err != nil {
		t.Fatal(err)
	}
	untitled, _ := untitledExtractions(t)
	for _, x := range untitled {
		if _, err := store.WriteExtraction(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	s, err := api.New(api.Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	// k=5 stands for a slow query: its answers come a second late, so the
	// test can see the loading indicator
	h := s.Handler()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/api/paths" && r.URL.Query().Get("k") == "5" {
			time.Sleep(time.Second)
		}
		h.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	return srv, xssEdge
}

type uiEntity struct {
	ID, Name, Type string
}

type uiEdge struct {
	ID        string
	Subject   uiEntity
	Predicate string
	Object    uiEntity
	Evidence  []struct{ Sentence string }
}

func getJSON(t *testing.T, srv *httptest.Server, path string, v any) {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d %s", path, res.StatusCode, b)
	}
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// pathPair finds, through the API, two entities two or more hops apart:
// from is the given entity, to a Person or Place two hops from it.
func pathPair(t *testing.T, srv *httptest.Server, from uiEntity) uiEntity {
	t.Helper()
	var nb struct {
		Nodes []uiEntity
		Edges []uiEdge
	}
	getJSON(t, srv, "/api/entities/"+url.PathEscape(from.ID)+"/neighbors?depth=2", &nb)
	near := map[string]bool{from.ID: true}
	for _, e := range nb.Edges {
		if e.Subject.ID == from.ID {
			near[e.Object.ID] = true
		}
		if e.Object.ID == from.ID {
			near[e.Subject.ID] = true
		}
	}
	var far []uiEntity
	for _, n := range nb.Nodes {
		if !near[n.ID] && !strings.Contains(n.Name, "<") {
			far = append(far, n)
		}
	}
	if len(far) == 0 {
		t.Fatalf("no entity two hops from %s", from.Name)
	}
	slices.SortFunc(far, func(a, b uiEntity) int {
		pa, pb := a.Type != "Person", b.Type != "Person" // a person reads well as an end
		if pa != pb {
			if pa {
				return 1
			}
			return -1
		}
		return strings.Compare(a.Name, b.Name)
	})
	// the first with more than one path, so the view shows k paths
	for _, to := range far[:min(len(far), 20)] {
		var ps struct{ Paths []json.RawMessage }
		getJSON(t, srv, "/api/paths?k=3&from="+url.QueryEscape(from.ID)+"&to="+url.QueryEscape(to.ID), &ps)
		if len(ps.Paths) > 1 {
			return to
		}
	}
	return far[0]
}

// TestUIBrowser drives the UI in headless Chromium against a real server
// over the shipped articles: search, expand, connection finder, evidence,
// presentation, export, a shared URL, filters, errors and markup in
// article text. The browser must log no error and ask no other host.
// Screenshots of the main views at 1920×1080 go to
// browsertest.ScreenshotDir (COOPGRAPH_SCREENSHOTS).
func TestUIBrowser(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	srv, xssEdge := openUIServer(t)
	p := browsertest.Start(t, srv.URL)
	t.Logf("screenshots go to %s", browsertest.ScreenshotDir(t))

	var found struct{ Entities []uiEntity }
	getJSON(t, srv, "/api/search?q="+url.QueryEscape("Liaoning University")+"&limit=5", &found)
	if len(found.Entities) == 0 || found.Entities[0].Name != "Liaoning University" {
		t.Fatalf("search for Liaoning University: %+v", found.Entities)
	}
	lnu := found.Entities[0]

	p.Do(t, "open the app", chromedp.Navigate(srv.URL+"/"))
	p.Ready(t)

	t.Run("SearchAndChoose", func(t *testing.T) {
		p.Do(t, "type in the search box", chromedp.SendKeys(chromedp.CSS("#q"), "liaoning univ"))
		p.Do(t, "wait for suggestions", chromedp.WaitVisible(chromedp.CSS(`.ta-item[data-id="`+lnu.ID+`"]`)))
		p.Do(t, "choose Liaoning University", chromedp.Click(chromedp.CSS(`.ta-item[data-id="`+lnu.ID+`"]`)))
		p.WaitJS(t, `location.hash.includes("focus=`+lnu.ID+`")`)
		p.Ready(t)
		n := browsertest.Eval[int](t, p, `coopgraph.graph.cy.nodes().length`)
		if n < 3 {
			t.Fatalf("the neighbourhood of Liaoning University has %d nodes drawn", n)
		}
		if focus := browsertest.Eval[bool](t, p, `coopgraph.graph.cy.getElementById("`+lnu.ID+`").hasClass("focus")`); !focus {
			t.Error("the chosen entity is not marked as the focus")
		}
		p.Screenshot(t, "1-explore")
	})

	t.Run("ClickExpands", func(t *testing.T) {
		before := browsertest.Eval[int](t, p, `coopgraph.graph.cy.nodes().length`)
		// the neighbour with the highest degree in the whole graph is
		// likely to bring new nodes; click it on the canvas
		xy := browsertest.Eval[[]float64](t, p, `(() => {
			const cy = coopgraph.graph.cy;
			const n = cy.nodes().not(cy.getElementById("`+lnu.ID+`")).sort((a, b) => b.degree() - a.degree())[0];
			window.__expanded = n.id();
			const r = cy.container().getBoundingClientRect(), p = n.renderedPosition();
			return [r.left + p.x, r.top + p.y];
		})()`)
		p.Do(t, "click a node", chromedp.MouseClickXY(xy[0], xy[1]))
		p.WaitJS(t, `location.hash.includes("expand=" + window.__expanded)`)
		p.Ready(t)
		after := browsertest.Eval[int](t, p, `coopgraph.graph.cy.nodes().length`)
		t.Logf("expanding a neighbour: %d nodes, then %d", before, after)
		if after < before {
			t.Errorf("expanding lost nodes: %d, then %d", before, after)
		}
		p.WaitJS(t, `!document.querySelector("#node-box").hidden`)
	})

	to := pathPair(t, srv, lnu)
	t.Run("FindPaths", func(t *testing.T) {
		p.Do(t, "fill From", chromedp.SendKeys(chromedp.CSS("#from"), "Liaoning University"))
		p.Do(t, "choose From", chromedp.Click(chromedp.CSS(`.finder .ta-item[data-id="`+lnu.ID+`"]`)))
		p.Do(t, "fill To", chromedp.SendKeys(chromedp.CSS("#to"), to.Name))
		p.Do(t, "choose To", chromedp.Click(chromedp.CSS(`.finder .ta-item[data-id="`+to.ID+`"]`)))
		p.Do(t, "find", chromedp.Click(chromedp.CSS("#find")))
		p.Do(t, "wait for paths", chromedp.WaitVisible(chromedp.CSS("#steps .path .step-edge")))
		p.Ready(t)
		type pathView struct {
			Paths, OnPath, Dim int
			FromX, ToX         float64
			Chain              string
		}
		v := browsertest.Eval[pathView](t, p, `(() => {
			const cy = coopgraph.graph.cy;
			return { Paths: document.querySelectorAll("#steps .path").length,
				OnPath: cy.$(".onpath").length, Dim: cy.$(".dim").length,
				FromX: cy.getElementById("`+lnu.ID+`").position().x, ToX: cy.getElementById("`+to.ID+`").position().x,
				Chain: document.querySelector("#steps .path .chain").textContent };
		})()`)
		t.Logf("%d paths from Liaoning University to %s; first: %s", v.Paths, to.Name, v.Chain)
		if v.Paths < 1 || v.OnPath < 3 {
			t.Fatalf("paths not drawn: %+v", v)
		}
		if v.Dim == 0 {
			t.Error("the rest of the graph is not dimmed")
		}
		if v.FromX >= v.ToX {
			t.Errorf("the path does not read left to right: from at x=%.0f, to at x=%.0f", v.FromX, v.ToX)
		}
		if !strings.Contains(v.Chain, "—") {
			t.Errorf("the step list does not spell the predicates: %q", v.Chain)
		}
		p.Screenshot(t, "2-path-found")
	})

	t.Run("StepOpensEvidence", func(t *testing.T) {
		p.Do(t, "click the first step", chromedp.Click(chromedp.CSS("#steps .path .step-edge")))
		p.Do(t, "evidence shown", chromedp.WaitVisible(chromedp.CSS("#evidence .sentence")))
		marks := browsertest.Eval[int](t, p, `document.querySelectorAll("#evidence .sentence mark").length`)
		if marks == 0 {
			t.Error("the two entities are not highlighted in the sentence")
		}
		p.Screenshot(t, "3-evidence-open")
	})

	t.Run("ClickEdgeShowsEvidence", func(t *testing.T) {
		// an edge of the path, clicked on the canvas at its midpoint
		type hit struct {
			ID   string
			X, Y float64
		}
		h := browsertest.Eval[hit](t, p, `(() => {
			const cy = coopgraph.graph.cy;
			// the last by id whose midpoint no node or name covers: a click
			// there can only hit the edge
			const clear = (e) => {
				const m = e.renderedMidpoint();
				return cy.nodes().every(n => {
					const b = n.renderedBoundingBox({ includeLabels: true });
					return m.x < b.x1 - 2 || m.x > b.x2 + 2 || m.y < b.y1 - 2 || m.y > b.y2 + 2;
				});
			};
			const path = cy.edges(".onpath").sort((a, b) => a.id() < b.id() ? -1 : 1);
			const e = path.filter(clear).last().length ? path.filter(clear).last() : path.last();
			const r = cy.container().getBoundingClientRect(), m = e.renderedMidpoint();
			return { ID: e.id(), X: r.left + m.x, Y: r.top + m.y };
		})()`)
		var e uiEdge
		getJSON(t, srv, "/api/edges/"+url.PathEscape(h.ID), &e)
		if len(e.Evidence) == 0 {
			t.Fatalf("edge %s has no evidence", h.ID)
		}
		p.Do(t, "click the edge", chromedp.MouseClickXY(h.X, h.Y))
		p.WaitJS(t, `decodeURIComponent(location.hash).includes("edge=`+h.ID+`")`)
		p.WaitJS(t, `document.querySelectorAll("#evidence .sentence").length === `+itoa(len(e.Evidence)))
		got := browsertest.Eval[[]string](t, p, `[...document.querySelectorAll("#evidence .sentence")].map(s => s.textContent)`)
		for i, ev := range e.Evidence {
			if got[i] != ev.Sentence {
				t.Errorf("evidence %d reads %q, want %q", i, got[i], ev.Sentence)
			}
		}
	})

	var shared string
	t.Run("PresentationSteps", func(t *testing.T) {
		p.Do(t, "present", chromedp.Click(chromedp.CSS("#present")))
		p.WaitJS(t, `document.body.classList.contains("present")`)
		p.Ready(t)
		n := browsertest.Eval[int](t, p, `document.querySelectorAll("#steps .path.chosen .step-edge").length`)
		for i := 1; i <= n; i++ {
			if i > 1 {
				p.Do(t, "arrow right", chromedp.KeyEvent(kb.ArrowRight))
			}
			want := "Step " + itoa(i) + " of " + itoa(n)
			p.WaitJS(t, `document.querySelector("#caption .cap-count") && document.querySelector("#caption .cap-count").textContent === "`+want+`"`)
			p.Ready(t)
			if !browsertest.Eval[bool](t, p, `!!document.querySelector("#caption .sentence") && document.querySelector("#caption .sentence").textContent.length > 10`) {
				t.Errorf("%s has no evidence caption", want)
			}
			pathInView(t, p, want)
			if i == 1 {
				p.Screenshot(t, "4-presentation")
			}
		}
		p.Do(t, "arrow left", chromedp.KeyEvent(kb.ArrowLeft))
		if n > 1 {
			p.WaitJS(t, `document.querySelector("#caption .cap-count").textContent === "Step `+itoa(n-1)+` of `+itoa(n)+`"`)
		}
		px := browsertest.Eval[float64](t, p, `parseFloat(getComputedStyle(document.querySelector("#caption .sentence")).fontSize)`)
		if px < 28 {
			t.Errorf("the caption is %.0fpx, too small for a projector", px)
		}
		if !browsertest.Eval[bool](t, p, `getComputedStyle(document.body).backgroundColor === "rgb(0, 0, 0)"`) {
			t.Error("presentation mode is not the high-contrast theme")
		}
		p.Ready(t)
		shared = browsertest.Eval[string](t, p, `location.href`)
	})

	t.Run("SharedURLReloads", func(t *testing.T) {
		if shared == "" {
			t.Skip("no view to share")
		}
		type view struct {
			Nodes, OnPath []string
			Hop           string
			Present       bool
		}
		const look = `(() => {
			const cy = coopgraph.graph.cy, ids = (c) => c.map(e => e.id()).sort();
			return { Nodes: ids(cy.nodes()), OnPath: ids(cy.$(".onpath")),
				Hop: document.querySelector("#caption .cap-step") ? document.querySelector("#caption .cap-step").textContent : "",
				Present: document.body.classList.contains("present") };
		})()`
		before := browsertest.Eval[view](t, p, look)
		p.Do(t, "leave", chromedp.Navigate("about:blank"))
		p.Do(t, "open the shared URL", chromedp.Navigate(shared))
		p.Ready(t)
		after := browsertest.Eval[view](t, p, look)
		if !slices.Equal(before.Nodes, after.Nodes) || !slices.Equal(before.OnPath, after.OnPath) || before.Hop != after.Hop || before.Present != after.Present {
			t.Errorf("the shared URL %s gives another view:\nbefore %+v\nafter  %+v", shared, before, after)
		}
		p.Do(t, "leave presentation", chromedp.KeyEvent(kb.Escape))
		p.WaitJS(t, `!document.body.classList.contains("present")`)
		p.Ready(t)
	})

	t.Run("ExportPNGAndSVG", func(t *testing.T) {
		p.Do(t, "export PNG", chromedp.Click(chromedp.CSS("#export-png")))
		name, b := p.Download(t, 15*time.Second)
		if name != "coopgraph.png" || !bytes.HasPrefix(b, []byte("\x89PNG\r\n\x1a\n")) || len(b) < 1000 {
			t.Errorf("PNG export: %q, %d bytes, starts %q", name, len(b), b[:min(8, len(b))])
		}
		keep(t, "6-export.png", b)
		p.Do(t, "export SVG", chromedp.Click(chromedp.CSS("#export-svg")))
		name, b = p.Download(t, 15*time.Second)
		if name != "coopgraph.svg" || !bytes.Contains(b, []byte("<svg")) || !bytes.Contains(b, []byte("</svg>")) {
			t.Errorf("SVG export: %q, %d bytes", name, len(b))
		}
		keep(t, "6-export.svg", b)
	})

	t.Run("FiltersAndTimeline", func(t *testing.T) {
		p.Do(t, "explore", chromedp.Navigate(srv.URL+"/#focus="+lnu.ID))
		p.Ready(t)
		all := browsertest.Eval[int](t, p, `coopgraph.graph.cy.edges().length`)
		p.Do(t, "drop signed-with", chromedp.Click(chromedp.CSS(`#pred-filters input[value="signed-with"]`)))
		p.WaitJS(t, `location.hash.includes("preds=")`)
		p.Ready(t)
		if n := browsertest.Eval[int](t, p, `coopgraph.graph.cy.edges('[predicate = "signed-with"]').length`); n != 0 {
			t.Errorf("%d signed-with edges drawn with the predicate filtered out", n)
		}
		p.Do(t, "all predicates", chromedp.Click(chromedp.CSS(`#pred-filters input[value="signed-with"]`)))
		p.Ready(t)
		p.WaitJS(t, `document.querySelector("#until") !== null`)
		// the network as it stood at the earliest article date
		browsertest.Eval[bool](t, p, `(() => { const u = document.querySelector("#until"); u.value = "0"; u.dispatchEvent(new Event("change")); return true; })()`)
		p.WaitJS(t, `location.hash.includes("until=")`)
		p.Ready(t)
		early := browsertest.Eval[int](t, p, `coopgraph.graph.cy.edges().length`)
		t.Logf("Liaoning University's neighbourhood: %d edges in all, %d as of the earliest article", all, early)
		if early > all {
			t.Errorf("the early network has more edges (%d) than the whole (%d)", early, all)
		}
	})

	t.Run("LoadingIndicator", func(t *testing.T) {
		p.Do(t, "a slow query", chromedp.Navigate(srv.URL+"/#path="+lnu.ID+","+to.ID+"&k=5"))
		p.Do(t, "loading shown", chromedp.WaitVisible(chromedp.CSS("#loading")))
		p.Ready(t)
		p.Do(t, "loading gone", chromedp.WaitNotVisible(chromedp.CSS("#loading")))
	})

	t.Run("ErrorMessage", func(t *testing.T) {
		p.Do(t, "unknown entity", chromedp.Navigate(srv.URL+"/#focus=no-such-entity-anywhere"))
		p.Ready(t)
		p.Do(t, "error shown", chromedp.WaitVisible(chromedp.CSS("#error")))
		msg := browsertest.Eval[string](t, p, `document.querySelector("#error-text").textContent`)
		if !strings.Contains(msg, "not found") {
			t.Errorf("error message %q does not say what went wrong", msg)
		}
		// the browser logs the 404 itself; that one is expected
		p.Forgive("404")
	})

	t.Run("MarkupIsText", func(t *testing.T) {
		evil := quads.EntityID(quads.Organization, "Evil <b>Corp</b>")
		p.Do(t, "open the markup edge", chromedp.Navigate(srv.URL+"/#focus="+evil+"&edge="+url.QueryEscape(xssEdge)))
		p.Ready(t)
		p.Do(t, "evidence shown", chromedp.WaitVisible(chromedp.CSS("#evidence .sentence")))
		type seen struct {
			Sentence, Title, Source string
			Imgs, Bolds             int
		}
		s := browsertest.Eval[seen](t, p, `(() => ({
			Sentence: document.querySelector("#evidence .sentence").textContent,
			Title: document.querySelector("#evidence .cite .title").textContent,
			Source: document.querySelector("#evidence .cite .source").textContent,
			Imgs: document.querySelectorAll("main img, aside img, .panel img").length,
			Bolds: document.querySelectorAll(".panel b").length }))()`)
		if !strings.Contains(s.Sentence, xssPayload) || !strings.Contains(s.Title, xssPayload) || !strings.Contains(s.Source, xssPayload) {
			t.Errorf("the markup is not shown as text: %+v", s)
		}
		if s.Imgs != 0 || s.Bolds != 0 {
			t.Errorf("article markup became elements: %+v", s)
		}
		p.Screenshot(t, "5-markup-as-text")
	})

	t.Run("UntitledArticleCited", func(t *testing.T) {
		xs, edge := untitledExtractions(t)
		from := xs[0].Relations[0].Subject
		p.Do(t, "open the untitled articles' edge", chromedp.Navigate(srv.URL+"/#focus="+from+"&edge="+url.QueryEscape(edge)))
		p.Ready(t)
		p.WaitJS(t, `document.querySelectorAll("#evidence .cite").length === 3`)
		type cite struct {
			Text, Tag, Href, Target, Rel string
			Children                     int
		}
		cites := browsertest.Eval[[]cite](t, p, `[...document.querySelectorAll("#evidence .cite")].map(c => {
			const a = c.querySelector("a");
			return { Text: c.textContent, Tag: c.firstElementChild.tagName, Href: a ? a.getAttribute("href") : "",
				Target: a ? a.target : "", Rel: a ? a.rel : "", Children: a ? a.children.length : 0 };
		})`)
		byText := func(sub string) cite {
			for _, c := range cites {
				if strings.Contains(c.Text, sub) {
					return c
				}
			}
			t.Errorf("no citation reads %q: %+v", sub, cites)
			return cite{}
		}
		for _, c := range cites {
			if strings.Contains(c.Text, "Untitled article") {
				t.Errorf("an article with a source or a file is cited as untitled: %q", c.Text)
			}
		}
		web := byText(untitledSource)
		if web.Tag != "A" || web.Target != "_blank" || web.Rel != "noopener noreferrer" || web.Children != 0 ||
			!strings.HasPrefix(web.Href, "https://example.invalid/news?id=7") {
			t.Errorf("the web source is not a plain link opening apart: %+v", web)
		}
		if !strings.Contains(web.Text, "2025-03-02") {
			t.Errorf("the citation leaves out the date: %q", web.Text)
		}
		if js := byText("javascript:alert(1)"); js.Tag == "A" || js.Href != "" {
			t.Errorf("a javascript: source became a link: %+v", js)
		}
		// an article with neither title nor source is cited by the first
		// words of its text, not its file name
		if file := byText("Untitled Test Committee visited Untitled Test Institute, as note 3"); file.Tag == "A" || strings.Contains(file.Text, "untitled-note.txt") {
			t.Errorf("an article with only a file is not cited by its first words: %+v", file)
		}
		if n := browsertest.Eval[int](t, p, `document.querySelectorAll(".panel img, .panel b").length`); n != 0 {
			t.Errorf("the source's markup became %d elements", n)
		}
		p.Screenshot(t, "7-untitled-articles")
	})

	p.Check(t)
	t.Logf("%d requests, all to the test server", len(p.Requests()))
}

// pathInView checks, in presentation mode, that every node of the chosen
// path, with its name, is drawn inside the graph's part of the screen: in
// the canvas, above the caption's top edge and clear of the legend; that
// the current hop is in the middle of that part; and that the names are
// big enough for a projector.
func pathInView(t *testing.T, p *browsertest.Page, step string) {
	t.Helper()
	// the fit to the hop may be animated
	p.WaitJS(t, `!coopgraph.graph.cy.animated()`)
	type view struct {
		Nodes         int
		Outside       []string
		HopDX, HopDY  float64
		Width, Height float64
		MinFont       float64
	}
	v := browsertest.Eval[view](t, p, `(() => {
		const cy = coopgraph.graph.cy, st = coopgraph.state(), paths = coopgraph.paths();
		const path = paths[Math.min(st.pathIdx, paths.length - 1)];
		const r = cy.container().getBoundingClientRect();
		const cap = document.querySelector("#caption").getBoundingClientRect();
		const leg = document.querySelector("#legend").getBoundingClientRect();
		const area = { left: r.left, right: r.right, top: r.top, bottom: Math.min(r.bottom, cap.top) };
		const out = [];
		let minFont = Infinity;
		for (const n of path.nodes) {
			const el = cy.getElementById(n.id);
			const b = el.renderedBoundingBox({ includeLabels: true, includeOverlays: false });
			const x1 = r.left + b.x1, x2 = r.left + b.x2, y1 = r.top + b.y1, y2 = r.top + b.y2;
			const underLegend = x1 < leg.right && y1 < leg.bottom;
			if (x1 < area.left || x2 > area.right || y1 < area.top || y2 > area.bottom || underLegend) {
				out.push(n.name + " at [" + [x1, y1, x2, y2].map(Math.round).join(", ") + "], graph area [" +
					[area.left, area.top, area.right, area.bottom].map(Math.round).join(", ") + "]" + (underLegend ? ", under the legend" : ""));
			}
			minFont = Math.min(minFont, parseFloat(el.style("font-size")) * cy.zoom());
		}
		const hop = path.edges[Math.min(st.hop, path.edges.length - 1)];
		const a = cy.getElementById(hop.source).renderedPosition(), b = cy.getElementById(hop.target).renderedPosition();
		return { Nodes: path.nodes.length, Outside: out, MinFont: minFont,
			HopDX: r.left + (a.x + b.x) / 2 - (area.left + area.right) / 2,
			HopDY: r.top + (a.y + b.y) / 2 - (area.top + area.bottom) / 2,
			Width: area.right - area.left, Height: area.bottom - area.top };
	})()`)
	if v.Nodes < 2 {
		t.Fatalf("%s: the chosen path has %d nodes", step, v.Nodes)
	}
	for _, o := range v.Outside {
		t.Errorf("%s: a node of the path is not in the visible graph area: %s", step, o)
	}
	// in the middle, give or take the legend's band at the top
	if abs(v.HopDX) > 0.05*v.Width || abs(v.HopDY) > 0.15*v.Height {
		t.Errorf("%s: the current hop is %.0f, %.0f px from the middle of the %.0f×%.0f graph area", step, v.HopDX, v.HopDY, v.Width, v.Height)
	}
	t.Logf("%s: %d nodes in view, the hop %.0f, %.0f px from the middle of the %.0f×%.0f graph area, names at %.1fpx or more",
		step, v.Nodes-len(v.Outside), v.HopDX, v.HopDY, v.Width, v.Height, v.MinFont)
	if v.MinFont < 27.5 {
		t.Errorf("%s: the path's names are drawn at %.1fpx, too small for a projector", step, v.MinFont)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

// keep writes an exported file beside the screenshots, to look at.
func keep(t *testing.T, name string, b []byte) {
	t.Helper()
	p := filepath.Join(browsertest.ScreenshotDir(t), name)
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("export: %s", p)
}

func itoa(i int) string {
	b, _ := json.Marshal(i)
	return string(b)
}
