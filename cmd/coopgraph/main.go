// Command coopgraph turns news articles about cooperating institutions into
// one knowledge graph in Cayley and serves it. It only wires the packages
// together: quads (the model and extraction), graph (the store), api (the
// HTTP server).
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"regexp"
	"sort"
	"strings"
	"syscall"
	"time"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go exitAfterSignal(ctx, stop, stopGrace(os.Args[1:]))
	m := NewMain()
	if err := m.Run(ctx, os.Args[1:]); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(m.Stderr, "coopgraph:", oneLine(err))
		}
		os.Exit(exitCode(err))
	}
}

// stopGrace is how long a command may take to end after SIGTERM or SIGINT
// before the process exits anyway: serve finishes its requests in flight
// (shutdownGrace); every other command stops at its next check of the
// context, and one blocked where it cannot check (writing to a full pipe,
// waiting on a lock) must not outlive the signal for long.
func stopGrace(args []string) time.Duration {
	if len(args) > 0 && args[0] == "serve" {
		return shutdownGrace + 5*time.Second
	}
	return 5 * time.Second
}

// exitAfterSignal waits for the first signal, restores the default
// handling (so a second one kills at once), and exits non-zero if the
// command is still running grace later.
func exitAfterSignal(ctx context.Context, stop func(), grace time.Duration) {
	<-ctx.Done()
	stop()
	time.Sleep(grace)
	fmt.Fprintf(os.Stderr, "coopgraph: still running %s after the signal; exiting\n", grace)
	os.Exit(1)
}

// Main runs one coopgraph command; tests run it in-process or as a child.
type Main struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

// NewMain returns a Main on the process's standard streams and environment.
func NewMain() *Main {
	return &Main{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr, Getenv: os.Getenv}
}

// command is one subcommand: its one-line summary and what runs it.
type command struct {
	summary string
	run     func(m *Main, ctx context.Context, args []string) error
}

func commands() map[string]command {
	return map[string]command{
		"serve":   {"run the HTTP server and UI (default: a bolt store in --data holding the shipped articles)", (*Main).serve},
		"extract": {"print what the extractor finds in article files; stores nothing", (*Main).extract},
		"load":    {"extract .txt articles or read .nq N-Quads files and write them to the store", (*Main).load},
		"export":  {"write the whole graph to standard output (nquads, jsonld, graphml)", (*Main).export},
		"verify":  {"check the store: evidence, whole articles, index; exit 1 on any fault", (*Main).verify},
		"bench":   {"measure coopgraph beside Cayley's own traversal and query endpoint", (*Main).bench},
		"health":  {"ask a running server whether it is alive (the container health check)", (*Main).health},
	}
}

// Run runs the command args name.
func (m *Main) Run(ctx context.Context, args []string) error {
	cmds := commands()
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		m.usage(cmds)
		if len(args) == 0 {
			return usageError("no command given")
		}
		return nil
	}
	c, ok := cmds[args[0]]
	if !ok {
		m.usage(cmds)
		return usageError(fmt.Sprintf("unknown command %q", args[0]))
	}
	return c.run(m, ctx, args[1:])
}

func (m *Main) usage(cmds map[string]command) {
	names := make([]string, 0, len(cmds))
	for n := range cmds {
		names = append(names, n)
	}
	sort.Strings(names)
	fmt.Fprintln(m.Stderr, "usage: coopgraph COMMAND [flags] [args]\n\ncommands:")
	for _, n := range names {
		fmt.Fprintf(m.Stderr, "  %-8s %s\n", n, cmds[n].summary)
	}
	fmt.Fprintln(m.Stderr, "\nRun 'coopgraph COMMAND --help' for a command's flags; every flag has an environment fallback.")
}

func (m *Main) logger() *slog.Logger {
	level := slog.LevelInfo
	if strings.EqualFold(m.Getenv("COOPGRAPH_LOG_LEVEL"), "debug") {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(m.Stderr, &slog.HandlerOptions{Level: level}))
	slog.SetDefault(log) // Cayley's own lines reach slog's default (graph/cayleylog.go)
	return log
}

// usageError is a command line the command cannot run; it exits 2.
type usageError string

func (e usageError) Error() string { return string(e) }

// faultError is a check that found faults; it exits 1 like any failure but
// its message is already printed.
type faultError struct{ msg string }

func (e *faultError) Error() string { return e.msg }

func exitCode(err error) int {
	var u usageError
	if errors.As(err, &u) || errors.Is(err, flag.ErrHelp) {
		return 2
	}
	return 1
}

// oneLine keeps an error to one line on standard error, as API.md promises,
// with quads.Error's "code=… message=" wrapping taken out: the user reads
// the message and the context wrapped around it.
func oneLine(err error) string {
	msg := quadsErrorPrefix.ReplaceAllString(err.Error(), "")
	return strings.Join(strings.Fields(msg), " ")
}

var quadsErrorPrefix = regexp.MustCompile(`coopgraph error: code=\S+ message=`)
