package gizmo

import (
	"context"
	"errors"

	"github.com/dop251/goja"
)

// Bounds of a Gizmo session, beyond the context's deadline.
const (
	// DefaultMaxDepth bounds the nesting of a value the script hands to
	// Go (g.Emit, arguments of the path methods).
	DefaultMaxDepth = 64
	// DefaultMaxAnswerBytes bounds the bytes of every value g.Emit sends,
	// added up over the session.
	DefaultMaxAnswerBytes = 16 << 20
	// DefaultMaxArray bounds the results toArray, tagArray and forEach
	// read, whatever limit the script names.
	DefaultMaxArray = 10000
	// maxArgBytes bounds one argument of a path method.
	maxArgBytes = 1 << 20
)

// Limits bound a Gizmo session. Zero fields take the defaults above.
type Limits struct {
	// MaxDepth bounds the nesting of an exported value.
	MaxDepth int
	// MaxAnswerBytes bounds the bytes g.Emit sends over the session; past
	// it the query stops with an *ErrTooLarge.
	MaxAnswerBytes int64
	// MaxArray bounds what toArray, tagArray and forEach read.
	MaxArray int
	// ReadLock, when set, is called around every read of the quad store
	// and returns the unlock. The script's own code runs without it, so
	// that a script that loops holds up no writer.
	ReadLock func() func()
}

func (l Limits) withDefaults() Limits {
	if l.MaxDepth <= 0 {
		l.MaxDepth = DefaultMaxDepth
	}
	if l.MaxAnswerBytes <= 0 {
		l.MaxAnswerBytes = DefaultMaxAnswerBytes
	}
	if l.MaxArray <= 0 {
		l.MaxArray = DefaultMaxArray
	}
	return l
}

// ErrTooLarge is a value or an answer past one of the session's bounds.
type ErrTooLarge struct{ Msg string }

func (e *ErrTooLarge) Error() string { return e.Msg }

// ErrMalformed is a value Go cannot take: cyclic or nested too deep.
type ErrMalformed struct{ Msg string }

func (e *ErrMalformed) Error() string { return e.Msg }

// thrownError describes what the script threw without converting it to a
// string, which could run the script's own toString or recurse on a
// cycle: an Error's name and message when they are plain strings.
func thrownError(v goja.Value) error {
	msg := "uncaught exception thrown by the query"
	if o, ok := v.(*goja.Object); ok {
		name, message := o.Get("name"), o.Get("message")
		if isPlainString(name) && isPlainString(message) {
			msg = name.String() + ": " + message.String()
		}
	} else if v != nil && !goja.IsUndefined(v) && !goja.IsNull(v) {
		msg = "uncaught exception: " + v.String()
	}
	return errors.New(msg)
}

func isPlainString(v goja.Value) bool {
	if v == nil {
		return false
	}
	_, ok := v.Export().(string)
	_, obj := v.(*goja.Object)
	return ok && !obj
}

func (s *Session) readLock() func() {
	if s.lim.ReadLock == nil {
		return func() {}
	}
	return s.lim.ReadLock()
}

// arrayLimit is the number of results a final that reads into memory may
// read: the script's limit, at most MaxArray.
func (s *Session) arrayLimit(limit int) int {
	if limit <= 0 || limit > s.lim.MaxArray {
		return s.lim.MaxArray
	}
	return limit
}

// abort stops the script for good: the VM is interrupted wherever it is,
// and the query's error is err (the first one), even if the script catches
// the exception a native function throws.
func (s *Session) abort(err error) {
	if err == nil {
		err = errors.New("query stopped")
	}
	s.abortMu.Lock()
	if s.aborted == nil {
		s.aborted = err
	}
	s.abortMu.Unlock()
	s.vm.Interrupt(err)
}

// Abort stops the running script with err, from any goroutine (a memory
// watchdog, for one).
func (s *Session) Abort(err error) { s.abort(err) }

func (s *Session) abortErr() error {
	s.abortMu.Lock()
	defer s.abortMu.Unlock()
	return s.aborted
}

// ShapeOfContext is ShapeOf under ctx: when ctx ends, the VM is
// interrupted and the error is ctx's cause.
func (s *Session) ShapeOfContext(ctx context.Context, qu string) (map[string]interface{}, error) {
	s.ctx = ctx
	stop := context.AfterFunc(ctx, func() { s.abort(context.Cause(ctx)) })
	defer stop()
	out, err := s.ShapeOf(qu)
	if err != nil {
		return nil, err
	}
	m, _ := out.(map[string]interface{})
	return m, nil
}
