package graph

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"

	cgraph "github.com/cayleygraph/cayley/graph"
	cayleyhttp "github.com/cayleygraph/cayley/server/http"
	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// CayleyV2Options configure Cayley's v2 HTTP API as a Store serves it.
type CayleyV2Options struct {
	// AuthorizeWrite reports whether a request may write: it checks the
	// caller's credentials. Nil refuses every write, so the handler never
	// accepts anonymous writes by omission.
	AuthorizeWrite func(*http.Request) bool
}

// CayleyV2Handler returns Cayley's own v2 HTTP API over the store, for
// Cayley's clients, with these routes:
//
//	GET|POST /api/v2/read          Cayley's ServeRead: quads matching sub, pred, obj, label, in any format Cayley writes
//	GET      /api/v2/formats       Cayley's ServeFormats
//	POST     /api/v2/write         quads in any format Cayley reads (by Content-Type, N-Quads by default)
//	POST     /api/v2/delete        refused: 403, coopgraph is append-only
//	POST     /api/v2/node/delete   refused: 403, coopgraph is append-only
//
// /api/v2/query is not served here: the API serves it over Query, with the
// server's time and result limits.
//
// Writes go through a Cayley QuadWriter whose AddQuadSet is WriteQuads, so
// the store's index follows every write, and are applied as one
// transaction: a malformed body answers 400 and writes nothing (Cayley
// itself writes the batches before the bad one and answers 500). Answers
// have Cayley's shapes: {"result": "Successfully wrote N quads.", "count": N}
// and {"error": "..."}.
func (s *Store) CayleyV2Handler(opts CayleyV2Options) http.Handler {
	qw := &storeWriter{s: s}
	api := cayleyhttp.NewAPIv2(&cgraph.Handle{QuadStore: s.qs, QuadWriter: qw})
	mux := http.NewServeMux()
	read := func(w http.ResponseWriter, r *http.Request) {
		defer s.readLock()() // see Query: Cayley's reads nest transactions
		api.ServeRead(w, r)
	}
	mux.HandleFunc("GET /api/v2/read", read)
	mux.HandleFunc("POST /api/v2/read", read)
	mux.HandleFunc("GET /api/v2/formats", api.ServeFormats)
	authorize := opts.AuthorizeWrite
	if authorize == nil {
		authorize = func(*http.Request) bool { return false }
	}
	guard := func(h http.HandlerFunc) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if !authorize(r) {
				cayleyError(w, http.StatusUnauthorized, "writes need Authorization: Bearer TOKEN")
				return
			}
			h(w, r)
		}
	}
	mux.HandleFunc("POST /api/v2/write", guard(func(w http.ResponseWriter, r *http.Request) { serveV2Write(w, r, qw) }))
	refuse := func(w http.ResponseWriter, r *http.Request) {
		cayleyError(w, http.StatusForbidden, ErrAppendOnly.Message)
	}
	mux.HandleFunc("POST /api/v2/delete", guard(refuse))
	mux.HandleFunc("POST /api/v2/node/delete", guard(refuse))
	return mux
}

// ErrAppendOnly is what every attempt to remove quads through Cayley's API
// gets: coopgraph's graph only grows, so that every edge keeps its evidence
// and the path index never has to forget.
var ErrAppendOnly = quads.Errorf(quads.ECONFLICT,
	"coopgraph is append-only: quads and nodes cannot be deleted (database is read-only for deletes)")

// serveV2Write is Cayley's ServeWrite (server/http/api_v2.go) with one
// difference: the whole body is read and parsed before anything is written,
// and written as one transaction.
func serveV2Write(w http.ResponseWriter, r *http.Request, qw cgraph.QuadWriter) {
	defer r.Body.Close()
	format := quad.FormatByName("nquads")
	if specs := cayleyhttp.ParseAccept(r.Header, "Content-Type"); len(specs) != 0 {
		format = quad.FormatByMime(specs[0].Value)
	}
	if format == nil || format.Reader == nil {
		cayleyError(w, http.StatusBadRequest, "format is not supported for reading data")
		return
	}
	var body io.Reader = r.Body
	if specs := cayleyhttp.ParseAccept(r.Header, "Content-Encoding"); len(specs) != 0 && specs[0].Value == "gzip" {
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			cayleyError(w, http.StatusBadRequest, err.Error())
			return
		}
		defer zr.Close()
		body = zr
	}
	qr := format.Reader(body)
	defer qr.Close()
	all, err := quad.ReadAll(qr)
	if err != nil {
		cayleyError(w, http.StatusBadRequest, fmt.Sprintf("malformed %s: %s", format.Name, clipN(err.Error(), 300)))
		return
	}
	for i, q := range all {
		if err := quads.ValidateQuad(q); err != nil {
			cayleyError(w, http.StatusBadRequest, fmt.Sprintf("quad %d: %s", i+1, quads.ErrorMessage(err)))
			return
		}
	}
	if err := qw.AddQuadSet(all); err != nil {
		code := http.StatusInternalServerError
		msg := "Internal error."
		if quads.ErrorCode(err) != quads.EINTERNAL {
			code, msg = http.StatusBadRequest, quads.ErrorMessage(err)
		}
		cayleyError(w, code, msg)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, `{"result": "Successfully wrote %d quads.", "count": %d}`+"\n", len(all), len(all))
}

// cayleyError answers as Cayley's API does: {"error": "message"}.
func cayleyError(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	json.NewEncoder(w).Encode(map[string]string{"error": msg})
}

// storeWriter is a Cayley QuadWriter over a Store: additions go through
// WriteQuads, so the index stays in step with the quad store; removals are
// refused with ErrAppendOnly.
type storeWriter struct{ s *Store }

var _ cgraph.QuadWriter = (*storeWriter)(nil)

// AddQuad writes one quad.
func (w *storeWriter) AddQuad(q quad.Quad) error { return w.AddQuadSet([]quad.Quad{q}) }

// AddQuadSet writes quads as one transaction.
func (w *storeWriter) AddQuadSet(qs []quad.Quad) error {
	_, err := w.s.WriteQuads(context.Background(), qs)
	return err
}

// RemoveQuad refuses: the store is append-only.
func (w *storeWriter) RemoveQuad(quad.Quad) error { return ErrAppendOnly }

// RemoveNode refuses: the store is append-only.
func (w *storeWriter) RemoveNode(quad.Value) error { return ErrAppendOnly }

// ApplyTransaction writes a transaction of additions; one removal refuses
// the whole transaction.
func (w *storeWriter) ApplyTransaction(tx *cgraph.Transaction) error {
	qs := make([]quad.Quad, 0, len(tx.Deltas))
	for _, d := range tx.Deltas {
		if d.Action != cgraph.Add {
			return ErrAppendOnly
		}
		qs = append(qs, d.Quad)
	}
	return w.AddQuadSet(qs)
}

// Close does nothing: the Store owns the quad store.
func (w *storeWriter) Close() error { return nil }
