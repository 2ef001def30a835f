package api

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/quads"
)

// codes maps each error code to the status it answers: the one table of
// statuses. Handlers return errors; handleError answers them.
var codes = map[string]int{
	quads.EINVALID:      http.StatusBadRequest,
	quads.EUNAUTHORIZED: http.StatusUnauthorized,
	quads.ENOTFOUND:     http.StatusNotFound,
	quads.ECONFLICT:     http.StatusConflict,
	quads.ETOOLARGE:     http.StatusRequestEntityTooLarge,
	quads.ETIMEOUT:      http.StatusGatewayTimeout,
	quads.EUNAVAILABLE:  http.StatusServiceUnavailable,
	quads.EINTERNAL:     http.StatusInternalServerError,
}

// Statuses with no code of their own in quads answer as *echo.HTTPError,
// which keeps its status; these are the only ones the API makes itself.
var (
	// errAppendOnly refuses Cayley's delete routes, with the status Cayley
	// gives a read-only database.
	errAppendOnly = echo.NewHTTPError(http.StatusForbidden,
		"coopgraph is append-only: quads and nodes cannot be deleted")
	// errRateLimited answers a client past its request rate.
	errRateLimited = echo.NewHTTPError(http.StatusTooManyRequests, "too many requests; slow down")
)

// errMediaType refuses a body of a media type the route does not read.
func errMediaType(want string) error {
	return echo.NewHTTPError(http.StatusUnsupportedMediaType, "Content-Type must be "+want)
}

// httpCodes names the code of an *echo.HTTPError's status in error bodies.
var httpCodes = map[int]string{
	http.StatusBadRequest:            quads.EINVALID,
	http.StatusUnauthorized:          quads.EUNAUTHORIZED,
	http.StatusForbidden:             "forbidden",
	http.StatusNotFound:              quads.ENOTFOUND,
	http.StatusMethodNotAllowed:      "method_not_allowed",
	http.StatusRequestEntityTooLarge: quads.ETOOLARGE,
	http.StatusUnsupportedMediaType:  "unsupported_media_type",
	http.StatusTooManyRequests:       "rate_limited",
	http.StatusServiceUnavailable:    quads.EUNAVAILABLE,
	http.StatusGatewayTimeout:        quads.ETIMEOUT,
}

// handleError is Echo's HTTPErrorHandler: it answers err with the status
// of its code, and a body {"error": {"code", "message"}}; on Cayley's own
// routes the body has Cayley's shape ({"error": "message"}, and GraphQL's
// {"errors": [{"message"}]}). Only EINTERNAL is logged, and its message
// is never shown: the client reads "Internal error.".
func (s *Server) handleError(err error, c echo.Context) {
	if c.Response().Committed {
		return
	}
	status, code, msg := s.classify(err, c)
	if status == http.StatusUnauthorized {
		c.Response().Header().Set("WWW-Authenticate", `Bearer realm="coopgraph"`)
	}
	var body any
	path := c.Request().URL.Path
	switch {
	case path == "/api/v1/query/graphql" || path == "/api/v2/query" && c.QueryParam("lang") == "graphql":
		body = map[string]any{"errors": []map[string]string{{"message": msg}}}
	case strings.HasPrefix(path, "/api/v1/") || strings.HasPrefix(path, "/api/v2/"):
		body = map[string]string{"error": msg}
	default:
		body = errorResponse{Error: errorBody{Code: code, Message: msg}}
	}
	// For a HEAD too: net/http drops the body and keeps the GET's headers.
	if err := c.JSON(status, body); err != nil {
		s.log.Debug("write error answer", "err", err)
	}
}

// classify turns any error into a status, a code and a message fit for the
// client.
func (s *Server) classify(err error, c echo.Context) (int, string, string) {
	var he *echo.HTTPError
	if errors.As(err, &he) {
		if inner, ok := he.Internal.(*echo.HTTPError); ok {
			he = inner
		}
		msg := http.StatusText(he.Code)
		if m, ok := he.Message.(string); ok {
			msg = m
		}
		// The router's own answers: say what was asked and, for a 405,
		// what is allowed.
		req := c.Request()
		switch he {
		case echo.ErrNotFound:
			msg = fmt.Sprintf("nothing is served at %s", clip(req.URL.Path))
		case echo.ErrMethodNotAllowed:
			msg = fmt.Sprintf("%s is not allowed on %s", clip(req.Method), c.Path())
			if allow := c.Response().Header().Get(echo.HeaderAllow); allow != "" {
				msg += " (allowed: " + withHead(allow) + ")"
			}
		}
		code, ok := httpCodes[he.Code]
		if !ok {
			code = strings.ToLower(strings.ReplaceAll(http.StatusText(he.Code), " ", "_"))
		}
		return he.Code, code, msg
	}
	var mbe *http.MaxBytesError
	switch {
	case errors.As(err, &mbe):
		err = quads.Errorf(quads.ETOOLARGE, "request body larger than %d bytes", mbe.Limit)
	case quads.ErrorCode(err) == quads.EINTERNAL && errors.Is(err, context.DeadlineExceeded):
		err = quads.Errorf(quads.ETIMEOUT, "query stopped: past its time limit of %s", s.cfg.QueryTimeout)
	case quads.ErrorCode(err) == quads.EINTERNAL && errors.Is(err, context.Canceled):
		err = quads.Errorf(quads.ETIMEOUT, "request cancelled") // the client has gone
	}
	code := quads.ErrorCode(err)
	if code == quads.EINTERNAL {
		s.log.Error("internal error", "method", c.Request().Method, "path", c.Request().URL.Path, "err", err)
	}
	status, ok := codes[code]
	if !ok {
		status = http.StatusInternalServerError
	}
	return status, code, quads.ErrorMessage(err)
}
