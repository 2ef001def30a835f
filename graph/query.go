package graph

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"

	"github.com/coopgraph/coopgraph/graph/gizmo"
	"github.com/coopgraph/coopgraph/quads"
)

// QueryLanguages lists Cayley's own query languages that Query runs.
var QueryLanguages = []string{"gizmo", "graphql", "mql"}

// DefaultQueryLimit is the number of results a Cayley query returns when
// its caller names no limit, as in Cayley's own HTTP API.
const DefaultQueryLimit = 100

// maxResultDepth bounds the nesting of one result.
const maxResultDepth = gizmo.DefaultMaxDepth

// Query runs a query in one of Cayley's own languages (QueryLanguages) over
// the store and returns its results collated as Cayley's HTTP API collates
// them: JSON-ready values, nil when the query yields nothing.
//
// At most limit results are returned (DefaultQueryLimit when limit <= 0),
// and any array inside a result is cut to limit elements too, so that
// g.emit(g.V().toArray()) cannot answer with the whole graph.
//
// Every query runs in the sandbox (sandbox.go): it waits a moment at most
// for one of the few slots (EUNAVAILABLE past it), its answer has at most
// QueryBounds.AnswerBytes (ETOOLARGE), and it is stopped with ETOOLARGE
// when the heap grows past the bound while it runs. When ctx ends the query
// is stopped, not merely abandoned: Gizmo's JavaScript VM is interrupted
// wherever it is and every iterator is cancelled; Query then returns
// ETIMEOUT.
//
// Gizmo runs in coopgraph's copy of Cayley's (graph/gizmo), which exports
// the script's values with a bounded walk: a cyclic or too deeply nested
// value answers EINVALID instead of overflowing the stack, and the store's
// read lock is held only while the store is read, never while the script's
// own code runs.
//
// It returns EINVALID for an unknown language, an empty query, or a query
// the language rejects (a syntax error, a bad argument), as Cayley answers
// 400 to those. None of the three languages can write in Cayley v0.7.7.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) (_ []any, err error) {
	if !isLanguage(lang) {
		return nil, quads.Errorf(quads.EINVALID, "unknown query language %q (want one of %s)",
			clip(lang), strings.Join(QueryLanguages, ", "))
	}
	if strings.TrimSpace(text) == "" {
		return nil, quads.Errorf(quads.EINVALID, "%s: empty query", lang)
	}
	if limit <= 0 {
		limit = DefaultQueryLimit
	}
	if ctx.Err() != nil {
		return nil, queryTimeout(lang)
	}
	box := s.box()
	qctx, release, err := box.admit(ctx, lang+" query")
	if err != nil {
		return nil, err
	}
	defer func() {
		release()
		if quads.ErrorCode(err) == quads.ETOOLARGE {
			// A query refused for its size may have built a large value
			// before it was stopped: give the memory back now.
			debug.FreeOSMemory()
		}
	}()
	var it query.Iterator
	if lang == "gizmo" {
		ses := gizmo.NewSession(s.qs, gizmo.Limits{
			MaxAnswerBytes: box.b.AnswerBytes, MaxArray: limit, ReadLock: s.readLock})
		it, err = ses.Execute(qctx, text, query.Options{Collation: query.JSON, Limit: limit})
	} else {
		// GraphQL and MQL are Go: they read the store throughout, under
		// the read lock (Cayley's iterators nest read transactions, which
		// a concurrent bolt write would deadlock), and stop with qctx.
		defer s.readLock()()
		it, err = query.GetLanguage(lang).Session(s.qs).Execute(qctx, text, query.Options{Collation: query.JSON, Limit: limit})
	}
	if err != nil {
		return nil, queryError(qctx, lang, err)
	}
	budget := box.b.AnswerBytes
	var out []any
	for len(out) < limit && it.Next(qctx) {
		v, err := boundResult(it.Result(), limit, maxResultDepth, &budget)
		if err != nil {
			it.Close()
			awaitEnd(lang, it)
			return nil, err
		}
		out = append(out, v)
	}
	err = it.Err()
	// Close stops the query if it still runs: Gizmo's cancels its context
	// and interrupts its VM.
	it.Close()
	awaitEnd(lang, it)
	if err != nil {
		return nil, queryError(qctx, lang, err)
	}
	if qctx.Err() != nil {
		return nil, queryError(qctx, lang, qctx.Err())
	}
	return out, nil
}

