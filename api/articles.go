package api

import (
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"slices"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// articles answers GET /api/articles: every stored article, newest first.
func (s *Server) articles(c echo.Context) error {
	ctx, cancel := s.queryContext(c)
	defer cancel()
	as, err := s.store.Articles(ctx)
	if err != nil {
		return err
	}
	out := articlesResponse{Articles: as}
	if out.Articles == nil {
		out.Articles = []graph.ArticleSummary{}
	}
	return c.JSON(http.StatusOK, out)
}

// article answers GET /api/articles/{id}: one article, its text, and the
// entities and relations extracted from it.
func (s *Server) article(c echo.Context) error {
	ctx, cancel := s.queryContext(c)
	defer cancel()
	id, err := pathParam(c, "id")
	if err != nil {
		return err
	}
	a, err := s.store.Article(ctx, id)
	if err != nil {
		return err
	}
	return c.JSON(http.StatusOK, a)
}

// createArticle answers POST /api/articles (token): the body is the text
// (text/plain) or {"title", "date", "source", "text"} (application/json);
// the article is extracted and stored as one transaction. 201 when it is
// new, 200 with "created": false when the same text is already stored.
func (s *Server) createArticle(c echo.Context) error {
	mt, _, _ := mime.ParseMediaType(c.Request().Header.Get("Content-Type"))
	body, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return err
	}
	var a quads.Article
	switch mt {
	case "text/plain", "":
		a.Text = string(body)
	case "application/json":
		var req articleRequest
		if err := json.Unmarshal(body, &req); err != nil {
			var se *json.SyntaxError
			var te *json.UnmarshalTypeError
			if errors.As(err, &se) || errors.As(err, &te) {
				return quads.Errorf(quads.EINVALID, "malformed JSON body: %s", clip(err.Error()))
			}
			return quads.Errorf(quads.EINVALID, "malformed JSON body")
		}
		if err := exactKeys(body, "title", "date", "source", "text"); err != nil {
			return err
		}
		a = quads.Article{Title: req.Title, Date: req.Date, Source: req.Source, Text: req.Text}
	default:
		return errMediaType("text/plain or application/json")
	}
	if a.Text == "" {
		return quads.Errorf(quads.EINVALID, "the article has no text")
	}
	// What the client sent is checked before extraction reads it; the date
	// an extraction finds in the text is checked when it is written.
	if err := a.ValidateFields(); err != nil {
		return err
	}
	x, err := extract.Extract(a)
	if err != nil {
		return err
	}
	ctx, cancel := s.queryContext(c)
	defer cancel()
	res, err := s.store.WriteExtraction(ctx, x)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if res.Created {
		status = http.StatusCreated
	}
	return c.JSON(status, writeResponse(res))
}

// exactKeys refuses a JSON object with a key that is not one of keys,
// spelt exactly: Go's decoder matches keys case-insensitively, so without
// this {"teXt": …} would be taken for "text", and a misspelt "tilte"
// would be dropped without a word.
func exactKeys(body []byte, keys ...string) error {
	var fields map[string]json.RawMessage
	if err := json.Unmarshal(body, &fields); err != nil {
		return quads.Errorf(quads.EINVALID, "malformed JSON body: %s", clip(err.Error()))
	}
	for k := range fields {
		if !slices.Contains(keys, k) {
			return quads.Errorf(quads.EINVALID, "unknown field %q in the article (want %s)", clip(k), strings.Join(keys, ", "))
		}
	}
	return nil
}
