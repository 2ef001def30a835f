package main

import (
	"io"
	"log/slog"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/api"
	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// helpDefaults reads the "(default X)" of each flag in a command's --help.
func helpDefaults(t *testing.T, command string) map[string]string {
	t.Helper()
	_, help, _ := run(t, nil, command, "--help")
	out := map[string]string{}
	for _, m := range regexp.MustCompile(`(?m)^  --(\S+) .*\(default (.+)\)$`).FindAllStringSubmatch(help, -1) {
		out[m[1]] = m[2]
	}
	if len(out) < 5 {
		t.Fatalf("%s --help shows %d defaults:\n%s", command, len(out), help)
	}
	return out
}

// TestServeHelpDefaults checks that the defaults serve --help shows are
// the values a server started without flags runs with, and those of an
// api.Config left zero.
func TestServeHelpDefaults(t *testing.T) {
	help := helpDefaults(t, "serve")
	m := &Main{Stderr: os.Stderr, Getenv: func(string) string { return "" }}
	fs := m.serveFlags()
	if err := fs.parse(nil); err != nil {
		t.Fatal(err)
	}
	cfg, err := serverConfig(fs)
	if err != nil {
		t.Fatal(err)
	}
	quiet := slog.New(slog.NewTextHandler(io.Discard, nil))
	cfg.Token, cfg.Logger = "t", quiet
	store := storetest.OpenMemstore(t)
	fromFlags, err := api.New(cfg, store)
	if err != nil {
		t.Fatal(err)
	}
	zero, err := api.New(api.Config{Token: "t", Logger: quiet}, store)
	if err != nil {
		t.Fatal(err)
	}
	for name, srv := range map[string]*api.Server{"serve without flags": fromFlags, "api.Config{}": zero} {
		c := srv.Config()
		for flag, used := range map[string]string{
			"addr":          c.Addr,
			"body-limit":    itoa(c.BodyLimit),
			"query-timeout": c.QueryTimeout.String(),
			"result-limit":  itoa(int64(c.ResultLimit)),
		} {
			if help[flag] != used {
				t.Errorf("%s: --%s is %s, --help says %q", name, flag, used, help[flag])
			}
		}
	}
	if help["rate-limit"] != "0" || fromFlags.Config().RateLimit != 0 {
		t.Errorf("--rate-limit: --help says %q, the server uses %v", help["rate-limit"], fromFlags.Config().RateLimit)
	}
}

// TestREADMEDefaults checks the README's table of flags against the options
// table: each of serve's flags has a row, and the row's default cell shows
// the default --help shows.
func TestREADMEDefaults(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	rows := map[string]string{} // flag → default cell
	for _, m := range regexp.MustCompile("(?m)^\\| `--([a-z-]+)` \\| `([A-Z_]+)` \\| ([^|]*) \\|").FindAllStringSubmatch(string(readme), -1) {
		rows[m[1]] = m[3]
		if want := options[m[1]].env; m[2] != want {
			t.Errorf("README: --%s falls back to %s, the options table says %s", m[1], m[2], want)
		}
	}
	m := &Main{Stderr: os.Stderr, Getenv: func(string) string { return "" }}
	for _, name := range m.serveFlags().names {
		cell, ok := rows[name]
		if !ok {
			t.Errorf("README: no row for serve's --%s", name)
			continue
		}
		if def := options[name].def; def != "" && !strings.Contains(cell, "`"+def+"`") {
			t.Errorf("README: --%s default %q, the options table says %q", name, strings.TrimSpace(cell), def)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// TestQueryBoundsFlags: the sandbox's bounds come from their flags and
// environment variables, defaults from graph's, and zero is refused.
func TestQueryBoundsFlags(t *testing.T) {
	env := map[string]string{"COOPGRAPH_ANSWER_LIMIT": "1024"}
	m := &Main{Stderr: os.Stderr, Getenv: func(k string) string { return env[k] }}
	fs := m.serveFlags()
	if err := fs.parse([]string{"--heavy-queries", "2"}); err != nil {
		t.Fatal(err)
	}
	b, err := queryBounds(fs)
	if err != nil {
		t.Fatal(err)
	}
	if b.Concurrent != 2 || b.AnswerBytes != 1024 || b.HeapPerQuery != graph.DefaultQueryHeapPerQuery {
		t.Errorf("bounds %+v, want 2 heavy queries, 1024 answer bytes and the default heap bound", b)
	}
	fs = m.serveFlags()
	if err := fs.parse([]string{"--query-memory", "0"}); err != nil {
		t.Fatal(err)
	}
	if _, err := queryBounds(fs); err == nil {
		t.Error("--query-memory 0 was taken")
	}
}
