package api

import (
	"net/http"
	"slices"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// exportTypes gives each export format its media type and file extension.
var exportTypes = map[string][2]string{
	"nquads":  {"application/n-quads", "nq"},
	"jsonld":  {"application/ld+json", "jsonld"},
	"graphml": {"application/graphml+xml", "graphml"},
}

// export answers GET /api/export?format=nquads|jsonld|graphml: the whole
// graph, streamed as it is read.
func (s *Server) export(c echo.Context) error {
	format := c.QueryParam("format")
	if format == "" {
		format = "nquads"
	}
	t, ok := exportTypes[format]
	if !ok || !slices.Contains(graph.ExportFormats, format) {
		return quads.Errorf(quads.EINVALID, "unknown export format %q (want one of nquads, jsonld, graphml)", clip(format))
	}
	res := c.Response()
	res.Header().Set(echo.HeaderContentType, t[0])
	res.Header().Set(echo.HeaderContentDisposition, `attachment; filename="coopgraph.`+t[1]+`"`)
	res.WriteHeader(http.StatusOK)
	if err := s.store.Export(c.Request().Context(), res, format); err != nil {
		// The status is sent: all that is left is to cut the stream short
		// and say why in the log.
		s.log.Warn("export cut short", "format", format, "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}
