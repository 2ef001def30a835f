package api_test

import (
	"context"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptrace"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// TestShutdownFinishesInFlight starts a server on ":0", sends a request
// that takes half a second, shuts down while it runs, and checks that the
// request is answered and the server then refuses connections.
func TestShutdownFinishesInFlight(t *testing.T) {
	store := storetest.OpenBolt(t)
	s, err := api.New(api.Config{Addr: "127.0.0.1:0", Token: testToken,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Open(); err != nil {
		t.Fatal(err)
	}
	url := s.URL()
	if !strings.HasPrefix(url, "http://127.0.0.1:") || strings.HasSuffix(url, ":0") {
		t.Fatalf("URL %q", url)
	}
	type result struct {
		status int
		err    error
	}
	done := make(chan result, 1)
	written := make(chan struct{})
	go func() {
		// The query runs 2 s, so that on a loaded machine it is still
		// running when Shutdown starts: Shutdown must wait for it.
		slow := `var t = new Date().getTime(); while (new Date().getTime() - t < 2000) {} ; g.Emit("done")`
		trace := &httptrace.ClientTrace{WroteRequest: func(httptrace.WroteRequestInfo) { close(written) }}
		req, err := http.NewRequestWithContext(httptrace.WithClientTrace(context.Background(), trace),
			http.MethodPost, url+"/api/v1/query/gizmo", strings.NewReader(slow))
		if err != nil {
			done <- result{err: err}
			return
		}
		req.Header.Set("Content-Type", "text/plain")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- result{err: err}
			return
		}
		io.Copy(io.Discard, res.Body)
		res.Body.Close()
		done <- result{status: res.StatusCode}
	}()
	// The request is in flight once it is written and the server has had
	// a moment to accept and read it (a fixed 150 ms sleep from the start
	// was too short at load 11: the listener closed before the accept).
	<-written
	time.Sleep(300 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.Shutdown(ctx); err != nil {
		t.Fatal(err)
	}
	select {
	case r := <-done:
		if r.err != nil || r.status != 200 {
			t.Fatalf("the request in flight: status %d, err %v", r.status, r.err)
		}
	default:
		t.Fatal("Shutdown returned before the request in flight was answered")
	}
	if _, err := http.Get(url + "/healthz"); err == nil {
		t.Fatal("the server still answers after Shutdown")
	}
}

// TestStart checks that Start serves until Shutdown and then returns nil.
func TestStart(t *testing.T) {
	store := storetest.OpenBolt(t)
	s, err := api.New(api.Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		t.Fatal(err)
	}
	errc := make(chan error, 1)
	go func() { errc <- s.Start("127.0.0.1:0") }()
	deadline := time.Now().Add(5 * time.Second)
	for s.URL() == "" && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	res, err := http.Get(s.URL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if err := s.Shutdown(context.Background()); err != nil {
		t.Fatal(err)
	}
	if err := <-errc; err != nil {
		t.Fatalf("Start returned %v after Shutdown", err)
	}
}
