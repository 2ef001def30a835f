package api_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/ui"
)

// routeParams gives each path parameter a value the fixture graph holds,
// so that HEAD and GET are compared on answers with bodies, not only 404s.
func routeParams(t *testing.T, ts *testServer) map[string]string {
	r := ts.get("/api/articles")
	expect(t, r, 200, "")
	var list struct{ Articles []struct{ ID string } }
	r.JSON(t, &list)
	return map[string]string{
		"/api/entities/:id":           acme,
		"/api/entities/:id/neighbors": acme,
		"/api/edges/:id":              quads.EdgeID(acme, quads.SignedWith, lake),
		"/api/articles/:id":           list.Articles[0].ID,
	}
}

// concrete turns a route pattern into a path to ask, with ?q= for search.
func concrete(pattern string, params map[string]string) string {
	path := pattern
	if v, ok := params[pattern]; ok {
		path = regexp.MustCompile(`:\w+`).ReplaceAllString(pattern, p(v))
	} else {
		path = regexp.MustCompile(`:\w+`).ReplaceAllString(pattern, "x")
	}
	if pattern == "/api/search" {
		path += "?q=acme"
	}
	return path
}

// TestHEAD asks every GET route of the server with HEAD, with and without
// gzip, and wants what GET answers: the same status and headers, and
// Content-Length the length of GET's body when it says one, no body.
func TestHEAD(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	params := routeParams(t, ts)
	n := 0
	for _, rt := range ts.api.Handler().(*echo.Echo).Routes() {
		if rt.Method != http.MethodGet {
			continue
		}
		n++
		path := concrete(rt.Path, params)
		for _, enc := range []string{"identity", "gzip"} {
			get := ts.do("GET", path, nil, "Accept-Encoding", enc)
			head := ts.do("HEAD", path, nil, "Accept-Encoding", enc)
			if head.Status != get.Status {
				t.Errorf("HEAD %s (%s): %d, GET %d", path, enc, head.Status, get.Status)
				continue
			}
			if len(head.Body) != 0 {
				t.Errorf("HEAD %s (%s): a body of %d bytes", path, enc, len(head.Body))
			}
			for _, h := range []string{"Content-Type", "Content-Encoding", "Cache-Control", "ETag", "Vary", "Allow", "Content-Disposition"} {
				if g, hd := get.Header.Values(h), head.Header.Values(h); strings.Join(g, ",") != strings.Join(hd, ",") {
					t.Errorf("HEAD %s (%s): %s %q, GET %q", path, enc, h, hd, g)
				}
			}
			if cl := head.Header.Get("Content-Length"); cl != "" && cl != strconv.Itoa(len(get.Body)) {
				t.Errorf("HEAD %s (%s): Content-Length %s, GET's body is %d bytes", path, enc, cl, len(get.Body))
			}
		}
	}
	if n < 15 {
		t.Fatalf("only %d GET routes", n)
	}

	// On the wire: a HEAD answer carries no body, so the answer after it on
	// the same connection reads cleanly.
	conn, err := net.Dial("tcp", strings.TrimPrefix(ts.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	fmt.Fprint(conn, "HEAD /app.js HTTP/1.1\r\nHost: x\r\n\r\nHEAD /api/openapi.json HTTP/1.1\r\nHost: x\r\n\r\n"+
		"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
	br := bufio.NewReader(conn)
	for _, want := range []struct{ method, path string }{{"HEAD", "/app.js"}, {"HEAD", "/api/openapi.json"}, {"GET", "/healthz"}} {
		res, err := http.ReadResponse(br, &http.Request{Method: want.method})
		if err != nil {
			t.Fatalf("%s %s on a kept-alive connection: %v", want.method, want.path, err)
		}
		body, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != 200 || (want.method == "GET" && !bytes.Contains(body, []byte(`"status"`))) {
			t.Fatalf("%s %s: %d %q", want.method, want.path, res.StatusCode, body)
		}
	}
}

// TestNotFoundAndMethodNotAllowed checks the router's two answers: 404 for
// a path no route has, whatever the method; 405 with Allow for a method the
// path lacks; both in the API's error shape.
func TestNotFoundAndMethodNotAllowed(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	for _, c := range []struct {
		method, path string
		status       int
		allow        string
	}{
		{"POST", "/nothing-here", 404, ""},
		{"GET", "/nothing-here", 404, ""},
		{"PUT", "/api/nothing-here", 404, ""},
		{"GET", "/api/quads", 405, "OPTIONS, POST"},
		{"HEAD", "/api/quads", 405, "OPTIONS, POST"},
		{"GET", "/api/articles/x/y", 404, ""},
		{"DELETE", "/api/search", 405, "OPTIONS, GET, HEAD"},
		{"POST", "/api/export", 405, "OPTIONS, GET, HEAD"},
		{"PUT", "/app.js", 405, "OPTIONS, GET, HEAD"},
		{"POST", "/", 405, "OPTIONS, GET, HEAD"},
		{"PUT", "/api/articles", 405, "OPTIONS, GET, HEAD, POST"},
	} {
		r := ts.do(c.method, c.path, nil)
		if r.Status != c.status {
			t.Errorf("%s %s: %d, want %d: %s", c.method, c.path, r.Status, c.status, r.Body)
			continue
		}
		if got := r.Header.Get("Allow"); got != c.allow {
			t.Errorf("%s %s: Allow %q, want %q", c.method, c.path, got, c.allow)
		}
		if !strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
			t.Errorf("%s %s: Content-Type %q", c.method, c.path, r.Header.Get("Content-Type"))
		}
		if c.method == "HEAD" {
			continue
		}
		want := map[int]string{404: "not_found", 405: "method_not_allowed"}[c.status]
		if code := r.ErrorCode(t); code != want {
			t.Errorf("%s %s: code %q, want %q: %s", c.method, c.path, code, want, r.Body)
		}
	}
}

// TestGzip checks which answers are gzipped: text of 1 KiB or more for a
// client that takes gzip, with Vary: Accept-Encoding; the same bytes once
// decompressed; not tiny bodies, not for a client that refuses gzip.
func TestGzip(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	for _, path := range []string{"/api/openapi.json", "/api/entities/" + acme, "/api/export", "/api/export?format=graphml", "/metrics", "/"} {
		plain := ts.do("GET", path, nil, "Accept-Encoding", "identity")
		zipped := ts.do("GET", path, nil, "Accept-Encoding", "br;q=1.0, gzip;q=0.8")
		expect(t, plain, 200, "")
		expect(t, zipped, 200, "")
		if len(plain.Body) < 1024 {
			t.Fatalf("%s: a body of %d bytes is too short to show compression", path, len(plain.Body))
		}
		if plain.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: Content-Encoding %q for a client that does not take gzip", path, plain.Header.Get("Content-Encoding"))
		}
		if zipped.Header.Get("Content-Encoding") != "gzip" {
			t.Errorf("%s: not gzipped for a client that takes gzip", path)
			continue
		}
		for _, r := range []*response{plain, zipped} {
			if !strings.Contains(strings.Join(r.Header.Values("Vary"), ","), "Accept-Encoding") {
				t.Errorf("%s: no Vary: Accept-Encoding (%q)", path, r.Header.Values("Vary"))
			}
		}
		body := gunzip(t, zipped.Body)
		if path == "/metrics" { // counters move between the two requests
			if !bytes.Contains(body, []byte("coopgraph_http_requests_total")) {
				t.Errorf("/metrics gunzipped is not the metrics: %.200s", body)
			}
		} else if !bytes.Equal(body, plain.Body) {
			t.Errorf("%s: gunzipped body differs from the plain one (%d and %d bytes)", path, len(body), len(plain.Body))
		}
		if len(zipped.Body) >= len(plain.Body)/2 {
			t.Errorf("%s: gzip gives %d bytes of %d", path, len(zipped.Body), len(plain.Body))
		}
	}
	for _, c := range []struct{ path, accept string }{
		{"/healthz", "gzip"},              // too small
		{"/api/openapi.json", "gzip;q=0"}, // refused
		{"/api/openapi.json", "*;q=0"},
		{"/api/openapi.json", "deflate, br"},
	} {
		r := ts.do("GET", c.path, nil, "Accept-Encoding", c.accept)
		expect(t, r, 200, "")
		if r.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s with Accept-Encoding %q: Content-Encoding %q", c.path, c.accept, r.Header.Get("Content-Encoding"))
		}
	}
	if r := ts.do("GET", "/api/openapi.json", nil, "Accept-Encoding", "*"); r.Header.Get("Content-Encoding") != "gzip" {
		t.Errorf("Accept-Encoding * is not answered with gzip")
	}
}

