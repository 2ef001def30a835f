package api_test

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// fillStore writes n raw quads of about size bytes each, so that an
// export is far larger than what the kernel buffers on a loopback socket.
func fillStore(t *testing.T, ts *testServer, n, size int) {
	t.Helper()
	pad := strings.Repeat("padding ", size/8)
	const batch = 5000
	for i := 0; i < n; i += batch {
		qs := make([]quad.Quad, 0, batch)
		for j := i; j < i+batch && j < n; j++ {
			qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("http://example.org/bulk/%d", j)),
				quad.IRI("http://example.org/note"), quad.String(fmt.Sprintf("%s%d", pad, j)), nil))
		}
		if _, err := ts.store.WriteQuads(context.Background(), qs); err != nil {
			t.Fatal(err)
		}
	}
}

// stallRequest sends a GET and then reads nothing, as a stalled client:
// the server fills the socket's buffers and its next write blocks. It
// returns the connection, which the test closes.
func stallRequest(t *testing.T, ts *testServer, path string) net.Conn {
	t.Helper()
	u, _ := url.Parse(ts.URL)
	conn, err := net.Dial("tcp", u.Host)
	if err != nil {
		t.Fatal(err)
	}
	if tc, ok := conn.(*net.TCPConn); ok {
		tc.SetReadBuffer(4096) // keep what the kernel takes in small
	}
	fmt.Fprintf(conn, "GET %s HTTP/1.1\r\nHost: %s\r\n\r\n", path, u.Host)
	// Read the status line only: the server has its snapshot and streams.
	line, err := bufio.NewReaderSize(conn, 16).ReadString('\n')
	if err != nil || !strings.Contains(line, "200") {
		t.Fatalf("stalled request %s: %q %v", path, line, err)
	}
	return conn
}

// timedWrite posts one quad with the token and returns how long it took.
func timedWrite(t *testing.T, ts *testServer, i int) time.Duration {
	t.Helper()
	start := time.Now()
	r := ts.post("/api/quads", "application/n-quads",
		fmt.Sprintf("<http://example.org/w/%d> <http://example.org/note> \"written while a reader stalls\" .\n", i))
	took := time.Since(start)
	expect(t, r, 200, "")
	return took
}

// TestStalledReaderDoesNotBlockWrites: on bolt, where reads and writes
// exclude each other, a client that stops reading an export or a v2 read
// does not delay a write by more than a second.
func TestStalledReaderDoesNotBlockWrites(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	fillStore(t, ts, 30000, 300) // ~10 MB of N-Quads
	for i, path := range []string{
		"/api/export?format=nquads",
		"/api/export?format=jsonld",
		"/api/v2/read?format=nquads",
		"/api/v2/read?format=json",
	} {
		t.Run(strings.TrimPrefix(path, "/api/"), func(t *testing.T) {
			conn := stallRequest(t, ts, path)
			defer conn.Close()
			time.Sleep(300 * time.Millisecond) // the server's writes now block
			if took := timedWrite(t, ts, i); took > time.Second {
				t.Fatalf("a write took %v while a reader of %s stalled", took, path)
			}
		})
	}
}

// TestStalledReaderDoesNotBlockWritesPostgres: on PostgreSQL, with a pool
// of two connections, stalled readers hold no connection while they
// stall, so a write goes through at once.
func TestStalledReaderDoesNotBlockWritesPostgres(t *testing.T) {
	store, err := graph.Open(context.Background(), storetest.NewPostgresDB(t), graph.Options{PoolSize: 2})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { store.Close() })
	srv, err := api.New(api.Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	ts := &testServer{Server: hs, t: t, api: srv, store: store}
	start := time.Now()
	fillStore(t, ts, 3000, 4000) // ~12 MB of N-Quads
	t.Logf("filled in %v", time.Since(start))
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	for i, path := range []string{"/api/export", "/api/v2/read?format=jsonld"} {
		start := time.Now()
		conns = append(conns, stallRequest(t, ts, path))
		t.Logf("%s: snapshot in %v", path, time.Since(start))
		time.Sleep(300 * time.Millisecond)
		if took := timedWrite(t, ts, i); took > time.Second {
			t.Fatalf("a write took %v while %d readers stalled", took, len(conns))
		}
	}
}

// TestGizmoLoopDoesNotBlockWrites: a Gizmo script that loops holds the
// store's lock only while it reads the store, so writes go on beside it.
func TestGizmoLoopDoesNotBlockWrites(t *testing.T) {
	ts := MustOpenServer(t, api.Config{QueryTimeout: 4 * time.Second})
	var wg sync.WaitGroup
	for _, query := range []string{
		`while(true){}`,
		`g.V().ForEach(function(d){ while(true){} })`,
		`for(;;){ g.V().ToArray() }`,
	} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r := ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(query))
			if r.Status != http.StatusGatewayTimeout {
				t.Errorf("%s: status %d, want 504", query, r.Status)
			}
		}()
	}
	time.Sleep(300 * time.Millisecond)
	for i := 0; i < 3; i++ {
		if took := timedWrite(t, ts, 100+i); took > time.Second {
			t.Errorf("a write took %v while Gizmo loops ran", took)
		}
	}
	wg.Wait()
}

// TestHeavyQueryCap: past the cap of heavy queries running at once, a
// query is refused with 503 at once, not queued.
func TestHeavyQueryCap(t *testing.T) {
	ts := MustOpenServer(t, api.Config{QueryTimeout: 2 * time.Second})
	ts.store.SetQueryBounds(graph.QueryBounds{Concurrent: 1, Wait: 100 * time.Millisecond})
	done := make(chan *response)
	go func() { done <- ts.do("POST", "/api/v1/query/gizmo", strings.NewReader(`while(true){}`)) }()
	time.Sleep(300 * time.Millisecond)
	for _, path := range []string{"/api/v2/query?lang=gizmo&qu=" + q(namesQuery), "/api/v2/read", "/api/export"} {
		start := time.Now()
		r := ts.get(path)
		if r.Status != http.StatusServiceUnavailable {
			t.Errorf("%s while the slot is taken: status %d, want 503: %.200s", path, r.Status, r.Body)
		}
		if took := time.Since(start); took > time.Second {
			t.Errorf("%s: refused after %v", path, took)
		}
	}
	expect(t, <-done, http.StatusGatewayTimeout, "")
	expect(t, ts.get("/api/v2/query?lang=gizmo&qu="+q(namesQuery)), 200, "")
}
