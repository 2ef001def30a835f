package api_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/getkin/kin-openapi/openapi3"
	"github.com/getkin/kin-openapi/openapi3filter"
	"github.com/getkin/kin-openapi/routers"
	"github.com/getkin/kin-openapi/routers/legacy"

	"github.com/coopgraph/coopgraph/api"
)

func init() {
	// Bodies the document describes as strings, in media types
	// openapi3filter has no decoder of its own for.
	for _, mt := range []string{"application/n-quads", "application/graphml+xml"} {
		openapi3filter.RegisterBodyDecoder(mt, openapi3filter.PlainBodyDecoder)
	}

}

// maxValidatedBody is the most of one body the validator keeps; a longer
// one (a big export) has its status, headers and content type checked.
const maxValidatedBody = 32 << 20

// openAPIValidator checks every answer of a handler against the OpenAPI
// document the handler itself serves (kin-openapi's openapi3filter): the
// status must be one the operation documents, the content type one it
// documents for that status, the body must match its schema, and the
// headers it marks required must be there. A request the document has no
// operation for must get 404 or 405 (with Allow), in the error shape.
// A request answered 2xx must be one the document allows (parameters and
// body); other requests are not held to it, since tests send bad ones on
// purpose, and their answers (400, 415, …) are checked like any other.
type openAPIValidator struct {
	doc    *openapi3.T
	router routers.Router
	// OnProblem, when set, is called with each problem as it is found, in
	// the handler's goroutine (fuzzing panics there, so the input that
	// caused it is kept); otherwise problems are kept for Problems.
	OnProblem func(string)

	mu       sync.Mutex
	problems []string
}

// newOpenAPIValidator reads h's document from GET /api/openapi.json and
// checks that it is a valid OpenAPI 3 document.
func newOpenAPIValidator(h http.Handler) (*openAPIValidator, error) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/openapi.json", nil))
	if rec.Code != http.StatusOK {
		return nil, fmt.Errorf("GET /api/openapi.json: %d", rec.Code)
	}
	loader := openapi3.NewLoader()
	doc, err := loader.LoadFromData(rec.Body.Bytes())
	if err != nil {
		return nil, fmt.Errorf("load the served OpenAPI document: %w", err)
	}
	if err := doc.Validate(context.Background()); err != nil {
		return nil, fmt.Errorf("the served OpenAPI document is not valid: %w", err)
	}
	router, err := legacy.NewRouter(doc)
	if err != nil {
		return nil, fmt.Errorf("route the served OpenAPI document: %w", err)
	}
	return &openAPIValidator{doc: doc, router: router}, nil
}

// Wrap returns h with every answer validated.
func (v *openAPIValidator) Wrap(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// What the request was, before the handler reads or reroutes it.
		var body []byte
		if r.Body != nil {
			body, _ = io.ReadAll(io.LimitReader(r.Body, maxValidatedBody))
			r.Body = io.NopCloser(io.MultiReader(bytes.NewReader(body), r.Body))
		}
		req := r.Clone(r.Context())
		req.Body = io.NopCloser(bytes.NewReader(body))
		tee := &teeWriter{ResponseWriter: w}
		h.ServeHTTP(tee, r)
		if p := v.check(req, tee); p != "" {
			p = fmt.Sprintf("%s %s → %d: %s", req.Method, req.URL.RequestURI(), tee.status(), p)
			if v.OnProblem != nil {
				v.OnProblem(p)
				return
			}
			v.mu.Lock()
			v.problems = append(v.problems, p)
			v.mu.Unlock()
		}
	})
}

// Problems returns every answer so far that did not match the document.
func (v *openAPIValidator) Problems() []string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append([]string(nil), v.problems...)
}

// check returns what is wrong with an answer, or "".
func (v *openAPIValidator) check(req *http.Request, res *teeWriter) string {
	status := res.status()
	body, err := res.decoded()
	if err != nil {
		return err.Error()
	}
	// Routed on the path as sent, as Echo routes it: an escaped slash in
	// a parameter (/api/entities/a%2Fb) stays in its segment.
	routed := *req
	u := *req.URL
	u.Path, u.RawPath = req.URL.EscapedPath(), ""
	routed.URL = &u
	route, params, err := v.router.FindRoute(&routed)
	if err != nil {
		return v.checkUnrouted(req, res, status, body)
	}
	input := &openapi3filter.ResponseValidationInput{
		RequestValidationInput: &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route},
		Status:                 status,
		Header:                 res.Header(),
		Options:                &openapi3filter.Options{IncludeResponseStatus: true, MultiError: true},
	}
	if res.over {
		input.Options.ExcludeResponseBody = true
	}
	input.SetBodyBytes(body)
	// A request the server took must be one the document allows: its
	// parameters and body within what the document says.
	if status >= 200 && status < 300 {
		in := &openapi3filter.RequestValidationInput{Request: req, PathParams: params, Route: route,
			Options: &openapi3filter.Options{AuthenticationFunc: openapi3filter.NoopAuthenticationFunc,
				SkipSettingDefaults: true, MultiError: true}}
		if rb := route.Operation.RequestBody; rb != nil && req.Header.Get("Content-Type") == "" {
			// A body with no Content-Type (as Cayley's clients send
			// queries) has no decoder: the document must take it as */*.
			if rb.Value.Content.Get("") == nil {
				return "the server took a body with no Content-Type, which the document does not allow"
			}
			in.Options.ExcludeRequestBody = true
		}
		if err := openapi3filter.ValidateRequest(req.Context(), in); err != nil {
			return "the server took a request the document refuses: " + err.Error()
		}
	}
	if req.Method == http.MethodHead {
		// ValidateResponse passes every HEAD: hold it to its status at least.
		if route.Operation.Responses.Status(status) == nil {
			return "status not documented"
		}
		return ""
	}
	if err := openapi3filter.ValidateResponse(req.Context(), input); err != nil {
		return err.Error()
	}
	return ""
}

