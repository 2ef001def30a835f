// Package browsertest drives the UI in Debian's headless Chromium for tests
// (chromedp). A Page records every request the page makes and every console
// error, exception and browser log error, so a test can require that the
// app talks to no host but its server and logs no error. It also writes
// screenshots and receives downloads.
//
// Chromium is found at $COOPGRAPH_CHROMIUM, then as chromium,
// chromium-browser or google-chrome on $PATH. Without it, tests are
// skipped, except under CI=true, where they fail.
package browsertest

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/browser"
	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// Width and Height are the viewport: a 1080p projector.
const (
	Width  = 1920
	Height = 1080
)

// Page is one browser tab pointed at one server.
type Page struct {
	Ctx       context.Context // a chromedp context: use with chromedp.Do/Run
	origin    *url.URL
	downloads string

	mu       sync.Mutex
	requests []string
	problems []string
	done     map[string]string // download guid -> suggested file name, once completed
	names    map[string]string // download guid -> suggested file name
}

// FindChromium returns the path of a Chromium or Chrome binary, or "".
func FindChromium() string {
	if p := os.Getenv("COOPGRAPH_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "/usr/bin/chromium"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// Start opens a tab for the server at origin (scheme://host:port). It
// skips the test when there is no Chromium, or fails under CI=true.
func Start(tb testing.TB, origin string) *Page {
	tb.Helper()
	bin := FindChromium()
	if bin == "" {
		msg := "browsertest: no Chromium found (install it with `apt-get install chromium`, or set COOPGRAPH_CHROMIUM)"
		if os.Getenv("CI") == "true" {
			tb.Fatal(msg)
		}
		tb.Skip(msg)
	}
	o, err := url.Parse(origin)
	if err != nil {
		tb.Fatalf("browsertest: origin %q: %v", origin, err)
	}
	profile := mkdirTemp(tb, "coopgraph-chromium-profile-")
	downloads := mkdirTemp(tb, "coopgraph-downloads-")
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.Headless,
		chromedp.NoSandbox, // Chromium refuses to run as root with its sandbox
		chromedp.DisableGPU,
		chromedp.NoFirstRun,
		chromedp.UserDataDir(profile),
		chromedp.WindowSize(Width, Height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-domain-reliability", true),
		chromedp.Flag("no-pings", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.Flag("font-render-hinting", "none"),
	)
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	tb.Cleanup(func() {
		cancel()
		cancelAlloc()
	})
	p := &Page{Ctx: ctx, origin: o, downloads: downloads, done: map[string]string{}, names: map[string]string{}}
	// Subscribe before the first navigation so nothing is missed.
	requests := chromedp.Events(ctx, network.RequestWillBeSent)
	consoles := chromedp.Events(ctx, runtime.ConsoleAPICalled)
	exceptions := chromedp.Events(ctx, runtime.ExceptionThrown)
	logs := chromedp.Events(ctx, cdplog.EntryAdded)
	dialogs := chromedp.Events(ctx, page.JavascriptDialogOpening)
	go func() {
		for ev, err := range dialogs {
			if err != nil {
				return
			}
			// an alert() means script ran that should not have: record it,
			// and dismiss it so the page goes on
			p.add(&p.problems, fmt.Sprintf("a %s dialog opened: %q", ev.Type, ev.Message))
			go chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		}
	}()
	go func() {
		for ev, err := range requests {
			if err != nil {
				return
			}
			p.add(&p.requests, ev.Request.URL)
		}
	}()
	go func() {
		for ev, err := range consoles {
			if err != nil {
				return
			}
			if ev.Type == runtime.ConsoleAPICalledTypeError || ev.Type == runtime.ConsoleAPICalledTypeAssert {
				var parts []string
				for _, a := range ev.Args {
					if len(a.Value) > 0 {
						parts = append(parts, string(a.Value))
					} else {
						parts = append(parts, a.Description)
					}
				}
				p.add(&p.problems, "console."+string(ev.Type)+": "+strings.Join(parts, " "))
			}
		}
	}()
	go func() {
		for ev, err := range exceptions {
			if err != nil {
				return
			}
			p.add(&p.problems, "exception: "+(&chromedp.ExceptionError{ExceptionDetails: ev.ExceptionDetails}).Error())
		}
	}()
	go func() {
		for ev, err := range logs {
			if err != nil {
				return
			}
			if e := ev.Entry; e != nil && e.Level == cdplog.EntryLevelError {
				p.add(&p.problems, fmt.Sprintf("log %s: %s %s", e.Source, e.Text, e.URL))
			}
		}
	}()
	if _, err := chromedp.CallBrowser(ctx, browser.SetDownloadBehavior, browser.SetDownloadBehaviorParams{
		Behavior:      browser.SetDownloadBehaviorBehaviorAllowAndName,
		DownloadPath:  downloads,
		EventsEnabled: ptr(true),
	}); err != nil {
		tb.Fatalf("browsertest: start Chromium (%s): %v", bin, err)
	}
	progress := chromedp.BrowserEvents(ctx, browser.DownloadProgress)
	begins := chromedp.BrowserEvents(ctx, browser.DownloadWillBegin)
	go func() {
		for ev, err := range begins {
			if err != nil {
				return
			}
			p.mu.Lock()
			p.names[ev.GUID] = ev.SuggestedFilename
			p.mu.Unlock()
		}
	}()
	go func() {
		for ev, err := range progress {
			if err != nil {
				return
			}
			if ev.State == browser.DownloadProgressStateCompleted {
				p.mu.Lock()
				p.done[ev.GUID] = p.names[ev.GUID]
				p.mu.Unlock()
			}
		}
	}()
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(Width, Height)); err != nil {
		tb.Fatalf("browsertest: viewport: %v", err)
	}
	return p
}

func ptr[T any](v T) *T { return &v }

func (p *Page) add(list *[]string, s string) {
	p.mu.Lock()
	*list = append(*list, s)
	p.mu.Unlock()
}

// Requests returns the URLs the page has requested so far.
func (p *Page) Requests() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.requests)
}

