package api

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/labstack/echo/v4"
)

// serveCompressed serves h behind compress alone.
func serveCompressed(t *testing.T, h echo.HandlerFunc) *httptest.Server {
	e := echo.New()
	e.Use(compress)
	e.GET("/", h)
	srv := httptest.NewServer(e)
	t.Cleanup(srv.Close)
	return srv
}

func getGzip(t *testing.T, url string) *http.Response {
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { res.Body.Close() })
	return res
}

// TestCompressStreams checks that a flushed part of a gzipped answer
// reaches the client, decompressible, while the handler is still writing:
// compress holds nothing back past a flush.
func TestCompressStreams(t *testing.T) {
	first := strings.Repeat("<a> <b> <c> .\n", 10) // less than minCompress
	release := make(chan struct{})
	srv := serveCompressed(t, func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderContentType, "application/n-quads")
		c.Response().WriteHeader(http.StatusOK)
		io.WriteString(c.Response(), first)
		c.Response().Flush()
		select {
		case <-release:
		case <-time.After(10 * time.Second):
		}
		io.WriteString(c.Response(), "<d> <e> <f> .\n")
		return nil
	})
	res := getGzip(t, srv.URL)
	if res.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("a streamed N-Quads answer is not gzipped: %v", res.Header)
	}
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	got := make([]byte, len(first))
	done := make(chan error, 1)
	go func() { _, err := io.ReadFull(zr, got); done <- err }()
	select {
	case err := <-done:
		if err != nil || string(got) != first {
			t.Fatalf("the flushed part: %q, %v", got, err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the flushed part did not reach the client while the handler was writing")
	}
	close(release)
	rest, err := io.ReadAll(zr)
	if err != nil || string(rest) != "<d> <e> <f> .\n" {
		t.Fatalf("the rest: %q, %v", rest, err)
	}
}

// TestCompressAbort checks that a handler that aborts mid-answer leaves the
// gzip stream unfinished: the client sees an error, not a short whole body.
func TestCompressAbort(t *testing.T) {
	srv := serveCompressed(t, func(c echo.Context) error {
		c.Response().Header().Set(echo.HeaderContentType, "application/n-quads")
		c.Response().WriteHeader(http.StatusOK)
		io.WriteString(c.Response(), strings.Repeat("<a> <b> <c> .\n", 200))
		c.Response().Flush()
		panic(http.ErrAbortHandler)
	})
	res := getGzip(t, srv.URL)
	zr, err := gzip.NewReader(res.Body)
	if err != nil {
		t.Fatalf("the flushed part has no gzip header: %v", err)
	}
	if _, err := io.ReadAll(zr); err == nil {
		t.Fatal("an aborted answer reads as a whole gzip stream")
	} else if !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Logf("aborted stream: %v", err)
	}
}

// TestCompressChooses checks what compress leaves alone: bodies already
// encoded, images, empty and short bodies, 304s; and that it keeps a
// handler's status.
func TestCompressChooses(t *testing.T) {
	big := bytes.Repeat([]byte("coopgraph "), 500)
	for _, c := range []struct {
		name, ctype, encoding string
		status                int
		body                  []byte
		gzipped               bool
	}{
		{"json", "application/json", "", 200, big, true},
		{"json error", "application/json", "", 404, big, true},
		{"svg", "image/svg+xml", "", 200, big, true},
		{"ld+json", "application/ld+json", "", 200, big, true},
		{"png", "image/png", "", 200, big, false},
		{"encoded already", "text/plain", "br", 200, big, false},
		{"short", "application/json", "", 200, []byte(`{"ok": true}`), false},
		{"no content", "application/json", "", 204, nil, false},
		{"not modified", "text/html", "", 304, nil, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			srv := serveCompressed(t, func(ctx echo.Context) error {
				h := ctx.Response().Header()
				h.Set(echo.HeaderContentType, c.ctype)
				if c.encoding != "" {
					h.Set(echo.HeaderContentEncoding, c.encoding)
				}
				ctx.Response().WriteHeader(c.status)
				ctx.Response().Write(c.body)
				return nil
			})
			res := getGzip(t, srv.URL)
			body, _ := io.ReadAll(res.Body)
			if res.StatusCode != c.status {
				t.Fatalf("status %d, want %d", res.StatusCode, c.status)
			}
			gzipped := res.Header.Get("Content-Encoding") == "gzip"
			if gzipped != c.gzipped {
				t.Fatalf("gzipped %v, want %v (%v)", gzipped, c.gzipped, res.Header)
			}
			if gzipped {
				zr, err := gzip.NewReader(bytes.NewReader(body))
				if err != nil {
					t.Fatal(err)
				}
				body, err = io.ReadAll(zr)
				if err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(body, c.body) {
				t.Fatalf("body of %d bytes, want %d", len(body), len(c.body))
			}
		})
	}
}

func TestAcceptsGzip(t *testing.T) {
	for header, want := range map[string]bool{
		"": false, "gzip": true, "GZIP": true, "gzip, deflate, br": true, "deflate, br": false,
		"gzip;q=0": false, "gzip; q=0.0": false, "gzip;q=0.5": true, "*": true, "*;q=0": false,
		"br, *;q=0.1": true, "gzip;q=0, *": false, "identity": false, "x-gzip": true,
	} {
		if got := acceptsGzip(header); got != want {
			t.Errorf("acceptsGzip(%q) = %v, want %v", header, got, want)
		}
	}
}

// BenchmarkCompress measures what compress costs a JSON answer of 4 KiB
// and 64 KiB, for a client that takes gzip and one that does not.
func BenchmarkCompress(b *testing.B) {
	for _, size := range []int{4 << 10, 64 << 10} {
		var buf bytes.Buffer
		for i := 0; buf.Len() < size; i++ {
			fmt.Fprintf(&buf, `{"id":"%08x-3a22-514f-a271-7b14e4c0b786","name":"Entity %d","type":"Organization","aliases":[]},`, i, i)
		}
		body := buf.Bytes()[:size]
		e := echo.New()
		e.Use(compress)
		e.GET("/", func(c echo.Context) error { return c.Blob(http.StatusOK, "application/json", body) })
		for _, enc := range []string{"identity", "gzip"} {
			b.Run(fmt.Sprintf("%dKiB/%s", size>>10, enc), func(b *testing.B) {
				req := httptest.NewRequest("GET", "/", nil)
				req.Header.Set("Accept-Encoding", enc)
				var sent int
				for b.Loop() {
					rec := httptest.NewRecorder()
					e.ServeHTTP(rec, req)
					sent = rec.Body.Len()
				}
				b.ReportMetric(float64(sent), "bytes-sent")
			})
		}
	}
}
