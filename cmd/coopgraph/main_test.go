package main

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// TestMain lets tests run this test binary as the coopgraph command in a
// child process (COOPGRAPH_RUN_MAIN=1), so a child can be killed mid-write.
func TestMain(m *testing.M) {
	if os.Getenv("COOPGRAPH_RUN_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// run runs a command in-process and returns its standard output and error.
func run(t testing.TB, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	var out, errb bytes.Buffer
	m := &Main{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errb, Getenv: func(k string) string { return env[k] }}
	err := m.Run(context.Background(), args)
	return out.String(), errb.String(), err
}

func mustRun(t testing.TB, args ...string) string {
	t.Helper()
	out, errs, err := run(t, nil, args...)
	if err != nil {
		t.Fatalf("coopgraph %s: %v\n%s", strings.Join(args, " "), err, errs)
	}
	return out
}

// child returns the coopgraph command as a child process.
func child(args ...string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "COOPGRAPH_RUN_MAIN=1")
	return cmd
}

// fixtureNQuads writes the store suite's fixture graph as an N-Quads file.
func fixtureNQuads(t *testing.T) string {
	t.Helper()
	s := storetest.OpenMemstore(t)
	storetest.MustWrite(t, s, storetest.FixtureOne(), storetest.FixtureTwo())
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "nquads"); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "fixture.nq")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func sorted(s string) []string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	slices.Sort(lines)
	return lines
}

func TestLoadExportRoundTrip(t *testing.T) {
	nq := fixtureNQuads(t)
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	mustRun(t, "load", "--db", a, nq)
	first := mustRun(t, "export", "--db", a, "--format", "nquads")
	out := filepath.Join(t.TempDir(), "first.nq")
	os.WriteFile(out, []byte(first), 0o644)
	mustRun(t, "load", "--db", b, out)
	second := mustRun(t, "export", "--db", b)
	want, _ := os.ReadFile(nq)
	if !slices.Equal(sorted(first), sorted(second)) || !slices.Equal(sorted(first), sorted(string(want))) {
		t.Fatalf("round trip through bolt differs:\nfirst %d lines, second %d, fixture %d", len(sorted(first)), len(sorted(second)), len(sorted(string(want))))
	}
	if v := mustRun(t, "verify", "--db", b); !strings.Contains(v, "ok") {
		t.Fatalf("verify after round trip: %s", v)
	}
}

func TestLoadTwiceChangesNothing(t *testing.T) {
	nq := fixtureNQuads(t)
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, nq)
	before := mustRun(t, "export", "--db", db)
	mustRun(t, "load", "--db", db, nq)
	after := mustRun(t, "export", "--db", db)
	if len(sorted(before)) != len(sorted(after)) || !slices.Equal(sorted(before), sorted(after)) {
		t.Fatalf("second load changed the quad count from %d to %d", len(sorted(before)), len(sorted(after)))
	}
}

func TestLoadMalformedNQuadsLeavesStoreAsItWas(t *testing.T) {
	nq := fixtureNQuads(t)
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, nq)
	before := mustRun(t, "export", "--db", db)
	bad := filepath.Join(t.TempDir(), "bad.nq")
	os.WriteFile(bad, []byte("<http://e/a> <http://e/p> <http://e/b> .\n"+
		"<http://e/c> <http://e/p> \"ok\" .\n"+
		"# a comment\n"+
		"<http://e/d> <http://e/p> this is not a term .\n"), 0o644)
	// As a child process, to see the exit status and the one-line message.
	cmd := child("load", "--db", db, bad)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	err := cmd.Run()
	if err == nil {
		t.Fatal("load of a malformed file exited 0")
	}
	if !strings.Contains(stderr.String(), "line 4") {
		t.Fatalf("error does not name line 4: %q", stderr.String())
	}
	if after := mustRun(t, "export", "--db", db); !slices.Equal(sorted(before), sorted(after)) {
		t.Fatal("a rejected file changed the store")
	}
}