// Foreign returns the requests to any host but the server: every http(s)
// or ws(s) URL on another host and port, every blob: URL of another origin,
// and any other scheme but data:.
func (p *Page) Foreign() []string {
	var out []string
	for _, r := range p.Requests() {
		u, err := url.Parse(r)
		if err != nil {
			out = append(out, r)
			continue
		}
		switch u.Scheme {
		case "data":
			continue
		case "blob":
			if inner, err := url.Parse(u.Opaque); err == nil && inner.Host == p.origin.Host {
				continue
			}
		case "http", "https", "ws", "wss":
			if u.Host == p.origin.Host {
				continue
			}
		}
		out = append(out, r)
	}
	return out
}

// Problems returns the console errors, uncaught exceptions and browser log
// errors (failed loads, CSP violations) seen so far.
func (p *Page) Problems() []string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return slices.Clone(p.problems)
}

// Forgive drops the problems seen so far that contain substr: for a test
// that provokes an error on purpose (the browser logs a 404 itself).
func (p *Page) Forgive(substr string) {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.problems = slices.DeleteFunc(p.problems, func(s string) bool { return strings.Contains(s, substr) })
}

// Check fails the test for every foreign request and every problem.
func (p *Page) Check(tb testing.TB) {
	tb.Helper()
	for _, r := range p.Foreign() {
		tb.Errorf("request to a host other than the server: %s", r)
	}
	for _, pr := range p.Problems() {
		tb.Errorf("browser reported: %s", pr)
	}
}

// Ready waits until the app has drawn its current state
// (body[data-state=ready]).
func (p *Page) Ready(tb testing.TB) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.body && document.body.dataset.state === "ready"`,
		chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		tb.Fatalf("the app did not become ready: %v (problems: %v)", err, p.Problems())
	}
}

// Do runs steps with a time limit and fails the test on error.
func (p *Page) Do(tb testing.TB, what string, steps ...chromedp.Action[chromedp.Void]) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, 20*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		tb.Fatalf("%s: %v (problems: %v)", what, err, p.Problems())
	}
}

// Eval evaluates a JavaScript expression and decodes its value into T.
func Eval[T any](tb testing.TB, p *Page, expr string) T {
	tb.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, 20*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		tb.Fatalf("evaluate %s: %v", expr, err)
	}
	return v
}

// WaitJS waits until a JavaScript expression is truthy.
func (p *Page) WaitJS(tb testing.TB, expr string) {
	tb.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, 20*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.Poll[json.RawMessage](expr, chromedp.WithPollingInterval(20*time.Millisecond))); err != nil {
		tb.Fatalf("waiting for %s: %v (problems: %v)", expr, err, p.Problems())
	}
}

// Download waits for a download to complete and returns its suggested file
// name and contents.
func (p *Page) Download(tb testing.TB, timeout time.Duration) (name string, data []byte) {
	tb.Helper()
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		p.mu.Lock()
		for guid, n := range p.done {
			delete(p.done, guid)
			p.mu.Unlock()
			b, err := os.ReadFile(filepath.Join(p.downloads, guid))
			if err != nil {
				tb.Fatalf("read download %s: %v", n, err)
			}
			return n, b
		}
		p.mu.Unlock()
		time.Sleep(20 * time.Millisecond)
	}
	tb.Fatalf("no download completed within %s", timeout)
	return "", nil
}

var (
	shotDir  string
	shotOnce sync.Once
)

// ScreenshotDir is where screenshots go: $COOPGRAPH_SCREENSHOTS, or
// coopgraph-screenshots in the system's temporary directory. The folder is
// outside the repository on purpose: screenshots are not kept in git.
func ScreenshotDir(tb testing.TB) string {
	shotOnce.Do(func() {
		shotDir = os.Getenv("COOPGRAPH_SCREENSHOTS")
		if shotDir == "" {
			shotDir = filepath.Join(os.TempDir(), "coopgraph-screenshots")
		}
	})
	if err := os.MkdirAll(shotDir, 0o755); err != nil {
		tb.Fatalf("screenshots: %v", err)
	}
	return shotDir
}

// Screenshot writes the viewport to ScreenshotDir/name.png and logs where.
func (p *Page) Screenshot(tb testing.TB, name string) string {
	tb.Helper()
	ctx, cancel := context.WithTimeout(p.Ctx, 20*time.Second)
	defer cancel()
	b, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
	if err != nil {
		tb.Fatalf("screenshot %s: %v", name, err)
	}
	path := filepath.Join(ScreenshotDir(tb), name+".png")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		tb.Fatalf("screenshot %s: %v", name, err)
	}
	tb.Logf("screenshot: %s", path)
	return path
}

// mkdirTemp makes a directory that is removed after the test. Chromium's
// helper processes can still write in it for a moment after the browser
// stops, so removal is retried rather than failing the test as t.TempDir
// would.
func mkdirTemp(tb testing.TB, prefix string) string {
	dir, err := os.MkdirTemp("", prefix)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() {
		for range 50 {
			if err := os.RemoveAll(dir); err == nil || errors.Is(err, os.ErrNotExist) {
				return
			}
			time.Sleep(100 * time.Millisecond)
		}
	})
	return dir
}
