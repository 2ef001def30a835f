package graph

import (
	"context"
	"fmt"
	"log/slog"
	"os"

	"github.com/cayleygraph/cayley/clog"
)

// Cayley logs through its own global logger, to the standard library's log
// by default, with an ERROR for conditions it also returns (such as
// initialising a database that already exists). coopgraph reports the
// errors Cayley returns; Cayley's own lines go to slog's default logger at
// debug level, so they are there when asked for (COOPGRAPH_LOG_LEVEL=debug)
// and never alarm a user otherwise.
func init() { clog.SetLogger(cayleyLog{}) }

type cayleyLog struct{}

func (cayleyLog) log(level slog.Level, format string, args []any) {
	slog.Default().Log(context.Background(), level, fmt.Sprintf(format, args...), "from", "cayley")
}

func (l cayleyLog) Infof(format string, args ...any)    { l.log(slog.LevelDebug, format, args) }
func (l cayleyLog) Warningf(format string, args ...any) { l.log(slog.LevelDebug, format, args) }
func (l cayleyLog) Errorf(format string, args ...any)   { l.log(slog.LevelDebug, format, args) }
func (l cayleyLog) Fatalf(format string, args ...any) {
	l.log(slog.LevelError, format, args)
	os.Exit(1)
}
func (cayleyLog) V(level int) bool { return false }
func (cayleyLog) SetV(int)         {}
