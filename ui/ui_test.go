package ui_test

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/ui"
)

// TestFS checks that the embedded build is whole and keeps to the rules
// the server's Content-Security-Policy and the "no other host" rule need.
func TestFS(t *testing.T) {
	fsys := ui.FS()
	for _, name := range []string{"index.html", "app.js", "app.css", "favicon.svg"} {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			t.Fatalf("ReadFile(%q): %v", name, err)
		}
		if len(b) == 0 {
			t.Errorf("%s is empty", name)
		}
	}
	html, _ := fs.ReadFile(fsys, "index.html")
	page := string(html)
	if regexp.MustCompile(`<script(?:\s[^>]*)?>\s*[^<\s]`).MatchString(page) {
		t.Error("index.html has an inline script; the CSP allows only script-src 'self'")
	}
	if regexp.MustCompile(`\sstyle\s*=|<style`).MatchString(page) {
		t.Error("index.html has inline style; the CSP allows only style-src 'self'")
	}
	if regexp.MustCompile(`(?:src|href)\s*=\s*"(?:https?:)?//`).MatchString(page) {
		t.Error("index.html loads something from another host")
	}
	if !strings.Contains(page, `src="/app.js"`) || !strings.Contains(page, `href="/app.css"`) {
		t.Error("index.html does not load /app.js and /app.css")
	}
	js, _ := fs.ReadFile(fsys, "app.js")
	for _, bad := range []string{"sourceMappingURL", "/work/", "/home/", "/root/"} {
		if strings.Contains(string(js), bad) {
			t.Errorf("app.js holds %q: the build leaks a source map or a build path", bad)
		}
	}
}