func TestCommandErrors(t *testing.T) {
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "unknown command"},
		{[]string{"load", "--db", "memstore"}, "no files"},
		{[]string{"load", "--db", "memstore", "/does/not/exist.txt"}, "no such file"},
		{[]string{"export", "--db", "memstore", "--format", "csv"}, "unknown export format"},
		{[]string{"verify"}, "no store"},
		{[]string{"extract", "--json"}, "no article files"},
	} {
		_, _, err := run(t, nil, c.args...)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("coopgraph %v: error %v, want one containing %q", c.args, err, c.want)
		}
	}
}

func TestEnvironmentFallback(t *testing.T) {
	nq := fixtureNQuads(t)
	db := filepath.Join(t.TempDir(), "db")
	if _, errs, err := run(t, map[string]string{"COOPGRAPH_DB": db}, "load", nq); err != nil {
		t.Fatalf("load with COOPGRAPH_DB: %v %s", err, errs)
	}
	out, _, err := run(t, map[string]string{"COOPGRAPH_DB": db, "COOPGRAPH_FORMAT": "graphml"}, "export")
	if err != nil || !strings.Contains(out, "<graphml") {
		t.Fatalf("export with COOPGRAPH_FORMAT=graphml: %v\n%.200s", err, out)
	}
}

// TestKilledLoadLeavesWholeArticles kills `coopgraph load` of many articles
// with SIGKILL part-way, several times, and checks after each that verify
// passes and every article is whole or absent; a final load completes them.
// Articles are written in groups of killBatch (through the environment
// fallback of --batch, small so that kills land between and inside
// groups), and on bolt whole groups are gathered into transactions of
// some txQuads quads (--tx-quads), set here to about two and a half
// groups' worth, so that a transaction holds several groups and the load
// several transactions: the articles present must be whole groups, a
// prefix of the files in load order.
func TestKilledLoadLeavesWholeArticles(t *testing.T) {
	const killBatch = 16
	dir := t.TempDir()
	want := map[string]int{} // article id → relations it must hold when present
	var order []string       // article ids in load order
	txQuads := 0             // the quads of the first 40 articles, unmerged
	for i := 0; i < 300; i++ {
		text := strings.ReplaceAll(storetest.ArticleOne, "Acme University", fmt.Sprintf("Acme University No. %d", i))
		text = strings.ReplaceAll(text, "Alice Wang", fmt.Sprintf("Alice Wang%s", strings.Repeat("a", i%7)))
		p := filepath.Join(dir, fmt.Sprintf("a%03d.txt", i))
		os.WriteFile(p, []byte(text), 0o644)
		x, err := extract.Extract(quads.Article{Text: text})
		if err != nil {
			t.Fatal(err)
		}
		want[x.Article.ID] = len(x.Relations)
		order = append(order, x.Article.ID)
		if i < 40 {
			txQuads += len(x.Quads())
		}
	}
	env := []string{fmt.Sprintf("COOPGRAPH_LOAD_BATCH=%d", killBatch), fmt.Sprintf("COOPGRAPH_LOAD_TX_QUADS=%d", txQuads)}
	// A whole load into a clean store first, timed, so that the kills land
	// within a load however fast the machine is at the time.
	clean := filepath.Join(t.TempDir(), "clean")
	began := time.Now()
	cleanLoad := child("load", "--db", clean, dir)
	cleanLoad.Env = append(cleanLoad.Env, env...)
	if out, err := cleanLoad.CombinedOutput(); err != nil {
		t.Fatalf("clean load: %v\n%s", err, out)
	}
	whole := time.Since(began)
	db := filepath.Join(t.TempDir(), "db")
	killed := 0
	// Kill at a different point each round, within the time a whole load
	// took; the store keeps what earlier rounds wrote, so each round
	// starts further in.
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	for round := 0; round < 4; round++ {
		delay := whole/10 + time.Duration(rng.Int64N(int64(whole)*8/10))
		cmd := child("load", "--db", db, dir)
		cmd.Env = append(cmd.Env, env...)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case <-done:
			t.Logf("round %d: load finished before the kill at %v (a whole load took %v)", round, delay, whole)
		case <-time.After(delay):
			cmd.Process.Kill() // SIGKILL
			<-done
			killed++
		}
		checkWholeOrAbsent(t, db, want, false)
		checkWholeGroups(t, db, order, killBatch)
	}
	if killed == 0 {
		t.Log("no load was killed part-way: the machine loaded 300 articles faster than the first kill")
	}
	mustRun(t, "load", "--db", db, dir)
	checkWholeOrAbsent(t, db, want, true)

	// The interrupted-then-completed store equals one loaded in one go.
	got, wantDump := mustRun(t, "export", "--db", db), mustRun(t, "export", "--db", clean)
	if !slices.Equal(sorted(got), sorted(wantDump)) {
		t.Fatalf("after kills and a final load the store differs from a clean load: %d quads vs %d", len(sorted(got)), len(sorted(wantDump)))
	}
}

