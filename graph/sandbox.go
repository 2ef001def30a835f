package graph

import (
	"context"
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"sync"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// QueryBounds bound the heavy reads: Cayley's query languages (Query),
// Cayley's v2 read and the export. Zero fields take the defaults below.
type QueryBounds struct {
	// Concurrent is how many heavy reads run at once; one more waits at
	// most Wait for a slot and is then refused with EUNAVAILABLE (503).
	Concurrent int
	Wait       time.Duration
	// HeapPerQuery is how far the Go heap may grow above where it was when
	// the oldest running query started, per query running; past it every
	// running query is stopped with ETOOLARGE. What is bounded is the
	// process's heap growth while queries run, sampled every 10 ms, not
	// each query's own allocations, which Go cannot attribute: a query
	// that passes the bound stops the others running beside it too.
	HeapPerQuery uint64
	// Stacks bounds the memory of all goroutine stacks while queries run.
	Stacks uint64
	// AnswerBytes bounds the bytes of one answer (Query's results as JSON,
	// g.Emit's values, a v2 read); past it the query stops with ETOOLARGE.
	AnswerBytes int64
}

// Defaults of QueryBounds.
const (
	DefaultQueryConcurrent   = 4
	DefaultQueryWait         = 250 * time.Millisecond
	DefaultQueryHeapPerQuery = 256 << 20
	DefaultQueryStacks       = 256 << 20
	DefaultQueryAnswerBytes  = 32 << 20
)

func (b QueryBounds) withDefaults() QueryBounds {
	if b.Concurrent <= 0 {
		b.Concurrent = DefaultQueryConcurrent
	}
	if b.Wait <= 0 {
		b.Wait = DefaultQueryWait
	}
	if b.HeapPerQuery == 0 {
		b.HeapPerQuery = DefaultQueryHeapPerQuery
	}
	if b.Stacks == 0 {
		b.Stacks = DefaultQueryStacks
	}
	if b.AnswerBytes <= 0 {
		b.AnswerBytes = DefaultQueryAnswerBytes
	}
	return b
}

// sandbox admits heavy reads up to a number at once and watches the memory
// while any runs.
type sandbox struct {
	b     QueryBounds
	slots chan struct{}

	mu      sync.Mutex
	running map[*sandboxed]struct{}
	stopped chan struct{}
}

// sandboxed is one admitted read: its stop ends its context with a cause;
// heap is the heap's size when it started.
type sandboxed struct {
	stop    context.CancelCauseFunc
	heap    uint64
	aborted bool
}

func newSandbox(b QueryBounds) *sandbox {
	b = b.withDefaults()
	return &sandbox{b: b, slots: make(chan struct{}, b.Concurrent), running: map[*sandboxed]struct{}{}}
}

// SetQueryBounds sets the bounds of the heavy reads; call it before
// serving.
func (s *Store) SetQueryBounds(b QueryBounds) { s.sandbox = newSandbox(b) }

// QueryBounds returns the bounds in effect, defaults filled in.
func (s *Store) QueryBounds() QueryBounds { return s.box().b }

func (s *Store) box() *sandbox {
	s.sandboxOnce.Do(func() {
		if s.sandbox == nil {
			s.sandbox = newSandbox(QueryBounds{})
		}
	})
	return s.sandbox
}

// admit waits for a slot (Wait at most) and returns a context that the
// watchdog ends when memory passes the bounds, and the release, which
// must be called. what names the read in errors.
func (b *sandbox) admit(ctx context.Context, what string) (context.Context, func(), error) {
	t := time.NewTimer(b.b.Wait)
	defer t.Stop()
	select {
	case b.slots <- struct{}{}:
	case <-t.C:
		return nil, nil, quads.Errorf(quads.EUNAVAILABLE,
			"%s refused: %d heavy queries are running already; try again shortly", what, b.b.Concurrent)
	case <-ctx.Done():
		return nil, nil, quads.Errorf(quads.ETIMEOUT, "%s cancelled while waiting: %v", what, ctx.Err())
	}
	qctx, cancel := context.WithCancelCause(ctx)
	q := &sandboxed{stop: cancel, heap: heapBytes()}
	b.mu.Lock()
	if len(b.running) == 0 {
		b.stopped = make(chan struct{})
		go b.watch(b.stopped)
	}
	b.running[q] = struct{}{}
	b.mu.Unlock()
	release := func() {
		b.mu.Lock()
		delete(b.running, q)
		if len(b.running) == 0 {
			close(b.stopped)
		}
		aborted := q.aborted
		b.mu.Unlock()
		cancel(nil)
		<-b.slots
		if aborted {
			// The query was stopped for its memory: give it back now
			// rather than at the next GC.
			debug.FreeOSMemory()
		}
	}
	return qctx, release, nil
}

// errMemory is the cause a query stopped for memory carries.
type errMemory struct{ msg string }

func (e *errMemory) Error() string { return e.msg }

// watch samples the heap and the stacks every 10 ms until stopped and
// stops every running query once they pass the bounds.
func (b *sandbox) watch(stopped chan struct{}) {
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	samples := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}, {Name: "/memory/classes/heap/stacks:bytes"}}
	for {
		select {
		case <-stopped:
			return
		case <-tick.C:
		}
		metrics.Read(samples)
		heap, stacks := samples[0].Value.Uint64(), samples[1].Value.Uint64()
		b.mu.Lock()
		// The heap may grow from where it was when the oldest running
		// query started by the allowance of each running query.
		n := uint64(len(b.running))
		base := heap
		for q := range b.running {
			base = min(base, q.heap)
		}
		var cause error
		switch {
		case heap-base > b.b.HeapPerQuery*n:
			cause = &errMemory{fmt.Sprintf("query stopped: the heap grew by more than %d MiB a query while it ran", b.b.HeapPerQuery>>20)}
		case stacks > b.b.Stacks:
			cause = &errMemory{fmt.Sprintf("query stopped: goroutine stacks passed %d MiB while it ran", b.b.Stacks>>20)}
		}
		if cause != nil {
			for q := range b.running {
				q.aborted = true
				q.stop(cause)
			}
		}
		b.mu.Unlock()
	}
}

func heapBytes() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64()
}

// boundError turns how a sandboxed read ended into a domain error: the
// watchdog's cause is ETOOLARGE, the deadline ETIMEOUT.
func boundError(ctx context.Context, what string) error {
	if cause := context.Cause(ctx); cause != nil {
		if m, ok := cause.(*errMemory); ok {
			return quads.Errorf(quads.ETOOLARGE, "%s: %s", what, m.msg)
		}
	}
	return quads.Errorf(quads.ETIMEOUT, "%s stopped: past its time limit", what)
}

// Admit admits one heavy read that is not a Query (a v2 read, an export's
// copy) into the sandbox: it returns a context the watchdog ends when
// memory passes the bounds, and the release, which must be called. It
// returns EUNAVAILABLE when every slot stays taken for QueryBounds.Wait.
func (s *Store) Admit(ctx context.Context, what string) (context.Context, func(), error) {
	return s.box().admit(ctx, what)
}