// checkUnrouted checks the answer to a request the document has no
// operation for: 404, or 405 naming the allowed methods, in the API's
// error shape (Cayley's under /api/v1 and /api/v2); an OPTIONS preflight
// may answer 204.
func (v *openAPIValidator) checkUnrouted(req *http.Request, res *teeWriter, status int, body []byte) string {
	if req.Method == http.MethodOptions && status == http.StatusNoContent {
		return ""
	}
	switch status {
	case http.StatusNotFound:
	case http.StatusMethodNotAllowed:
		if res.Header().Get("Allow") == "" {
			return "405 without Allow"
		}
	case http.StatusTooManyRequests, http.StatusRequestEntityTooLarge:
		// The rate and body limits answer before routing matters.
	default:
		return "no documented operation, yet not 404 or 405"
	}
	if req.Method == http.MethodHead {
		return ""
	}
	schema := "Error"
	if strings.HasPrefix(req.URL.Path, "/api/v1/") || strings.HasPrefix(req.URL.Path, "/api/v2/") {
		schema = "CayleyError"
	}
	if ct := res.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return fmt.Sprintf("error answer of type %q, not JSON", ct)
	}
	var value any
	if err := json.Unmarshal(body, &value); err != nil {
		return fmt.Sprintf("error answer is not JSON: %v", err)
	}
	if err := v.doc.Components.Schemas[schema].Value.VisitJSON(value); err != nil {
		return fmt.Sprintf("error answer does not match %s: %v", schema, err)
	}
	return ""
}

// teeWriter passes an answer through and keeps a copy of it (up to
// maxValidatedBody), flushes included, so streaming still streams.
type teeWriter struct {
	http.ResponseWriter
	code int
	body bytes.Buffer
	over bool
}

func (w *teeWriter) WriteHeader(code int) {
	if w.code == 0 {
		w.code = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *teeWriter) Write(p []byte) (int, error) {
	if w.code == 0 {
		w.code = http.StatusOK
	}
	if !w.over && w.body.Len()+len(p) <= maxValidatedBody {
		w.body.Write(p)
	} else {
		w.over = true
	}
	return w.ResponseWriter.Write(p)
}

func (w *teeWriter) Flush() { http.NewResponseController(w.ResponseWriter).Flush() }

func (w *teeWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

func (w *teeWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

// decoded returns the body as the client reads it: gunzipped when the
// server gzipped it.
func (w *teeWriter) decoded() ([]byte, error) {
	if w.over || w.Header().Get("Content-Encoding") != "gzip" || w.body.Len() == 0 {
		return w.body.Bytes(), nil
	}
	zr, err := gzip.NewReader(bytes.NewReader(w.body.Bytes()))
	if err != nil {
		return nil, fmt.Errorf("Content-Encoding gzip, but the body is not gzip: %w", err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		return nil, fmt.Errorf("a broken gzip body: %w", err)
	}
	return b, nil
}

// TestOpenAPIValidatorFails checks that the validator catches answers that
// drift from the document: a wrong body, an undocumented status, a wrong
// content type, an unknown route answered 200.
func TestOpenAPIValidatorFails(t *testing.T) {
	ts := MustOpenServer(t, api.Config{})
	v, err := newOpenAPIValidator(ts.api.Handler())
	if err != nil {
		t.Fatal(err)
	}
	drift := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/api/search": // entities must be an array
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{"entities": "none"}`)
		case "/api/articles": // 418 is not documented
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTeapot)
			io.WriteString(w, `{"error": {"code": "x", "message": "y"}}`)
		case "/healthz": // not JSON
			w.Header().Set("Content-Type", "text/html")
			io.WriteString(w, `<p>ok</p>`)
		default: // an unknown path answered 200
			w.Header().Set("Content-Type", "application/json")
			io.WriteString(w, `{}`)
		}
	})
	srv := httptest.NewServer(v.Wrap(drift))
	defer srv.Close()
	for _, path := range []string{"/api/search?q=x", "/api/articles", "/healthz", "/no/such/route"} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
	}
	got := v.Problems()
	if len(got) != 4 {
		t.Fatalf("the validator found %d problems in 4 drifting answers: %q", len(got), got)
	}
	for i, want := range []string{"/api/search", "/api/articles", "/healthz", "/no/such/route"} {
		if !strings.Contains(got[i], want) {
			t.Errorf("problem %d is %q, want one about %s", i, got[i], want)
		}
	}
}