// awaitEnd waits, a few seconds at most, until a closed Gizmo query has
// stopped, so that a query that has returned no longer uses CPU, memory or
// the store. Gizmo runs the script in a goroutine that closes its error
// channel when it ends, and Next reports that by returning false; a result
// still in flight is read and dropped.
func awaitEnd(lang string, it query.Iterator) {
	if lang != "gizmo" {
		return
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for it.Next(ctx) {
	}
}

func isLanguage(name string) bool {
	for _, n := range QueryLanguages {
		if n == name {
			return n == "gizmo" || query.GetLanguage(name) != nil
		}
	}
	return false
}

func queryTimeout(lang string) error {
	return quads.Errorf(quads.ETIMEOUT, "%s query stopped: past its time limit", lang)
}

// queryError translates a query language's error: a bound of the sandbox
// becomes ETOOLARGE, the end of ctx ETIMEOUT, a malformed value EINVALID,
// anything else is the query's fault (EINVALID), as Cayley's API has it.
func queryError(ctx context.Context, lang string, err error) error {
	var tooLarge *gizmo.ErrTooLarge
	var malformed *gizmo.ErrMalformed
	var mem *errMemory
	switch {
	case errors.As(err, &tooLarge):
		return quads.Errorf(quads.ETOOLARGE, "%s: %s", lang, tooLarge.Msg)
	case errors.As(err, &malformed):
		return quads.Errorf(quads.EINVALID, "%s: %s", lang, malformed.Msg)
	case errors.As(err, &mem):
		return quads.Errorf(quads.ETOOLARGE, "%s: %s", lang, mem.msg)
	case ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled):
		return boundError(ctx, lang+" query")
	}
	return quads.Errorf(quads.EINVALID, "%s: %s", lang, clipN(err.Error(), 500))
}

// boundResult copies a result, cutting every array inside it to limit
// elements, and spends its JSON size from budget: past the budget it
// returns ETOOLARGE, and a result nested deeper than depth EINVALID.
func boundResult(v any, limit, depth int, budget *int64) (any, error) {
	spend := func(n int) error {
		*budget -= int64(n)
		if *budget < 0 {
			return quads.Errorf(quads.ETOOLARGE, "query answer larger than the bound of %d bytes", DefaultQueryAnswerBytes)
		}
		return nil
	}
	if depth <= 0 {
		return nil, quads.Errorf(quads.EINVALID, "query result nested deeper than %d levels", maxResultDepth)
	}
	switch x := v.(type) {
	case nil:
		return nil, spend(4)
	case string:
		return x, spend(len(x) + 2)
	case []any:
		if len(x) > limit {
			x = x[:limit]
		}
		out := make([]any, len(x))
		for i := range x {
			e, err := boundResult(x[i], limit, depth-1, budget)
			if err != nil {
				return nil, err
			}
			out[i] = e
		}
		return out, spend(2 + len(x))
	case []map[string]any:
		if len(x) > limit {
			x = x[:limit]
		}
		out := make([]any, len(x))
		for i := range x {
			e, err := boundResult(x[i], limit, depth-1, budget)
			if err != nil {
				return nil, err
			}
			out[i] = e
		}
		return out, spend(2 + len(x))
	case map[string]any:
		out := make(map[string]any, len(x))
		for k, e := range x {
			b, err := boundResult(e, limit, depth-1, budget)
			if err != nil {
				return nil, err
			}
			out[k] = b
			if err := spend(len(k) + 4); err != nil {
				return nil, err
			}
		}
		return out, spend(2)
	}
	return v, spend(len(fmt.Sprint(v)))
}

func clipN(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}

// QueryShape answers Cayley's /api/v1/shape/gizmo: the shape of the
// iterator tree a Gizmo query builds ({"nodes": [...], "links": [...]}),
// without running it against the results. It runs in the sandbox like
// Query, and the VM is interrupted when ctx ends.
func (s *Store) QueryShape(ctx context.Context, lang, text string) (any, error) {
	if lang != "gizmo" {
		return nil, quads.Errorf(quads.EINVALID, "shape is served for gizmo only, not %q", clip(lang))
	}
	if strings.TrimSpace(text) == "" {
		return nil, quads.Errorf(quads.EINVALID, "gizmo: empty query")
	}
	box := s.box()
	qctx, release, err := box.admit(ctx, "gizmo shape")
	if err != nil {
		return nil, err
	}
	defer release()
	ses := gizmo.NewSession(s.qs, gizmo.Limits{MaxAnswerBytes: box.b.AnswerBytes, ReadLock: s.readLock})
	out, err := ses.ShapeOfContext(qctx, text)
	if err != nil {
		return nil, queryError(qctx, lang, err)
	}
	budget := box.b.AnswerBytes
	return boundResult(out, DefaultQueryLimit*100, maxResultDepth, &budget)
}
