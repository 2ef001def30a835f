package ui_test

import (
	"bytes"
	"compress/gzip"
	"io"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/coopgraph/coopgraph/ui"
)

// TestNewBundle builds a bundle from a made-up build and checks that the
// page's references to its files, in each form a page may write them, are
// rewritten to fingerprinted names, and nothing else is.
func TestNewBundle(t *testing.T) {
	script := strings.Repeat("console.log('coopgraph');\n", 100)
	build := fstest.MapFS{
		"index.html": {Data: []byte(`<html><head><link rel="icon" href="/icon.svg">` +
			`<link rel="stylesheet" href="./css/site.css"><script src="main.js" defer></script>` +
			`<a href="/missing.js">x</a><a href="https://example.org/main.js">y</a><a href="#main.js">z</a></head></html>`)},
		"main.js":      {Data: []byte(script)},
		"css/site.css": {Data: []byte("body{margin:0}")},
		"icon.svg":     {Data: []byte("<svg/>")},
	}
	b, err := ui.NewBundle(build)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Assets) != 3 {
		t.Fatalf("%d assets, want 3", len(b.Assets))
	}
	byName := map[string]*ui.Asset{}
	for _, a := range b.Assets {
		byName[a.Name] = a
		if !regexp.MustCompile(`\.[0-9a-f]{16}\.\w+$`).MatchString(a.Fingerprinted) || a.Path != "/"+a.Name {
			t.Errorf("%s: path %s, fingerprinted %s", a.Name, a.Path, a.Fingerprinted)
		}
	}
	page := string(b.Index.Body)
	for _, want := range []string{
		`href="` + byName["icon.svg"].Fingerprinted + `"`,
		`href="` + byName["css/site.css"].Fingerprinted + `"`,
		`src="` + byName["main.js"].Fingerprinted + `"`,
		`href="/missing.js"`, `href="https://example.org/main.js"`, `href="#main.js"`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the page lacks %s: %s", want, page)
		}
	}
	if !strings.HasPrefix(byName["css/site.css"].Fingerprinted, "/css/site.") {
		t.Errorf("a file in a folder is fingerprinted as %s", byName["css/site.css"].Fingerprinted)
	}

	// Text worth compressing is gzipped once; a tiny file is not.
	js := byName["main.js"]
	if js.Gzip == nil || js.GzipETag == js.ETag || !strings.HasPrefix(js.ContentType, "text/javascript") {
		t.Fatalf("main.js: %d gzipped bytes, ETags %s %s, type %s", len(js.Gzip), js.ETag, js.GzipETag, js.ContentType)
	}
	zr, err := gzip.NewReader(bytes.NewReader(js.Gzip))
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := io.ReadAll(zr); string(got) != script {
		t.Error("main.js gunzipped is not main.js")
	}
	if byName["icon.svg"].Gzip != nil {
		t.Error("a 6-byte file is gzipped")
	}

	// A new build of a file gives it a new name; the others keep theirs.
	build["main.js"] = &fstest.MapFile{Data: []byte(script + "// changed\n")}
	b2, err := ui.NewBundle(build)
	if err != nil {
		t.Fatal(err)
	}
	for _, a := range b2.Assets {
		changed := a.Fingerprinted != byName[a.Name].Fingerprinted
		if changed != (a.Name == "main.js") {
			t.Errorf("%s: fingerprint changed %v", a.Name, changed)
		}
	}
	if b2.Index.ETag == b.Index.ETag {
		t.Error("the page's ETag did not change when the name it loads did")
	}

	if _, err := ui.NewBundle(fstest.MapFS{"app.js": {Data: []byte("x")}}); err == nil {
		t.Error("a build without index.html was taken")
	}
}

// TestBuilt checks that the embedded build bundles, and its page loads
// every script and stylesheet by a fingerprinted name.
func TestBuilt(t *testing.T) {
	b, err := ui.Built()
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range regexp.MustCompile(`<(?:script|link)[^>]*(?:src|href)="([^"]+)"`).FindAllStringSubmatch(string(b.Index.Body), -1) {
		found := false
		for _, a := range b.Assets {
			found = found || a.Fingerprinted == m[1]
		}
		if !found {
			t.Errorf("the page loads %s, not a fingerprinted file of the build", m[1])
		}
	}
}

func TestCompressible(t *testing.T) {
	for ctype, want := range map[string]bool{
		"text/html; charset=utf-8": true, "application/json": true, "application/ld+json": true,
		"application/n-quads": true, "application/graphml+xml": true, "image/svg+xml": true,
		"text/javascript; charset=utf-8": true, "text/plain; version=0.0.4": true,
		"image/png": false, "application/gzip": false, "font/woff2": false, "": false,
	} {
		if got := ui.Compressible(ctype); got != want {
			t.Errorf("Compressible(%q) = %v, want %v", ctype, got, want)
		}
	}
}
