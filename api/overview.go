package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
)

// The overview's node bounds, as graph gives them.
const (
	defaultOverview = graph.DefaultOverviewNodes
	maxOverview     = graph.MaxOverviewNodes
)

// overview answers GET /api/overview?limit=N: the graph's largest
// component, or its N best-connected entities, each with its degree and
// type, and the edges among them without evidence, in one answer the UI
// draws as its first view.
func (s *Server) overview(c echo.Context) error {
	q := graph.OverviewQuery{Budget: s.cfg.QueryTimeout}
	var err error
	if q.Limit, err = intParam(c, "limit", defaultOverview, maxOverview); err != nil {
		return err
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	o, err := s.store.Overview(ctx, q)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, o)
}