// TestUICaching checks the UI's files: the page names each file by a name
// holding the hash of its content, served for a year as immutable; the page
// and the files under their own names are revalidated with an ETag (304);
// text is gzipped once, at startup.
func TestUICaching(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	page := ts.get("/")
	expect(t, page, 200, "")
	if cc := page.Header.Get("Cache-Control"); cc != "no-cache" {
		t.Errorf("/: Cache-Control %q, want no-cache", cc)
	}
	revalidates(t, ts, "/", page.Header.Get("ETag"))

	bundle, err := ui.Built()
	if err != nil {
		t.Fatal(err)
	}
	refs := regexp.MustCompile(`(?:src|href)="(/[^"]+)"`).FindAllSubmatch(page.Body, -1)
	seen := map[string]bool{}
	for _, m := range refs {
		ref := string(m[1])
		parts := regexp.MustCompile(`^/(.+)\.([0-9a-f]{16})(\.\w+)$`).FindStringSubmatch(ref)
		if parts == nil {
			t.Errorf("the page loads %s, which is not a fingerprinted name", ref)
			continue
		}
		name := parts[1] + parts[3]
		seen[name] = true
		want, err := fs.ReadFile(ui.FS(), name)
		if err != nil {
			t.Fatalf("%s names %s, which the build does not hold: %v", ref, name, err)
		}
		sum := sha256.Sum256(want)
		if hex.EncodeToString(sum[:])[:16] != parts[2] {
			t.Errorf("%s: the name's hash is not the hash of %s", ref, name)
		}
		r := ts.do("GET", ref, nil, "Accept-Encoding", "identity")
		expect(t, r, 200, "")
		if !bytes.Equal(r.Body, want) {
			t.Errorf("%s is not %s", ref, name)
		}
		if cc := r.Header.Get("Cache-Control"); cc != "public, max-age=31536000, immutable" {
			t.Errorf("%s: Cache-Control %q", ref, cc)
		}
		own := ts.do("GET", "/"+name, nil, "Accept-Encoding", "identity")
		expect(t, own, 200, "")
		if cc := own.Header.Get("Cache-Control"); cc != "no-cache" || !bytes.Equal(own.Body, want) {
			t.Errorf("/%s: Cache-Control %q, %d bytes", name, cc, len(own.Body))
		}
		revalidates(t, ts, "/"+name, own.Header.Get("ETag"), "Accept-Encoding", "identity")

		zipped := ts.do("GET", ref, nil, "Accept-Encoding", "gzip")
		if len(want) < 1024 {
			continue
		}
		if zipped.Header.Get("Content-Encoding") != "gzip" || !bytes.Equal(gunzip(t, zipped.Body), want) {
			t.Errorf("%s: not gzipped (%q), or not the file once gunzipped", ref, zipped.Header.Get("Content-Encoding"))
			continue
		}
		if cl := zipped.Header.Get("Content-Length"); cl != strconv.Itoa(len(zipped.Body)) {
			t.Errorf("%s gzipped: Content-Length %q, body %d bytes", ref, cl, len(zipped.Body))
		}
		if zipped.Header.Get("ETag") == r.Header.Get("ETag") {
			t.Errorf("%s: the gzipped and the plain file share the ETag %s", ref, r.Header.Get("ETag"))
		}
		for _, a := range bundle.Assets {
			if a.Fingerprinted == ref && !bytes.Equal(a.Gzip, zipped.Body) {
				t.Errorf("%s: the gzip sent is not the one made at startup", ref)
			}
		}
		revalidates(t, ts, ref, zipped.Header.Get("ETag"), "Accept-Encoding", "gzip")
	}
	for _, name := range []string{"app.js", "app.css", "favicon.svg"} {
		if !seen[name] {
			t.Errorf("the page does not load %s by a fingerprinted name", name)
		}
	}
}

// revalidates checks that If-None-Match with the ETag an answer gave gets
// 304 with no body, and that another tag gets the whole answer.
func revalidates(t *testing.T, ts *testServer, path, etag string, header ...string) {
	t.Helper()
	if !strings.HasPrefix(etag, `"`) {
		t.Errorf("%s: ETag %q", path, etag)
		return
	}
	r := ts.do("GET", path, nil, append([]string{"If-None-Match", etag}, header...)...)
	if r.Status != http.StatusNotModified || len(r.Body) != 0 {
		t.Errorf("%s with If-None-Match %s: %d, %d bytes", path, etag, r.Status, len(r.Body))
	}
	if r := ts.do("GET", path, nil, append([]string{"If-None-Match", `"other"`}, header...)...); r.Status != 200 {
		t.Errorf("%s with a stale If-None-Match: %d", path, r.Status)
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("not gzip: %v", err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatalf("broken gzip: %v", err)
	}
	return out
}
