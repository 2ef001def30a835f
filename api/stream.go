package api

import (
	"io"
	"net/http"
	"time"

	"github.com/labstack/echo/v4"
)

// streamStall is how long one write of a streamed answer may take: a
// client that reads nothing for that long is cut off. Streamed answers are
// written from a snapshot, without the store's lock, so a stalled client
// only holds its own connection, and only this long.
const streamStall = 30 * time.Second

// deadlineWriter sets a write deadline before every write, so that a
// client that stops reading does not hold a connection forever.
type deadlineWriter struct {
	w  io.Writer
	rc *http.ResponseController
}

func (d *deadlineWriter) Write(p []byte) (int, error) {
	// Not every ResponseWriter supports deadlines (httptest's recorder
	// does not); then the write goes on without one.
	_ = d.rc.SetWriteDeadline(time.Now().Add(streamStall))
	return d.w.Write(p)
}

// streamTo returns the writer a streamed answer goes to.
func (s *Server) streamTo(c echo.Context) io.Writer {
	return &deadlineWriter{w: c.Response(), rc: http.NewResponseController(c.Response())}
}