// checkWholeGroups checks that the articles present are the first n of
// order, n a multiple of batch or all of them: groups are written whole
// and in order.
func checkWholeGroups(t *testing.T, db string, order []string, batch int) {
	t.Helper()
	s, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	n := 0
	for i, id := range order {
		_, err := s.Article(context.Background(), id)
		switch {
		case quads.ErrorCode(err) == quads.ENOTFOUND:
			continue
		case err != nil:
			t.Fatal(err)
		case i != n:
			t.Fatalf("article %d of the load order present but article %d absent: groups written out of order", i, n)
		}
		n++
	}
	t.Logf("%d of %d articles present", n, len(order))
	if n%batch != 0 && n != len(order) {
		t.Fatalf("%d articles present: not a whole number of groups of %d", n, batch)
	}
}

func checkWholeOrAbsent(t *testing.T, db string, want map[string]int, all bool) {
	t.Helper()
	if out, errs, err := run(t, nil, "verify", "--db", db); err != nil {
		t.Fatalf("verify after kill: %v\n%s%s", err, out, errs)
	}
	s, err := graph.Open(context.Background(), db, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	present := 0
	for id, n := range want {
		a, err := s.Article(context.Background(), id)
		if quads.ErrorCode(err) == quads.ENOTFOUND {
			if all {
				t.Fatalf("article %s absent after a complete load", id)
			}
			continue
		} else if err != nil {
			t.Fatal(err)
		}
		present++
		if len(a.Relations) != n {
			t.Fatalf("article %s holds %d of its %d relations", id, len(a.Relations), n)
		}
	}
	t.Logf("%d of %d articles present, each whole", present, len(want))
}

// TestLoadNQuadsBreakingTheRulesIsRefused loads a well-formed N-Quads file
// that gives a stored entity a second name: load exits non-zero naming the
// line, the store is as it was, and verify passes.
func TestLoadNQuadsBreakingTheRulesIsRefused(t *testing.T) {
	db := filepath.Join(t.TempDir(), "db")
	mustRun(t, "load", "--db", db, fixtureNQuads(t))
	before := mustRun(t, "export", "--db", db)
	acme := quads.EntityIRI(quads.EntityID(quads.Organization, "Acme University"))
	bad := filepath.Join(t.TempDir(), "bad.nq")
	os.WriteFile(bad, []byte("<http://e.org/a> <http://e.org/p> \"fine\" .\n"+
		fmt.Sprintf("%s %s \"Acme Univ\" .\n", acme, quads.PropName)), 0o644)
	_, errs, err := run(t, nil, "load", "--db", db, bad)
	if err == nil {
		t.Fatal("load of a second name exited 0")
	}
	if msg := oneLine(err); !strings.Contains(msg, "line 2") || !strings.Contains(msg, "cg:name") {
		t.Fatalf("error does not name line 2 and the rule: %q\n%s", msg, errs)
	}
	if after := mustRun(t, "export", "--db", db); !slices.Equal(sorted(before), sorted(after)) {
		t.Fatal("a refused file changed the store")
	}
	if v := mustRun(t, "verify", "--db", db); !strings.Contains(v, "ok") {
		t.Fatalf("verify: %s", v)
	}
}
