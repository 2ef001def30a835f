package api

import (
	"net/http"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/quads"
)

// exportTypes gives each export format its media type and file extension.
var exportTypes = map[string][2]string{
	"nquads":  {"application/n-quads", "nq"},
	"jsonld":  {"application/ld+json", "jsonld"},
	"graphml": {"application/graphml+xml", "graphml"},
}

// export answers GET /api/export?format=nquads|jsonld|graphml (nquads
// when format is absent; an empty or unknown one is 400): the whole graph.
// The quads are copied to a snapshot first, under the store's lock, in a
// slot of the sandbox (a dump of a large store may take longer than the
// query time limit, so only the client's going away stops it); the answer is then
// written from the snapshot without the lock, with a write deadline on a
// slow client, so a client that stops reading holds up no writer.
func (s *Server) export(c echo.Context) error {
	format := "nquads"
	if v, ok := c.QueryParams()["format"]; ok {
		format = v[0]
	}
	t, ok := exportTypes[format]
	if !ok {
		return quads.Errorf(quads.EINVALID, "unknown export format %q (want one of nquads, jsonld, graphml)", clip(format))
	}
	res := c.Response()
	headers := func() {
		res.Header().Set(echo.HeaderContentType, t[0])
		res.Header().Set(echo.HeaderContentDisposition, `attachment; filename="coopgraph.`+t[1]+`"`)
	}
	if c.Request().Method == http.MethodHead {
		headers()
		// A HEAD answers what a GET would send before its body; dumping the
		// store only to throw the dump away would cost as much as a GET.
		// The flush gives it the headers of a streamed GET (encoding, Vary).
		res.WriteHeader(http.StatusOK)
		res.Flush()
		return nil
	}
	qctx, release, err := s.store.Admit(c.Request().Context(), "export")
	if err != nil {
		return err
	}
	dump, err := s.store.Dump(qctx, format)
	release()
	if err != nil {
		return err
	}
	defer dump.Close()
	// Only now: an error before this point is answered in the error shape.
	headers()
	res.WriteHeader(http.StatusOK)
	if err := dump.Write(s.streamTo(c)); err != nil {
		// The status is sent: all that is left is to cut the stream short
		// and say why in the log.
		s.log.Warn("export cut short", "format", format, "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}
