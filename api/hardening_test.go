package api_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// uiPage matches the UI's page, which loads its script by its
// fingerprinted name.
var uiPage = regexp.MustCompile(`src="/app\.[0-9a-f]{16}\.js"`)

func TestUI(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	r := ts.get("/")
	expect(t, r, 200, "")
	if !strings.HasPrefix(r.Header.Get("Content-Type"), "text/html") || !uiPage.Match(r.Body) {
		t.Fatalf("GET / is not the UI's page: %s %.200s", r.Header.Get("Content-Type"), r.Body)
	}
	for _, asset := range []string{"/app.js", "/app.css", "/favicon.svg"} {
		expect(t, ts.get(asset), 200, "")
	}
	expect(t, ts.get("/nothing-here.js"), 404, "not_found")
	expect(t, ts.get("/api/nothing-here"), 404, "not_found")
	expect(t, ts.get("/../go.mod"), 404, "")
}

func TestSecurityHeaders(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	want := map[string]string{
		"X-Content-Type-Options": "nosniff",
		"X-Frame-Options":        "DENY",
		"Referrer-Policy":        "no-referrer",
	}
	for _, path := range []string{"/", "/app.js", "/api/search?q=acme", "/api/entities/nobody"} {
		r := ts.get(path)
		for k, v := range want {
			if got := r.Header.Get(k); got != v {
				t.Errorf("%s: %s %q, want %q", path, k, got, v)
			}
		}
		csp := r.Header.Get("Content-Security-Policy")
		for _, d := range []string{"default-src 'self'", "script-src 'self'", "style-src 'self'",
			"img-src 'self' data: blob:", "connect-src 'self'", "frame-ancestors 'none'"} {
			if !strings.Contains(csp, d) {
				t.Errorf("%s: CSP %q lacks %q", path, csp, d)
			}
		}
	}
}

func TestCORS(t *testing.T) {
	t.Run("Closed", func(t *testing.T) {
		ts := MustOpenServer(t, api.Config{})
		r := ts.do("GET", "/api/search?q=acme", nil, "Origin", "https://elsewhere.example")
		expect(t, r, 200, "")
		if v := r.Header.Get("Access-Control-Allow-Origin"); v != "" {
			t.Fatalf("CORS open by default: %q", v)
		}
		r = ts.do("OPTIONS", "/api/quads", nil, "Origin", "https://elsewhere.example", "Access-Control-Request-Method", "POST")
		if v := r.Header.Get("Access-Control-Allow-Origin"); v != "" {
			t.Fatalf("preflight answered %d with Allow-Origin %q", r.Status, v)
		}
	})
	t.Run("Configured", func(t *testing.T) {
		ts := MustOpenServer(t, api.Config{CORSOrigins: []string{"https://ok.example"}})
		r := ts.do("GET", "/api/search?q=acme", nil, "Origin", "https://ok.example")
		if v := r.Header.Get("Access-Control-Allow-Origin"); v != "https://ok.example" {
			t.Fatalf("Allow-Origin %q", v)
		}
		r = ts.do("OPTIONS", "/api/quads", nil, "Origin", "https://ok.example", "Access-Control-Request-Method", "POST")
		if r.Status != http.StatusNoContent || !strings.Contains(r.Header.Get("Access-Control-Allow-Headers"), "Authorization") {
			t.Fatalf("preflight: %d %v", r.Status, r.Header)
		}
		r = ts.do("GET", "/api/search?q=acme", nil, "Origin", "https://other.example")
		if v := r.Header.Get("Access-Control-Allow-Origin"); v != "" {
			t.Fatalf("unlisted origin allowed: %q", v)
		}
	})
}

func TestRateLimit(t *testing.T) {
	ts := MustOpenServer(t, api.Config{RateLimit: 0.5, RateBurst: 3})
	for i := 0; i < 3; i++ {
		expect(t, ts.get("/api/search?q=acme"), 200, "")
	}
	r := ts.get("/api/search?q=acme")
	expect(t, r, http.StatusTooManyRequests, "rate_limited")
	if r.Header.Get("Retry-After") == "" {
		t.Error("429 without Retry-After")
	}
	for i := 0; i < 5; i++ {
		expect(t, ts.get("/healthz"), 200, "")
	}
}

func TestHealthAndMetrics(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	expect(t, ts.get("/healthz"), 200, "")
	expect(t, ts.get("/api/entities/nobody"), 404, "")
	r := ts.get("/metrics")
	expect(t, r, 200, "")
	for _, want := range []string{
		`coopgraph_http_requests_total{method="GET",route="/api/entities/:id",status="404"} 1`,
		"coopgraph_http_request_duration_seconds_bucket",
		"go_goroutines",
	} {
		if !strings.Contains(string(r.Body), want) {
			t.Errorf("metrics lack %q", want)
		}
	}
}

func TestMethodNotAllowed(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	expect(t, ts.do("DELETE", "/api/search", nil), http.StatusMethodNotAllowed, "method_not_allowed")
}

// TestTokenMade checks that a server without a token makes one, logs it,
// and takes it.
func TestTokenMade(t *testing.T) {
	var logs bytes.Buffer
	store := storetest.OpenBolt(t)
	s, err := api.New(api.Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	tok := s.Token()
	if len(tok) < 32 {
		t.Fatalf("made token %q", tok)
	}
	if !strings.Contains(logs.String(), tok) {
		t.Fatalf("the made token is not logged: %s", logs.String())
	}
	if !strings.Contains(logs.String(), "bolt") {
		t.Errorf("the backend is not logged: %s", logs.String())
	}
	other, _ := api.New(api.Config{Logger: slog.New(slog.NewTextHandler(&logs, nil))}, store)
	if other.Token() == tok {
		t.Fatal("two servers made the same token")
	}
}

// TestNoPathTraversal sends raw, unnormalised paths that try to climb out
// of the UI's files or into another route: none may answer with a file of
// the repository or the machine.
func TestNoPathTraversal(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	for _, raw := range []string{
		"/../go.mod", "/%2e%2e/go.mod", "/..%2fgo.mod", "/%2e%2e%2f%2e%2e%2fetc/passwd",
		"/ui/../go.mod", "/dist/../../go.mod", "/app.js/../../go.mod", "/..\\go.mod",
		"/api/articles/..%2f..%2fgo.mod", "/api/entities/..%2F..%2Fetc%2Fpasswd",
		"/api/export?format=../../etc/passwd", "/%00/go.mod",
	} {
		conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		// A raw request line: Go's client would clean the path first.
		fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", raw)
		resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
		if err != nil {
			conn.Close()
			t.Fatalf("%s: %v", raw, err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		conn.Close()
		if bytes.Contains(body, []byte("module github.com")) || bytes.Contains(body, []byte("root:")) {
			t.Fatalf("%s answered %d with a file from outside the UI: %.100s", raw, resp.StatusCode, body)
		}
		if resp.StatusCode == 200 && !uiPage.Match(body) {
			t.Fatalf("%s answered 200 with something other than the UI: %.100s", raw, body)
		}
	}
}
