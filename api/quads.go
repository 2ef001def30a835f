package api

import (
	"mime"
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/quads"
)

// nquadsTypes are the media types POST /api/quads reads as N-Quads.
var nquadsTypes = map[string]bool{
	"application/n-quads": true, "application/x-nquads": true, "text/x-nquads": true, "text/plain": true,
}

// writeQuads answers POST /api/quads (token): an N-Quads body, written as
// one transaction. A malformed line, or one that would break the store's
// invariants (a second cg:name, a relation without evidence…), rejects the
// whole body (400, naming the line) and nothing is written.
func (s *Server) writeQuads(c echo.Context) error {
	mt, _, _ := mime.ParseMediaType(c.Request().Header.Get("Content-Type"))
	if !nquadsTypes[mt] {
		return errMediaType("application/n-quads")
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	n, err := s.store.WriteNQuads(ctx, c.Request().Body)
	if err != nil {
		return err
	}
	if n == 0 {
		return quads.Errorf(quads.EINVALID, "the body holds no quads")
	}
	return c.JSON(http.StatusOK, quadsResponse{Quads: n})
}
