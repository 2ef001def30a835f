package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// entity answers GET /api/entities/{id}: the entity an id, name or alias
// names, with every edge at it.
func (s *Server) entity(c echo.Context) error {
	ctx, cancel := s.queryContext(c)
	defer cancel()
	id, err := pathParam(c, "id")
	if err != nil {
		return err
	}
	e, err := s.entityParam(ctx, "id", id)
	if err != nil {
		return err
	}
	es, err := s.store.EdgesOf(ctx, e.ID)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, entityResponse{Entity: *e, Edges: edges(es)})
}

// neighbors answers GET /api/entities/{id}/neighbors?depth=&limit=&
// predicates=&types=&since=&until=: the entities within depth hops and the
// edges between them.
func (s *Server) neighbors(c echo.Context) error {
	q := graph.NeighborQuery{Budget: s.cfg.QueryTimeout}
	var err error
	if q.Depth, err = intParam(c, "depth", defaultDepth, maxDepth); err != nil {
		return err
	}
	if q.Limit, err = intParam(c, "limit", min(defaultNeighbors, s.cfg.ResultLimit), s.cfg.ResultLimit); err != nil {
		return err
	}
	if q.Predicates, q.Types, q.Since, q.Until, err = filterParams(c); err != nil {
		return err
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	id, err := pathParam(c, "id")
	if err != nil {
		return err
	}
	if q.ID, err = s.entityID(ctx, "id", id); err != nil {
		return err
	}
	g, err := s.store.Neighbors(ctx, q)
	if quads.ErrorCode(err) == quads.ENOTFOUND {
		// An entity the index does not hold has no edge: it is its own
		// neighbourhood, if it exists at all.
		e, eerr := s.store.Entity(ctx, q.ID)
		if eerr != nil {
			return eerr
		}
		g, err = &graph.Subgraph{Nodes: []quads.Entity{*e}}, nil
	}
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, graphResponse{Nodes: entities(g.Nodes), Edges: edges(g.Edges),
		Truncated: g.Truncated, Total: g.Total, TotalLowerBound: g.TotalLowerBound, EvidenceUnavailable: g.EvidenceUnavailable})
}

// edge answers GET /api/edges/{id}: one edge with all its evidence.
func (s *Server) edge(c echo.Context) error {
	ctx, cancel := s.queryContext(c)
	defer cancel()
	id, err := pathParam(c, "id")
	if err != nil {
		return err
	}
	e, err := s.store.Edge(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, e)
}
