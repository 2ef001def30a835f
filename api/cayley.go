package api

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
)

// Cayley's own HTTP API, for Cayley's clients, over the same store: its v1
// query endpoint (which Cayley keeps in an internal package, so it is
// rebuilt here over graph's Query) and its v2 API (Cayley's handler, from
// graph). Answers and errors have Cayley's shapes; statuses come from the
// one table in error.go. Every query has the server's time limit (504, and
// the query stops) and result limit.

// registerCayley puts Cayley's routes on g; write is the token check.
func (s *Server) registerCayley(g *echo.Group, write echo.MiddlewareFunc) {
	g.POST("/api/v1/query/gizmo", s.cayleyV1Query)
	g.POST("/api/v1/query/graphql", s.cayleyV1Query)
	g.POST("/api/v1/query/mql", s.cayleyV1Query)
	g.POST("/api/v1/shape/gizmo", s.cayleyV1Shape)
	g.POST("/api/v1/write", s.cayleyV1Write, write)
	g.POST("/api/v1/delete", s.cayleyDelete, write)
	g.GET("/api/v2/query", s.cayleyV2Query)
	g.POST("/api/v2/query", s.cayleyV2Query)
	g.GET("/api/v2/read", s.cayleyV2Read)
	g.POST("/api/v2/read", s.cayleyV2Read)
	g.GET("/api/v2/formats", s.cayleyV2Formats)
	g.POST("/api/v2/write", s.cayleyV2Write, write)
	g.POST("/api/v2/delete", s.cayleyDelete, write)
	g.POST("/api/v2/node/delete", s.cayleyDelete, write)
	g.GET("/gephi/gs", s.gephiStream)
}

// cayleyV1Query answers POST /api/v1/query/{gizmo,graphql,mql}?limit=: the
// body is the query. Gizmo and MQL answer {"result": [...]}, GraphQL
// {"data": {...}}, as in Cayley.
func (s *Server) cayleyV1Query(c echo.Context) error {
	// The time limit runs from here, before the body is read.
	ctx, cancel := s.queryContext(c)
	defer cancel()
	lang := strings.TrimPrefix(c.Path(), "/api/v1/query/")
	limit, err := s.cayleyLimit(c)
	if err != nil {
		return err
	}
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	return s.cayleyQuery(ctx, c, lang, string(body), limit)
}

// cayleyV2Query answers GET|POST /api/v2/query?lang=&qu=&limit=: the query
// is qu (GET) or the body (POST), as in Cayley's v2 API.
func (s *Server) cayleyV2Query(c echo.Context) error {
	ctx, cancel := s.queryContext(c)
	defer cancel()
	lang := c.QueryParam("lang")
	if lang == "" {
		return quads.Errorf(quads.EINVALID, "query language not specified")
	}
	limit, err := s.cayleyLimit(c)
	if err != nil {
		return err
	}
	qu := c.QueryParam("qu")
	if c.Request().Method == http.MethodPost {
		body, err := io.ReadAll(c.Request().Body)
		if err != nil {
			return err
		}
		qu = string(body)
	}
	return s.cayleyQuery(ctx, c, lang, qu, limit)
}

func (s *Server) cayleyQuery(ctx context.Context, c echo.Context, lang, text string, limit int) error {
	out, err := s.store.Query(ctx, lang, text, limit)
	if err != nil {
		return err
	}
	if lang == "graphql" {
		var data any
		if len(out) > 0 {
			data = out[0]
		}
		return c.JSON(http.StatusOK, graphQLResult{Data: data})
	}
	return c.JSON(http.StatusOK, cayleyResult{Result: out})
}

