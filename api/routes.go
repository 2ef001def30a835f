package api

import (
	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/ui"
)

// registerRoutes lists every route the server answers, with the middleware
// each one needs. openapi.go describes the same routes, and a test fails
// when the two differ.
func (s *Server) registerRoutes() {
	e := s.echo
	// Around every request, outermost first: request log and metrics (they
	// see the final status), panics as 500s, security headers, CORS, the
	// per-client rate limit, the body size limit.
	e.Use(s.observe, s.recoverPanic, s.securityHeaders, s.cors, s.rateLimit, s.limitBody)
	write := s.requireToken

	// The graph (entities.go, paths.go, search.go).
	e.GET("/api/search", s.search)
	e.GET("/api/entities/:id", s.entity)
	e.GET("/api/entities/:id/neighbors", s.neighbors)
	e.GET("/api/paths", s.paths)
	e.GET("/api/edges/:id", s.edge)
	e.GET("/api/overview", s.overview) // overview.go

	// Articles and writes (articles.go, quads.go, export.go).
	e.GET("/api/articles", s.articles)
	e.GET("/api/articles/:id", s.article)
	e.POST("/api/articles", s.createArticle, write)
	e.POST("/api/quads", s.writeQuads, write)
	e.GET("/api/export", s.export)

	// Cayley's own HTTP API, v1, v2 and Gephi's stream (cayley.go).
	s.registerCayley(e.Group(""), write)

	// The API's description, readiness and liveness, metrics (openapi.go, metrics.go).
	e.GET("/api/openapi.json", s.openAPI)
	e.GET("/healthz", s.healthz)
	e.GET("/livez", s.livez)
	e.GET("/metrics", echo.WrapHandler(s.m.handler()))

	// The UI: index.html at "/", its assets beside it.
	static := echo.StaticDirectoryHandler(ui.FS(), false)
	e.GET("/", static)
	e.GET("/*", static)
}
