package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

const testToken = "test-token-0123456789"

// testServer is a server over a real bolt store in t.TempDir() holding the
// storetest fixture graph.
type testServer struct {
	*httptest.Server
	t     *testing.T
	api   *api.Server
	store *graph.Store
}

// MustOpenServer serves the fixture graph; cfg's zero fields take the
// defaults, except Token (testToken) and Logger (discarded). Every answer
// it gives is checked against the OpenAPI document it serves
// (openAPIValidator), and the test fails on any that does not match.
func MustOpenServer(t *testing.T, cfg api.Config) *testServer {
	t.Helper()
	store := storetest.OpenBolt(t)
	ctx := context.Background()
	for _, x := range []*quads.Extraction{storetest.FixtureOne(), storetest.FixtureTwo()} {
		if _, err := store.WriteExtraction(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	if cfg.Token == "" {
		cfg.Token = testToken
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	s, err := api.New(cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	// Every answer is validated against the served OpenAPI document; the
	// test fails, after the server has closed, on any that does not match.
	v, err := newOpenAPIValidator(s.Handler())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		for _, p := range v.Problems() {
			t.Errorf("answer does not match the OpenAPI document: %s", p)
		}
	})
	ts := httptest.NewServer(v.Wrap(s.Handler()))
	t.Cleanup(ts.Close)
	return &testServer{Server: ts, t: t, api: s, store: store}
}

// response is an answer, read whole.
type response struct {
	Status int
	Header http.Header
	Body   []byte
}

// JSON decodes the body into v, failing the test when it is not JSON.
func (r *response) JSON(t *testing.T, v any) {
	t.Helper()
	if err := json.Unmarshal(r.Body, v); err != nil {
		t.Fatalf("body is not the JSON expected (%v): %s", err, r.Body)
	}
}

// ErrorCode returns the code of an {"error": {"code", "message"}} body.
func (r *response) ErrorCode(t *testing.T) string {
	t.Helper()
	var e struct {
		Error struct{ Code, Message string }
	}
	r.JSON(t, &e)
	if e.Error.Message == "" {
		t.Errorf("error answer without a message: %s", r.Body)
	}
	return e.Error.Code
}

// do sends a request; header is alternating names and values.
func (ts *testServer) do(method, path string, body io.Reader, header ...string) *response {
	ts.t.Helper()
	req, err := http.NewRequest(method, ts.URL+path, body)
	if err != nil {
		ts.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	res, err := ts.Client().Do(req)
	if err != nil {
		ts.t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		ts.t.Fatal(err)
	}
	return &response{Status: res.StatusCode, Header: res.Header, Body: b}
}

func (ts *testServer) get(path string) *response { return ts.do("GET", path, nil) }

// post sends body with the test token.
func (ts *testServer) post(path, contentType, body string) *response {
	return ts.do("POST", path, strings.NewReader(body), "Content-Type", contentType, "Authorization", "Bearer "+testToken)
}

// expect fails the test unless r has the status, and for error statuses the
// code, given.
func expect(t *testing.T, r *response, status int, code string) {
	t.Helper()
	if r.Status != status {
		t.Fatalf("status %d, want %d: %s", r.Status, status, r.Body)
	}
	if code != "" {
		if got := r.ErrorCode(t); got != code {
			t.Fatalf("error code %q, want %q: %s", got, code, r.Body)
		}
	}
}

func q(s string) string { return url.QueryEscape(s) }

func p(s string) string { return url.PathEscape(s) }

var _ = bytes.NewReader
