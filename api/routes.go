package api

import "github.com/labstack/echo/v4"

// registerRoutes lists every route the server answers, with the middleware
// each one needs. openapi.go describes the same routes, and a test fails
// when the two differ.
//
// Every GET route answers HEAD too (headAsGet, in middleware.go), so none
// is registered for HEAD. There is no catch-all route: a path no route
// has answers 404, and a method a path lacks 405 with Allow.
func (s *Server) registerRoutes() {
	e := s.echo
	// Before routing: a HEAD is routed as the GET of its path.
	e.Pre(headAsGet)
	// Around every request, outermost first: HEAD given back its method,
	// request log and metrics (they see the final status), gzip, panics as
	// 500s, security headers, CORS, the per-client rate limit, the body
	// size limit.
	e.Use(answerHead, s.observe, compress, s.recoverPanic, s.securityHeaders, s.cors, s.rateLimit, s.limitBody)
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

	// The UI (assets.go): its page at "/" and "/index.html", each other
	// built file under its own name and under its fingerprinted one.
	e.GET("/", s.uiPage)
	e.GET("/index.html", s.uiPage)
	for _, a := range s.ui.Assets {
		e.GET(a.Path, uiAsset(a, cacheRevalidate))
		e.GET(a.Fingerprinted, uiAsset(a, cacheImmutable))
	}
}
