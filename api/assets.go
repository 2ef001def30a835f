package api

import (
	"net/http"
	"strconv"
	"strings"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/ui"
)

// How long browsers and caches keep the UI's files.
const (
	// cacheImmutable is for a file under its fingerprinted name, which
	// changes whenever its content does: keep it a year, never ask again.
	cacheImmutable = "public, max-age=31536000, immutable"
	// cacheRevalidate is for the page and for files under their own names,
	// which a new build changes in place: keep them, but ask each time
	// (If-None-Match answers 304 while the ETag holds).
	cacheRevalidate = "no-cache"
)

// uiPage answers GET / and GET /index.html: the UI's page, which loads its
// script, style and icon by their fingerprinted names.
func (s *Server) uiPage(c echo.Context) error {
	serveAsset(c, s.ui.Index, cacheRevalidate)
	return nil
}

// uiAsset answers GET of one of the UI's files, under its own or its
// fingerprinted name.
func uiAsset(a *ui.Asset, cacheControl string) echo.HandlerFunc {
	return func(c echo.Context) error {
		serveAsset(c, a, cacheControl)
		return nil
	}
}

// serveAsset sends a: gzipped (compressed once, at startup) to a client that
// takes gzip, with its ETag, its cache policy and its length; 304 with no
// body when If-None-Match names the ETag. (http.ServeContent would drop
// Content-Length from the gzipped file, and ranges are of no use here.)
func serveAsset(c echo.Context, a *ui.Asset, cacheControl string) {
	w, r := c.Response(), c.Request()
	h := w.Header()
	h.Set("Cache-Control", cacheControl)
	body, tag := a.Body, a.ETag
	if a.Gzip != nil {
		addVary(h, echo.HeaderAcceptEncoding)
		if acceptsGzip(r.Header.Get(echo.HeaderAcceptEncoding)) {
			body, tag = a.Gzip, a.GzipETag
			h.Set(echo.HeaderContentEncoding, "gzip")
		}
	}
	h.Set("ETag", tag)
	if etagMatch(r.Header.Get("If-None-Match"), tag) {
		h.Del(echo.HeaderContentEncoding)
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set(echo.HeaderContentType, a.ContentType)
	h.Set(echo.HeaderContentLength, strconv.Itoa(len(body)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

// etagMatch reports whether an If-None-Match header names tag (or is "*"),
// by the weak comparison RFC 9110 asks of If-None-Match.
func etagMatch(header, tag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimSpace(t)
		if t == "*" || strings.TrimPrefix(t, "W/") == strings.TrimPrefix(tag, "W/") {
			return true
		}
	}
	return false
}
