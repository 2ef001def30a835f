package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/quads"
)

// healthz answers GET /healthz, the readiness probe: 200 {"status": "ok"}
// while the server can serve from its database, 503 {"status": "degraded",
// "dependency": "database", "error": …} while the database does not answer
// (within graph.PingTimeout, so the probe answers in time even when the
// database hangs). The server keeps running while degraded: paths and
// search answer from the in-memory index, and it is ok again as soon as
// the database is back. Liveness (is the process serving at all) is
// /livez.
func (s *Server) healthz(c echo.Context) error {
	res := healthResponse{Status: "ok", Backend: s.store.Backend().Name}
	if err := s.store.Ping(c.Request().Context()); err != nil {
		res.Status, res.Dependency, res.Error = "degraded", "database", quads.ErrorMessage(err)
		s.log.Warn("health probe: database unreachable", "err", err)
		return c.JSON(http.StatusServiceUnavailable, res)
	}
	return c.JSON(http.StatusOK, res)
}

// livez answers GET /livez, the liveness probe: 200 whenever the process
// answers HTTP at all, whatever its database does, so that an orchestrator
// does not restart a server that is only waiting for its database.
func (s *Server) livez(c echo.Context) error {
	return c.JSON(http.StatusOK, healthResponse{Status: "ok", Backend: s.store.Backend().Name})
}