// cayleyLimit reads limit: Cayley's default of 100 results, at most
// ResultLimit.
func (s *Server) cayleyLimit(c echo.Context) (int, error) {
	v := c.QueryParam("limit")
	if v == "" {
		return min(graph.DefaultQueryLimit, s.cfg.ResultLimit), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 || n > s.cfg.ResultLimit {
		return 0, quads.Errorf(quads.EINVALID, "limit must be a whole number from 1 to %d", s.cfg.ResultLimit)
	}
	return n, nil
}

// cayleyV2Read answers GET|POST /api/v2/read?sub=&pred=&obj=&label=
// &format=&iri=, as Cayley's ServeRead: the matching quads in any format
// Cayley writes (format=, else the first Accept media type that names
// one, else N-Quads). Unlike Cayley's, it has the limits of every heavy
// query: a slot of the sandbox (503), the query time limit (504) and the
// answer bound (413) for copying the quads, and it writes them from a
// snapshot without the store's lock, with a write deadline on a slow
// client. An unknown format is 400 (Cayley falls back to N-Quads).
func (s *Server) cayleyV2Read(c echo.Context) error {
	r := c.Request()
	req := graph.ReadRequest{
		Format: r.FormValue("format"), Accept: acceptedTypes(r.Header.Values("Accept")),
		Subject: r.FormValue("sub"), Predicate: r.FormValue("pred"), Object: r.FormValue("obj"),
		Label: r.FormValue("label"), IRI: r.FormValue("iri"),
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	qctx, release, err := s.store.Admit(ctx, "read")
	if err != nil {
		return err
	}
	ans, err := s.store.ReadQuads(qctx, req, s.store.QueryBounds().AnswerBytes)
	release()
	if err != nil {
		return err
	}
	defer ans.Close()
	res := c.Response()
	res.Header().Set(echo.HeaderContentType, ans.ContentType)
	res.WriteHeader(http.StatusOK)
	if err := ans.Write(s.streamTo(c)); err != nil {
		s.log.Warn("v2 read cut short", "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}

// acceptedTypes lists the media types of Accept headers in order, without
// their parameters.
func acceptedTypes(headers []string) []string {
	var out []string
	for _, h := range headers {
		for _, part := range strings.Split(h, ",") {
			mt, _, _ := strings.Cut(part, ";")
			if mt = strings.TrimSpace(mt); mt != "" {
				out = append(out, mt)
			}
		}
	}
	return out
}

// cayleyV2Formats answers GET /api/v2/formats: Cayley's list of quad
// formats.
func (s *Server) cayleyV2Formats(c echo.Context) error {
	return c.JSON(http.StatusOK, graph.QuadFormats())
}

// cayleyV2Write answers POST /api/v2/write (token): quads in any format
// Cayley reads (by Content-Type; N-Quads by default; gzip by
// Content-Encoding), read whole and written as one transaction: a
// malformed body answers 400 and writes nothing.
func (s *Server) cayleyV2Write(c echo.Context) error {
	r := c.Request()
	var body io.Reader = r.Body
	if strings.EqualFold(strings.TrimSpace(r.Header.Get("Content-Encoding")), "gzip") {
		zr, err := gzip.NewReader(r.Body)
		if err != nil {
			return quads.Errorf(quads.EINVALID, "body is not gzip: %v", err)
		}
		defer zr.Close()
		// The body limit bounds the compressed bytes; this bounds what
		// they unpack to.
		body = io.LimitReader(zr, s.cfg.BodyLimit+1)
	}
	data, err := io.ReadAll(body)
	if err != nil {
		return err
	}
	if int64(len(data)) > s.cfg.BodyLimit {
		return quads.Errorf(quads.ETOOLARGE, "request body larger than %d bytes once unpacked", s.cfg.BodyLimit)
	}
	mt := ""
	if ct := r.Header.Get("Content-Type"); ct != "" {
		mt, _, _ = mime.ParseMediaType(ct)
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	n, err := s.store.WriteFormatted(ctx, mt, bytes.NewReader(data))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, cayleyWriteResult{Result: fmt.Sprintf("Successfully wrote %d quads.", n), Count: n})
}

// cayleyWriteResult is Cayley's answer to a write.
type cayleyWriteResult struct {
	Result string `json:"result"`
	Count  int    `json:"count"`
}

// cayleyV1Write answers POST /api/v1/write (token): Cayley's v1 write, a
// JSON array of {"subject", "predicate", "object", "label"}.
func (s *Server) cayleyV1Write(c echo.Context) error {
	data, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	n, err := s.store.WriteJSONQuads(ctx, data)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, cayleyWriteResult{Result: fmt.Sprintf("Successfully wrote %d quads.", n), Count: n})
}

// cayleyV1Shape answers POST /api/v1/shape/gizmo: the shape of the
// query's iterator tree, as Cayley's, with the query's limits.
func (s *Server) cayleyV1Shape(c echo.Context) error {
	ctx, cancel := s.queryContext(c)
	defer cancel()
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	out, err := s.store.QueryShape(ctx, "gizmo", string(body))
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, out)
}

// cayleyDelete answers POST /api/v1/delete, /api/v2/delete and
// /api/v2/node/delete (token): refused, coopgraph is append-only.
func (s *Server) cayleyDelete(c echo.Context) error {
	return errAppendOnly
}

// gephiStream answers GET /gephi/gs?mode=raw|nodes&limit=&sub=&pred=&obj=
// &label=: Cayley's Gephi graph-streaming endpoint, so that Gephi's
// Graph Streaming plugin can open the live graph. It has the limits of a
// v2 read.
func (s *Server) gephiStream(c echo.Context) error {
	r := c.Request()
	req := graph.GephiRequest{Mode: r.FormValue("mode"), Subject: r.FormValue("sub"),
		Predicate: r.FormValue("pred"), Object: r.FormValue("obj"), Label: r.FormValue("label")}
	if v := r.FormValue("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			return quads.Errorf(quads.EINVALID, "limit must be a whole number of at least 1, not %q", clip(v))
		}
		req.Limit = n
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	qctx, release, err := s.store.Admit(ctx, "gephi stream")
	if err != nil {
		return err
	}
	ans, err := s.store.GephiStream(qctx, req, s.store.QueryBounds().AnswerBytes)
	release()
	if err != nil {
		return err
	}
	defer ans.Close()
	res := c.Response()
	res.Header().Set(echo.HeaderContentType, "application/stream+json")
	res.WriteHeader(http.StatusOK)
	if err := ans.Write(s.streamTo(c)); err != nil {
		s.log.Warn("gephi stream cut short", "err", err)
		panic(http.ErrAbortHandler)
	}
	return nil
}
