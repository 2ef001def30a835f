package api_test

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// fuzzHandler serves the fixture graph from memstore, in-process: fuzzing
// runs thousands of requests a second, with no sockets. Every answer is
// validated against the served OpenAPI document; one that strays panics,
// which fails the fuzz input that caused it.
func fuzzHandler(f *testing.F) http.Handler {
	store := storetest.OpenMemstore(f)
	for _, x := range []*quads.Extraction{storetest.FixtureOne(), storetest.FixtureTwo()} {
		if _, err := store.WriteExtraction(context.Background(), x); err != nil {
			f.Fatal(err)
		}
	}
	s, err := api.New(api.Config{Token: testToken, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}, store)
	if err != nil {
		f.Fatal(err)
	}
	v, err := newOpenAPIValidator(s.Handler())
	if err != nil {
		f.Fatal(err)
	}
	v.OnProblem = func(p string) { panic("answer does not match the OpenAPI document: " + p) }
	return v.Wrap(s.Handler())
}

// checkAnswer fails on a 500 or an error answer that is not the documented
// {"error": {"code", "message"}} shape.
func checkAnswer(t *testing.T, what string, rec *httptest.ResponseRecorder, allowed ...int) {
	t.Helper()
	if rec.Code >= 500 && rec.Code != http.StatusGatewayTimeout {
		t.Fatalf("%s: status %d: %s", what, rec.Code, rec.Body.String())
	}
	ok := false
	for _, c := range allowed {
		ok = ok || rec.Code == c
	}
	if !ok {
		t.Fatalf("%s: status %d, want one of %v: %.300s", what, rec.Code, allowed, rec.Body.String())
	}
	if rec.Code >= 400 {
		var e struct {
			Error struct{ Code, Message string }
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &e); err != nil || e.Error.Code == "" || e.Error.Message == "" {
			t.Fatalf("%s: status %d without the error shape: %.300s", what, rec.Code, rec.Body.String())
		}
	}
}

// FuzzArticleJSON posts arbitrary JSON article bodies: each is stored, found
// stored already, or refused with a 4xx and the error shape; never a 500.
func FuzzArticleJSON(f *testing.F) {
	h := fuzzHandler(f)
	f.Add(`{"title":"T","date":"2024-01-02","source":"s","text":"Acme University and Lake Museum signed an agreement."}`)
	f.Add(`{"text":""}`)
	f.Add(`{"text":"<img src=x onerror=alert(1)> signed with","date":"2024-13-45"}`)
	f.Add(`{"title":1,"text":["x"]}`)
	f.Add(`{"text":"a"`)
	f.Add(`null`)
	f.Add(`{"text":"\u0000\ud800"}`)
	f.Fuzz(func(t *testing.T, body string) {
		req := httptest.NewRequest("POST", "/api/articles", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+testToken)
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		checkAnswer(t, "POST /api/articles", rec, 200, 201, 400, 413, 415)
	})
}

// FuzzQueryParams sends arbitrary query parameters to the read routes:
// every answer is a documented status, never a 500.
func FuzzQueryParams(f *testing.F) {
	h := fuzzHandler(f)
	f.Add("Acme University", "Bo Li", "3", "6", "leads,signed-with", "Person", "2021-01-01", "")
	f.Add("AU", "River City", "-1", "999", "likes", "Alien", "yesterday", "2020-02-30")
	f.Add("", "", "", "", "", "", "", "")
	f.Add("%", "\x00", "1e9", "0x10", ",,,", ",", "2021-03-04", "2021-03-04")
	f.Fuzz(func(t *testing.T, from, to, k, maxLen, preds, types, since, until string) {
		v := func(pairs ...string) string {
			var b strings.Builder
			for i := 0; i+1 < len(pairs); i += 2 {
				if i > 0 {
					b.WriteByte('&')
				}
				b.WriteString(pairs[i] + "=" + q(pairs[i+1]))
			}
			return b.String()
		}
		for _, u := range []string{
			"/api/paths?" + v("from", from, "to", to, "k", k, "max_len", maxLen, "predicates", preds, "types", types, "since", since, "until", until),
			"/api/search?" + v("q", from, "type", types, "limit", k),
			"/api/entities/" + p(from) + "/neighbors?" + v("depth", k, "limit", maxLen, "predicates", preds, "since", since, "until", until),
			"/api/entities/" + p(to),
			"/api/edges/" + p(from),
		} {
			req := httptest.NewRequest("GET", u, nil)
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			checkAnswer(t, u, rec, 200, 400, 404)
		}
	})
}
