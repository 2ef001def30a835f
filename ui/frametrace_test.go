package ui_test

import (
	"context"
	"encoding/json"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/tracing"
	"github.com/chromedp/chromedp"
	"github.com/coopgraph/coopgraph/ui/browsertest"
)

// traceEvent is one event of a Chromium trace (the JSON trace format).
type traceEvent struct {
	Name string          `json:"name"`
	Ph   string          `json:"ph"`
	Pid  int             `json:"pid"`
	Tid  int             `json:"tid"`
	Dur  float64         `json:"dur"` // µs, for complete ("X") events
	Args json.RawMessage `json:"args"`
}

// traceWhile records a DevTools trace of the categories while fn runs and
// returns its events.
func traceWhile(t *testing.T, p *browsertest.Page, categories []string, fn func()) []traceEvent {
	t.Helper()
	ctx, cancel := context.WithCancel(p.Ctx)
	defer cancel()
	// Listen sees the events in the order they came: all the data, then
	// the end
	var mu sync.Mutex
	var all []traceEvent
	complete := make(chan struct{})
	err := chromedp.Listen(ctx, func(ev any) {
		switch ev := ev.(type) {
		case *tracing.EventDataCollected:
			mu.Lock()
			for _, v := range ev.Value {
				var e traceEvent
				if json.Unmarshal(v, &e) == nil {
					all = append(all, e)
				}
			}
			mu.Unlock()
		case *tracing.EventTracingComplete:
			close(complete)
		}
	})
	if err != nil {
		t.Fatalf("listen for the trace: %v", err)
	}
	if _, err := chromedp.Call(p.Ctx, tracing.Start, tracing.StartParams{TransferMode: tracing.StartTransferModeReportEvents,
		TraceConfig: &tracing.TraceConfig{IncludedCategories: categories}}); err != nil {
		t.Fatalf("start tracing: %v", err)
	}
	fn()
	if _, err := chromedp.Call(p.Ctx, tracing.End, cdp.Empty{}); err != nil {
		t.Fatalf("end tracing: %v", err)
	}
	select {
	case <-complete:
		mu.Lock()
		defer mu.Unlock()
		return all
	case <-time.After(30 * time.Second):
		t.Fatal("the trace did not end within 30 s")
		return nil
	}
}

// frameCosts sums, over a trace, where the frames' time went: how many
// frames the compositor drew (viz's Display::DrawAndSwap, in the GPU
// process), and the wall time of the page's main thread in script run by
// animation frames (sigma draws there), and waiting in GLES2::ReadPixels
// (each shown WebGL canvas read back for the software compositor, which
// waits for SwiftShader to finish drawing it), and the compositor's own
// drawing.
type frameCosts struct {
	Composited, ReadBacks            int
	Script, ReadBack, CompositorDraw float64 // ms
}

func costsOf(events []traceEvent) frameCosts {
	threads := map[[2]int]string{}
	for _, e := range events {
		if e.Ph == "M" && e.Name == "thread_name" {
			var a struct{ Name string }
			json.Unmarshal(e.Args, &a)
			threads[[2]int{e.Pid, e.Tid}] = a.Name
		}
	}
	var c frameCosts
	for _, e := range events {
		if e.Ph != "X" {
			continue
		}
		th := threads[[2]int{e.Pid, e.Tid}]
		switch {
		case th == "VizCompositorThread" && e.Name == "Display::DrawAndSwap":
			c.Composited++
			c.CompositorDraw += e.Dur / 1000
		case th == "CrRendererMain" && e.Name == "FireAnimationFrame":
			c.Script += e.Dur / 1000
		case th == "CrRendererMain" && e.Name == "GLES2::ReadPixels":
			c.ReadBacks++
			c.ReadBack += e.Dur / 1000
		}
	}
	return c
}

func (c frameCosts) String() string {
	return fmt.Sprintf("%d frames composited; page main thread: %.0f ms of script in animation frames, %.0f ms waiting for WebGL canvases to be drawn and read back (%d GLES2::ReadPixels); compositor drawing %.0f ms",
		c.Composited, c.Script, c.ReadBack, c.ReadBacks, c.CompositorDraw)
}
