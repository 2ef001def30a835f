package api

import (
	"context"
	"net/url"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// Query parameters' defaults, and their bounds, which are the graph's own
// so the two cannot drift apart.
const (
	defaultK         = 3
	maxK             = graph.MaxPathK
	defaultMaxLen    = graph.DefaultMaxLen
	maxMaxLen        = graph.MaxPathLen
	defaultDepth     = 1
	maxDepth         = graph.MaxDepth
	defaultSearch    = 10
	maxSearch        = graph.MaxSearchLimit
	defaultNeighbors = 200
)

// queryContext is the context of a query: the request's, ended after
// QueryTimeout.
func (s *Server) queryContext(c echo.Context) (context.Context, context.CancelFunc) {
	return context.WithTimeout(c.Request().Context(), s.cfg.QueryTimeout)
}

// intParam reads a whole number from 1 to max, def when absent.
func intParam(c echo.Context, name string, def, max int) (int, error) {
	v := c.QueryParam(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > max {
		return 0, quads.Errorf(quads.EINVALID, "%s must be a whole number from 1 to %d, not %q", name, max, clip(v))
	}
	return n, nil
}

// predicatesParam reads a comma-separated list of predicates.
func predicatesParam(c echo.Context) ([]quads.Predicate, error) {
	var out []quads.Predicate
	for _, v := range list(c.QueryParam("predicates")) {
		p := quads.Predicate(strings.ToLower(v))
		if !p.Valid() {
			return nil, quads.Errorf(quads.EINVALID, "unknown predicate %q (want some of %s)", clip(v), join(quads.Predicates))
		}
		out = append(out, p)
	}
	return out, nil
}

// typesParam reads a comma-separated list of entity types, in any case.
func typesParam(c echo.Context, name string) ([]quads.EntityType, error) {
	var out []quads.EntityType
	for _, v := range list(c.QueryParam(name)) {
		t, err := entityType(v)
		if err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, nil
}

func entityType(v string) (quads.EntityType, error) {
	for _, t := range quads.EntityTypes {
		if strings.EqualFold(v, string(t)) {
			return t, nil
		}
	}
	return "", quads.Errorf(quads.EINVALID, "unknown entity type %q (want one of %s)", clip(v), join(quads.EntityTypes))
}

// filterParams reads the filters paths and neighbourhoods share:
// predicates, types, since and until.
func filterParams(c echo.Context) (ps []quads.Predicate, ts []quads.EntityType, since, until string, err error) {
	if ps, err = predicatesParam(c); err != nil {
		return
	}
	if ts, err = typesParam(c, "types"); err != nil {
		return
	}
	since, until, err = datesParams(c)
	return
}

// datesParams reads since and until, YYYY-MM-DD, and checks their order.
func datesParams(c echo.Context) (since, until string, err error) {
	if since, err = dateParam(c, "since"); err != nil {
		return "", "", err
	}
	if until, err = dateParam(c, "until"); err != nil {
		return "", "", err
	}
	if since != "" && until != "" && since > until {
		return "", "", quads.Errorf(quads.EINVALID, "since (%s) is after until (%s)", since, until)
	}
	return since, until, nil
}

func dateParam(c echo.Context, name string) (string, error) {
	v := c.QueryParam(name)
	if v == "" {
		return "", nil
	}
	if _, err := quads.ParseDate(v); err != nil { // the calendar check writes use too
		return "", quads.Errorf(quads.EINVALID, "%s must be a date YYYY-MM-DD, not %q", name, clip(v))
	}
	return v, nil
}

// entityParam finds the entity a parameter names by id, exact name or
// alias: EINVALID when it is missing, ENOTFOUND when nothing matches.
func (s *Server) entityParam(ctx context.Context, name, v string) (*quads.Entity, error) {
	if strings.TrimSpace(v) == "" {
		return nil, quads.Errorf(quads.EINVALID, "%s is required: an entity id, name or alias", name)
	}
	return s.store.Entity(ctx, v)
}

// entityID returns the id of the entity a parameter names. An id is taken
// as it is, without a read of the store: the path and neighbourhood queries
// check it against their index and answer ENOTFOUND themselves. A name or
// alias is looked up (ENOTFOUND when nothing matches).
func (s *Server) entityID(ctx context.Context, name, v string) (string, error) {
	if isUUID(v) {
		return strings.ToLower(v), nil
	}
	e, err := s.entityParam(ctx, name, v)
	if err != nil {
		return "", err
	}
	return e.ID, nil
}

// isUUID reports whether v has the form of an entity id.
func isUUID(v string) bool {
	if len(v) != 36 {
		return false
	}
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case i == 8 || i == 13 || i == 18 || i == 23:
			if c != '-' {
				return false
			}
		case '0' <= c && c <= '9', 'a' <= c && c <= 'f', 'A' <= c && c <= 'F':
		default:
			return false
		}
	}
	return true
}

// pathParam returns a path parameter, unescaped: Echo leaves it escaped
// when the path holds an escaped slash.
func pathParam(c echo.Context, name string) (string, error) {
	v := c.Param(name)
	if c.Request().URL.RawPath == "" {
		return v, nil
	}
	u, err := url.PathUnescape(v)
	if err != nil {
		return "", quads.Errorf(quads.EINVALID, "malformed %s in the path", name)
	}
	return u, nil
}

func list(v string) []string {
	var out []string
	for _, x := range strings.Split(v, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

func join[T ~string](xs []T) string {
	s := make([]string, len(xs))
	for i, x := range xs {
		s[i] = string(x)
	}
	return strings.Join(s, ", ")
}

func clip(s string) string {
	if len(s) <= 80 {
		return s
	}
	n := 80
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n] + "…"
}
