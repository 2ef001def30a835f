package main

import (
	"fmt"
	"io"
	"os"
	"time"
)

// progressEvery is the least time between two progress lines, so a fast
// load does not spend its time redrawing.
const progressEvery = 250 * time.Millisecond

// progress draws one line, redrawn in place, of how far a load is: files
// done of all, articles written per second, and the time left at the rate
// so far. A nil writer draws nothing.
type progress struct {
	w               io.Writer
	total           int
	start, last     time.Time
	files, articles int
	drawn           bool
	now             func() time.Time
}

func newProgress(w io.Writer, totalFiles int, start time.Time) *progress {
	return &progress{w: w, total: totalFiles, start: start, now: time.Now}
}

// add counts articles written and files done, and redraws when the last
// line is old enough.
func (p *progress) add(articles, files int) {
	p.articles += articles
	p.files += files
	if p.w == nil {
		return
	}
	if now := p.now(); !p.drawn || now.Sub(p.last) >= progressEvery || p.files == p.total {
		p.last = now
		p.draw(now)
	}
}

func (p *progress) draw(now time.Time) {
	el := now.Sub(p.start).Seconds()
	rate, eta := 0.0, "?"
	if el > 0 && p.files > 0 {
		rate = float64(p.articles) / el
		left := time.Duration(float64(p.total-p.files) * el / float64(p.files) * float64(time.Second))
		eta = left.Round(time.Second).String()
	}
	fmt.Fprintf(p.w, "\rload: %d/%d files, %.0f articles/s, ETA %s\x1b[K", p.files, p.total, rate, eta)
	p.drawn = true
}

// done ends the progress line, so later output starts on a line of its own.
func (p *progress) done() {
	if p.w != nil && p.drawn {
		fmt.Fprintln(p.w)
	}
}

// isTerminal reports whether w is a terminal (a character device), where
// a line redrawn in place is read; in a pipe or a file it would be noise.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}
