package api

import (
	"compress/gzip"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync"

	"github.com/labstack/echo/v4"

	"github.com/coopgraph/coopgraph/ui"
)

// minCompress is the smallest body compress gzips: below it gzip's 18
// bytes of framing and the CPU cost outweigh what it saves.
const minCompress = 1024

// gzipLevel is the level of responses compressed as they are sent. Speed
// over size: it runs once per request on a small machine, and already
// shrinks JSON and N-Quads several times. The UI's files are compressed at
// their best once, at startup (ui.Bundle).
const gzipLevel = gzip.BestSpeed

var gzipWriters = sync.Pool{New: func() any {
	zw, _ := gzip.NewWriterLevel(io.Discard, gzipLevel) // the level is valid
	return zw
}}

// compress gzips a response for a client that takes gzip when it is text
// (ui.Compressible), at least minCompress bytes (or of unknown length and
// flushed before that), and not encoded already (the UI's precompressed
// files, a handler's own encoding). Such a response says Vary:
// Accept-Encoding whether it is compressed or not. It streams: a flush
// reaches the client through the compressor. A handler that aborts
// (panics) leaves the gzip stream unfinished, so the client sees a broken
// body rather than a short, whole one.
func compress(next echo.HandlerFunc) echo.HandlerFunc {
	return func(c echo.Context) error {
		res := c.Response()
		w := &gzipWriter{ResponseWriter: res.Writer,
			accepts: acceptsGzip(c.Request().Header.Get(echo.HeaderAcceptEncoding))}
		res.Writer = w
		err := next(c)
		w.finish()
		res.Writer = w.ResponseWriter
		return err
	}
}

// gzipWriter holds a response's first bytes until it can tell whether to
// compress them: when minCompress bytes have come, at a flush, or at the
// end.
type gzipWriter struct {
	http.ResponseWriter
	accepts bool
	status  int    // the status the handler set; 0 until it sets one
	held    []byte // the body so far, before the choice
	decided bool
	zw      *gzip.Writer // non-nil when compressing
}

func (w *gzipWriter) WriteHeader(status int) {
	if status < 200 { // informational: the final status is still to come
		w.ResponseWriter.WriteHeader(status)
		return
	}
	if w.decided || w.status != 0 {
		return
	}
	w.status = status
	if !bodyAllowed(status) || w.Header().Get(echo.HeaderContentLength) != "" {
		w.decide(false, 0)
	}
}

func (w *gzipWriter) Write(p []byte) (int, error) {
	if !w.decided {
		if w.status == 0 {
			w.status = http.StatusOK
		}
		if len(w.held)+len(p) < minCompress {
			w.held = append(w.held, p...)
			return len(p), nil
		}
		w.decide(false, len(p)) // then p goes on below, not copied
	}
	if w.zw != nil {
		return w.zw.Write(p)
	}
	return w.ResponseWriter.Write(p)
}

// Flush sends what is held: a streamed response of unknown length is
// compressed from its first flush.
func (w *gzipWriter) Flush() {
	if !w.decided {
		if w.status == 0 {
			w.status = http.StatusOK
		}
		w.decide(true, 0)
	}
	if w.zw != nil {
		w.zw.Flush()
	}
	http.NewResponseController(w.ResponseWriter).Flush()
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (w *gzipWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }

// decide chooses, from the headers and the bytes held, whether to
// compress, then sends the status and what is held. streaming says the
// length is unknown (a flush came first); pending is how many more bytes
// the write that called it brings.
func (w *gzipWriter) decide(streaming bool, pending int) {
	w.decided = true
	h := w.Header()
	text := bodyAllowed(w.status) && w.status != http.StatusPartialContent &&
		h.Get(echo.HeaderContentEncoding) == "" && h.Get("Content-Range") == "" &&
		ui.Compressible(h.Get(echo.HeaderContentType))
	big := streaming || len(w.held)+pending >= minCompress
	if n, err := strconv.ParseInt(h.Get(echo.HeaderContentLength), 10, 64); err == nil {
		big = n >= minCompress
	}
	if text && big {
		addVary(h, echo.HeaderAcceptEncoding)
		if w.accepts {
			h.Set(echo.HeaderContentEncoding, "gzip")
			h.Del(echo.HeaderContentLength)
			if tag := h.Get("ETag"); strings.HasPrefix(tag, `"`) {
				h.Set("ETag", "W/"+tag) // the gzipped bytes are not the tagged ones
			}
			w.zw = gzipWriters.Get().(*gzip.Writer)
			w.zw.Reset(w.ResponseWriter)
		}
	}
	w.ResponseWriter.WriteHeader(w.status)
	if len(w.held) > 0 {
		if w.zw != nil {
			w.zw.Write(w.held)
		} else {
			w.ResponseWriter.Write(w.held)
		}
	}
	w.held = nil
}

// finish sends what is still held and ends the gzip stream. A response the
// handler has not begun (it returned an error for the error handler to
// answer) is left untouched.
func (w *gzipWriter) finish() {
	if !w.decided {
		if w.status == 0 && len(w.held) == 0 {
			return
		}
		w.decide(false, 0)
	}
	if w.zw != nil {
		w.zw.Close()
		w.zw.Reset(io.Discard)
		gzipWriters.Put(w.zw)
		w.zw = nil
	}
}

// addVary adds name to the Vary header unless it is there already.
func addVary(h http.Header, name string) {
	for _, v := range h.Values(echo.HeaderVary) {
		for _, f := range strings.Split(v, ",") {
			if strings.EqualFold(strings.TrimSpace(f), name) {
				return
			}
		}
	}
	h.Add(echo.HeaderVary, name)
}

// bodyAllowed reports whether a response of the status has a body.
func bodyAllowed(status int) bool {
	return status >= 200 && status != http.StatusNoContent && status != http.StatusNotModified
}

// acceptsGzip reports whether an Accept-Encoding header takes gzip: it
// names gzip (or *) with a q-value above zero.
func acceptsGzip(header string) bool {
	star := false
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		name = strings.ToLower(strings.TrimSpace(name))
		if name != "gzip" && name != "x-gzip" && name != "*" {
			continue
		}
		ok := true
		for _, p := range strings.Split(params, ";") {
			k, v, _ := strings.Cut(strings.TrimSpace(p), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				q, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				ok = err == nil && q > 0
			}
		}
		if name == "*" {
			star = ok
			continue
		}
		return ok
	}
	return star
}
