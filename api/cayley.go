package api

import (
	"bytes"
	"context"
	"io"
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

// cayleyV2 answers GET|POST /api/v2/read and GET /api/v2/formats with
// Cayley's own handler.
func (s *Server) cayleyV2(c echo.Context) error {
	s.v2.ServeHTTP(c.Response(), c.Request())
	return nil
}

// cayleyV2Write answers POST /api/v2/write (token): quads in any format
// Cayley reads, written as one transaction through WriteQuads. The body is
// read here first, so that one past BodyLimit answers 413.
func (s *Server) cayleyV2Write(c echo.Context) error {
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	c.Request().Body = io.NopCloser(bytes.NewReader(body))
	s.v2.ServeHTTP(c.Response(), c.Request())
	return nil
}

// cayleyV2Delete answers POST /api/v2/delete and /api/v2/node/delete
// (token): refused, coopgraph is append-only.
func (s *Server) cayleyV2Delete(c echo.Context) error {
	return errAppendOnly
}
