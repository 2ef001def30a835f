package main

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// writeCorpusCopies writes the shipped articles copies times each into a
// new directory, every copy a distinct article (a reprint line of its own)
// naming the same entities, and returns the directory.
func writeCorpusCopies(tb testing.TB, copies int) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, p := range quads.ShippedArticlePaths() {
		data, err := fs.ReadFile(quads.ShippedArticles(), p)
		if err != nil {
			tb.Fatal(err)
		}
		base := strings.ReplaceAll(strings.TrimSuffix(p, ".txt"), "/", "-")
		for c := 0; c < copies; c++ {
			text := string(data)
			if c > 0 {
				text = strings.TrimRight(text, "\n") + fmt.Sprintf("\n\nReprint %d.\n", c)
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%04d-%s.txt", c, base)), []byte(text), 0o644); err != nil {
				tb.Fatal(err)
			}
		}
	}
	return dir
}

// TestBatchedLoadEqualsArticleByArticle loads the shipped articles and
// reprints of them (so articles of one group name the same entities, by
// their names and aliases) article by article and in groups of several
// sizes: every store exports the same quads and verify passes on each.
func TestBatchedLoadEqualsArticleByArticle(t *testing.T) {
	dir := writeCorpusCopies(t, 3)
	var want []string
	for _, batch := range []string{"1", "4", "1000"} {
		db := filepath.Join(t.TempDir(), "db")
		if _, errs, err := run(t, nil, "load", "--db", db, "--batch", batch, dir); err != nil {
			t.Fatalf("load --batch %s: %v\n%s", batch, err, errs)
		}
		if v := mustRun(t, "verify", "--db", db); !strings.Contains(v, "ok") {
			t.Fatalf("verify after load --batch %s: %s", batch, v)
		}
		got := sorted(mustRun(t, "export", "--db", db))
		if want == nil {
			want = got
			continue
		}
		if !slices.Equal(got, want) {
			t.Fatalf("load --batch %s: %d quads, article by article %d", batch, len(got), len(want))
		}
	}
}

// TestLoadBatchFlag: the batch size must be a positive integer, from the
// flag or COOPGRAPH_LOAD_BATCH, and --help documents both.
func TestLoadBatchFlag(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	for _, c := range []struct {
		env  map[string]string
		args []string
	}{
		{nil, []string{"--batch", "0"}},
		{nil, []string{"--batch", "many"}},
		{map[string]string{"COOPGRAPH_LOAD_BATCH": "-3"}, nil},
	} {
		_, _, err := run(t, c.env, append(append([]string{"load", "--db", db}, c.args...), fixtureNQuads(t))...)
		if err == nil || exitCode(err) != 2 {
			t.Errorf("load %v (env %v): err %v, want a usage error", c.args, c.env, err)
		}
	}
	_, help, _ := run(t, nil, "load", "--help")
	if !strings.Contains(help, "--batch") || !strings.Contains(help, "COOPGRAPH_LOAD_BATCH") {
		t.Fatalf("--help does not document --batch:\n%s", help)
	}
}

// TestLoadProgress: on a terminal the progress line counts files and
// articles per second and gives an ETA; into a pipe or a buffer, load
// prints no progress at all.
func TestLoadProgress(t *testing.T) {
	var buf bytes.Buffer
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	now := t0
	p := newProgress(&buf, 100, t0)
	p.now = func() time.Time { return now }
	now = t0.Add(2 * time.Second)
	p.add(20, 25) // 10 articles/s, a quarter of the files in 2 s: 6 s left
	now = now.Add(progressEvery / 2)
	p.add(1, 1) // too soon to redraw
	p.done()
	out := buf.String()
	if !strings.Contains(out, "25/100 files, 10 articles/s, ETA 6s") || strings.Count(out, "\r") != 1 || !strings.HasSuffix(out, "\n") {
		t.Fatalf("progress line %q", out)
	}

	dir := writeCorpusCopies(t, 1)
	_, errs, err := run(t, nil, "load", "--db", filepath.Join(t.TempDir(), "db"), "--batch", "2", dir)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(errs, "\r") || strings.Contains(errs, "articles/s") {
		t.Fatalf("progress printed where standard error is not a terminal:\n%q", errs)
	}
	f, err := os.CreateTemp(t.TempDir(), "stderr")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if isTerminal(f) || isTerminal(&buf) {
		t.Fatal("a file or a buffer taken for a terminal")
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !isTerminal(tty) {
			t.Fatal("/dev/tty not taken for a terminal")
		}
	}
}
