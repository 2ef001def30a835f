package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// paths answers GET /api/paths?from=&to=&k=&max_len=&predicates=&types=&
// since=&until=: up to k shortest loopless paths between two entities,
// shortest first, each edge with its evidence. No path within max_len hops
// is ENOTFOUND.
func (s *Server) paths(c echo.Context) error {
	q := graph.PathQuery{Budget: s.cfg.QueryTimeout}
	var err error
	if q.K, err = intParam(c, "k", defaultK, maxK); err != nil {
		return err
	}
	if q.MaxLen, err = intParam(c, "max_len", defaultMaxLen, maxMaxLen); err != nil {
		return err
	}
	if q.Predicates, q.Types, q.Since, q.Until, err = filterParams(c); err != nil {
		return err
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	if q.From, err = s.entityID(ctx, "from", c.QueryParam("from")); err != nil {
		return err
	}
	if q.To, err = s.entityID(ctx, "to", c.QueryParam("to")); err != nil {
		return err
	}
	ps, err := s.store.Paths(ctx, q)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		return quads.Errorf(quads.ENOTFOUND, "no path from %q to %q within %d hops",
			clip(c.QueryParam("from")), clip(c.QueryParam("to")), q.MaxLen)
	}
	out := pathsResponse{Paths: make([]graphResponse, len(ps))}
	for i, p := range ps {
		out.Paths[i] = graphResponse{Nodes: entities(p.Nodes), Edges: edges(p.Edges), EvidenceUnavailable: p.EvidenceUnavailable}
	}
	return c.JSON(http.StatusOK, out)
}
