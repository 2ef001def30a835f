package graph

import (
	"context"
	"errors"
	"strings"
	"time"

	"github.com/cayleygraph/cayley/query"
	_ "github.com/cayleygraph/cayley/query/gizmo"   // registers "gizmo"
	_ "github.com/cayleygraph/cayley/query/graphql" // registers "graphql"
	_ "github.com/cayleygraph/cayley/query/mql"     // registers "mql"

	"github.com/coopgraph/coopgraph/quads"
)

// QueryLanguages lists Cayley's own query languages that Query runs.
var QueryLanguages = []string{"gizmo", "graphql", "mql"}

// DefaultQueryLimit is the number of results a Cayley query returns when
// its caller names no limit, as in Cayley's own HTTP API.
const DefaultQueryLimit = 100

// Query runs a query in one of Cayley's own languages (QueryLanguages) over
// the store and returns its results collated as Cayley's HTTP API collates
// them: JSON-ready values, nil when the query yields nothing.
//
// At most limit results are returned (DefaultQueryLimit when limit <= 0),
// and any array inside a result is cut to limit elements too, so that
// g.emit(g.V().toArray()) cannot answer with the whole graph.
//
// The query runs under ctx. When ctx ends, the query is stopped, not merely
// abandoned: Gizmo's JavaScript VM is interrupted and every iterator is
// cancelled, so a query past its time stops using CPU. Query then returns
// ETIMEOUT. It returns EINVALID for an unknown language, an empty query, or
// a query the language rejects (a syntax error, a bad argument), as Cayley
// answers 400 to those.
//
// None of the three languages can write in Cayley v0.7.7: Gizmo's graph
// object has no write methods, and GraphQL and MQL are read-only.
func (s *Store) Query(ctx context.Context, lang, text string, limit int) ([]any, error) {
	l := language(lang)
	if l == nil {
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
	// The whole query reads under the store's read lock: Cayley's iterators
	// nest read transactions, which a concurrent bolt write would deadlock.
	defer s.readLock()()
	it, err := l.Session(s.qs).Execute(ctx, text, query.Options{Collation: query.JSON, Limit: limit})
	if err != nil {
		return nil, queryError(ctx, lang, err)
	}
	var out []any
	for len(out) < limit && it.Next(ctx) {
		out = append(out, capValue(it.Result(), limit))
	}
	err = it.Err()
	// Close stops the query if it still runs: Gizmo's cancels its context
	// and interrupts its VM.
	it.Close()
	if lang == "gizmo" {
		awaitGizmo(it)
	}
	if err != nil {
		return nil, queryError(ctx, lang, err)
	}
	if ctx.Err() != nil {
		return nil, queryTimeout(lang)
	}
	return out, nil
}

// awaitGizmo waits, a few seconds at most, until a closed Gizmo query has
// stopped, so that a query that has returned no longer uses CPU or the
// store. Gizmo (v0.7.7) runs the script in a goroutine that closes its error
// channel when it ends, and Next reports that by returning false; a result
// still in flight is read and dropped.
func awaitGizmo(it query.Iterator) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	for it.Next(ctx) {
	}
}

func language(name string) *query.Language {
	for _, n := range QueryLanguages {
		if n == name {
			if l := query.GetLanguage(name); l != nil && l.Session != nil {
				return l
			}
		}
	}
	return nil
}

func queryTimeout(lang string) error {
	return quads.Errorf(quads.ETIMEOUT, "%s query stopped: past its time limit", lang)
}

// queryError translates a query language's error: the end of ctx becomes
// ETIMEOUT, anything else is the query's fault, as Cayley's API has it.
func queryError(ctx context.Context, lang string, err error) error {
	if ctx.Err() != nil || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, context.Canceled) {
		return queryTimeout(lang)
	}
	return quads.Errorf(quads.EINVALID, "%s: %s", lang, clipN(err.Error(), 500))
}

// capValue cuts every array inside v to at most limit elements.
func capValue(v any, limit int) any {
	switch x := v.(type) {
	case []any:
		if len(x) > limit {
			x = x[:limit]
		}
		for i := range x {
			x[i] = capValue(x[i], limit)
		}
		return x
	case []map[string]any:
		if len(x) > limit {
			x = x[:limit]
		}
		for i := range x {
			for k, e := range x[i] {
				x[i][k] = capValue(e, limit)
			}
		}
		return x
	case map[string]any:
		for k, e := range x {
			x[k] = capValue(e, limit)
		}
		return x
	}
	return v
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
