package api_test

import (
	"context"
	"io"
	"log/slog"
	"net"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

type healthJSON struct {
	Status, Backend, Dependency, Error string
}

func TestHealthzOnBolt(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	for _, path := range []string{"/healthz", "/livez"} {
		r := ts.get(path)
		var h healthJSON
		r.JSON(t, &h)
		if r.Status != 200 || h.Status != "ok" || h.Backend != "bolt" {
			t.Fatalf("%s on bolt: %d %+v", path, r.Status, h)
		}
	}
}

// serveStore serves a store opened on dsn, as a test server.
func serveStore(t *testing.T, dsn string) *testServer {
	t.Helper()
	store, err := graph.Open(context.Background(), dsn, graph.Options{Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() { store.Close() })
	s, err := api.New(api.Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s.Handler())
	t.Cleanup(ts.Close)
	return &testServer{Server: ts, t: t, api: s, store: store}
}

// health asks for /healthz and returns the answer and how long it took.
func (ts *testServer) health() (int, healthJSON, time.Duration) {
	start := time.Now()
	r := ts.get("/healthz")
	took := time.Since(start)
	var h healthJSON
	r.JSON(ts.t, &h)
	return r.Status, h, took
}

// waitHealthy polls /healthz until it answers 200, for up to 15 s.
func (ts *testServer) waitHealthy(what string) {
	ts.t.Helper()
	deadline := time.Now().Add(15 * time.Second)
	for {
		code, h, _ := ts.health()
		if code == 200 && h.Status == "ok" {
			return
		}
		if time.Now().After(deadline) {
			ts.t.Fatalf("%s: healthz still %d %+v after 15s", what, code, h)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// expectDegraded checks that /healthz answers 503 naming the database,
// within the probe's bound, and that /livez still answers 200.
func (ts *testServer) expectDegraded(what string) {
	ts.t.Helper()
	code, h, took := ts.health()
	ts.t.Logf("%s: healthz %d in %v: %+v", what, code, took.Round(time.Millisecond), h)
	if code != 503 || h.Status != "degraded" || h.Dependency != "database" || h.Error == "" {
		ts.t.Fatalf("%s: healthz %d %+v, want 503 degraded naming the database", what, code, h)
	}
	if took > graph.PingTimeout+500*time.Millisecond {
		ts.t.Fatalf("%s: healthz took %v, past its %v bound", what, took, graph.PingTimeout)
	}
	if r := ts.get("/livez"); r.Status != 200 {
		ts.t.Fatalf("%s: livez %d while the database is down", what, r.Status)
	}
}

// TestHealthzDegradedWhilePostgresIsStopped runs a server on a PostgreSQL
// cluster of its own, stops the cluster (pg_ctl stop) and starts it again.
func TestHealthzDegradedWhilePostgresIsStopped(t *testing.T) {
	if os.Getenv(storetest.PostgresEnv) == "" {
		storetest.Require(t, "PostgreSQL", "set "+storetest.PostgresEnv+" (this test also starts a cluster of its own with .ci/pg-start)")
	}
	// Not t.TempDir(): the cluster runs as the postgres user, who must be
	// able to reach its directory.
	base, err := os.MkdirTemp("", "coopgraph-health-pg-")
	if err != nil {
		t.Fatal(err)
	}
	os.Chmod(base, 0o755)
	t.Cleanup(func() { os.RemoveAll(base) })
	dir := filepath.Join(base, "pg")
	port := freePort(t)
	dsn := pgStart(t, dir, port)
	t.Cleanup(func() { exec.Command("../.ci/pg-stop", dir).Run() })
	ts := serveStore(t, dsn)
	ts.waitHealthy("cluster up")

	if out, err := exec.Command("../.ci/pg-stop", dir).CombinedOutput(); err != nil {
		t.Fatalf("pg-stop: %v\n%s", err, out)
	}
	ts.expectDegraded("cluster stopped")

	if again := pgStart(t, dir, port); again != dsn {
		t.Fatalf("the cluster came back at %s, not %s", again, dsn)
	}
	ts.waitHealthy("cluster started again")
}

// TestHealthzAnswersInTimeWhenPostgresHangs puts a proxy between the
// server and PostgreSQL that stops answering (connections accepted, never
// served): /healthz must still answer degraded within its bound.
func TestHealthzAnswersInTimeWhenPostgresHangs(t *testing.T) {
	dsn := storetest.NewPostgresDB(t)
	u, err := url.Parse(dsn)
	if err != nil {
		t.Fatal(err)
	}
	p := startProxy(t, u.Host)
	u.Host = p.addr
	ts := serveStore(t, u.String())
	ts.waitHealthy("through the proxy")

	p.hang()
	ts.expectDegraded("database hangs")
	ts.expectDegraded("database still hangs") // probes do not pile up into a longer wait

	p.resume()
	ts.waitHealthy("database answers again")
}

func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

var pgDSNLine = regexp.MustCompile(`COOPGRAPH_TEST_POSTGRES='([^']+)'`)

// pgStart starts (or restarts) the throwaway cluster in dir, as CI does.
func pgStart(t *testing.T, dir string, port int) string {
	t.Helper()
	out, err := exec.Command("../.ci/pg-start", dir, strconv.Itoa(port)).Output()
	m := pgDSNLine.FindSubmatch(out)
	if err != nil || m == nil {
		storetest.Require(t, "a PostgreSQL cluster of the test's own", "../.ci/pg-start failed: "+errText(err)+": "+string(out))
	}
	return string(m[1])
}

func errText(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return ee.Error() + ": " + string(ee.Stderr)
	}
	if err != nil {
		return err.Error()
	}
	return "no DSN printed"
}

// proxy forwards TCP to a backend until hang, after which it drops every
// connection it holds and accepts new ones without ever answering.
type proxy struct {
	addr   string
	target string
	mu     sync.Mutex
	hung   bool
	conns  []net.Conn
}

func startProxy(t *testing.T, target string) *proxy {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &proxy{addr: l.Addr().String(), target: target}
	t.Cleanup(func() {
		l.Close()
		p.dropAll()
	})
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			p.mu.Lock()
			p.conns = append(p.conns, c)
			hung := p.hung
			p.mu.Unlock()
			if hung {
				continue // held open, never read or answered
			}
			go p.forward(c)
		}
	}()
	return p
}

func (p *proxy) forward(c net.Conn) {
	b, err := net.Dial("tcp", p.target)
	if err != nil {
		c.Close()
		return
	}
	p.mu.Lock()
	p.conns = append(p.conns, b)
	p.mu.Unlock()
	go func() { io.Copy(b, c); b.Close() }()
	io.Copy(c, b)
	c.Close()
}

func (p *proxy) dropAll() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, c := range p.conns {
		c.Close()
	}
	p.conns = nil
}

func (p *proxy) hang() {
	p.dropAll()
	p.mu.Lock()
	p.hung = true
	p.mu.Unlock()
}

func (p *proxy) resume() {
	p.mu.Lock()
	p.hung = false
	p.mu.Unlock()
	p.dropAll() // the silent connections fail, and the pool dials anew
}
