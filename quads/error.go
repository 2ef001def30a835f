package quads

import (
	"errors"
	"fmt"
)

// Error codes shared by every layer. The API maps each to one HTTP status in
// one table; adapters (graph/, the extractor) translate foreign errors into
// these at their edge.
const (
	ECONFLICT     = "conflict"     // the write contradicts what is stored
	EINTERNAL     = "internal"     // a fault of ours, never the caller's
	EINVALID      = "invalid"      // malformed or out-of-range input
	ENOTFOUND     = "not_found"    // an unknown entity, edge, article or path
	ETOOLARGE     = "too_large"    // a body or result past its limit
	ETIMEOUT      = "timeout"      // a query past its time budget
	EUNAUTHORIZED = "unauthorized" // a write without a valid token
	EUNAVAILABLE  = "unavailable"  // a backend that cannot be used as configured
)

// Error is a failure with a code that tells callers (and the HTTP layer) what
// kind of failure it is, and a message fit to show to a user.
type Error struct {
	Code    string
	Message string
}

// Error implements the error interface.
func (e *Error) Error() string {
	return fmt.Sprintf("coopgraph error: code=%s message=%s", e.Code, e.Message)
}

// Errorf returns an *Error with the given code and a formatted message.
func Errorf(code string, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL
// for any other error, and "" for nil.
func ErrorCode(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the message of the first *Error in err's chain, and
// "Internal error." for any other error so that internals never leak.
func ErrorMessage(err error) string {
	var e *Error
	if err == nil {
		return ""
	} else if errors.As(err, &e) {
		return e.Message
	}
	return "Internal error."
}
