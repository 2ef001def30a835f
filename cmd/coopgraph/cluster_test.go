package main

import (
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph/storetest"
)

// TestTwoServersOnePostgres runs two `coopgraph serve` processes on one
// PostgreSQL database: a write through one is found by a path query on the
// other within a second; a write made while the second is down is there
// when it comes back.
func TestTwoServersOnePostgres(t *testing.T) {
	dsn := storetest.NewPostgresDB(t)
	a := startServe(t, "--db", dsn)
	b := startServe(t, "--db", dsn)

	post := func(s *server, text string) {
		t.Helper()
		if code := s.do("POST", "/api/articles", "text/plain", strings.NewReader(text), true, nil); code != 201 {
			t.Fatalf("post article: %d, want 201", code)
		}
	}
	waitPath := func(s *server, from, to string, within time.Duration) time.Duration {
		t.Helper()
		start := time.Now()
		q := "/api/paths?from=" + url.QueryEscape(from) + "&to=" + url.QueryEscape(to)
		for {
			var ps struct{ Paths []struct{ Edges []edgeJSON } }
			if code := s.do("GET", q, "", nil, false, &ps); code == 200 && len(ps.Paths) > 0 {
				return time.Since(start)
			}
			if time.Since(start) > within {
				t.Fatalf("no path from %s to %s on the other server within %v", from, to, within)
			}
			time.Sleep(10 * time.Millisecond)
		}
	}

	post(a, "Northfield University Signs with Harbour Museum\nDate: 2024-03-01\n"+
		"Northfield University and Harbour Museum signed a strategic cooperation agreement on March 1.\n")
	took := waitPath(b, "Northfield University", "Harbour Museum", time.Second)
	t.Logf("the second server found the first's write after %v", took)

	b.stop()
	post(a, "Harbour Museum Signs with Lakeside Library\nDate: 2024-04-02\n"+
		"Harbour Museum and Lakeside Library signed a cooperation agreement on April 2.\n")
	c := startServe(t, "--db", dsn)
	waitPath(c, "Northfield University", "Lakeside Library", 0)
}
