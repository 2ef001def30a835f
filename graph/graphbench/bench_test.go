package graphbench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/graph"

	"github.com/coopgraph/coopgraph/graph/graphbench"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/graph/synth"
)

// loadDSNs returns two DSNs of empty stores, one for coopgraph's loader and
// one for Cayley's writer: new bolt directories, or new PostgreSQL databases
// when postgres is true (from COOPGRAPH_TEST_POSTGRES; skipped without it).
func loadDSNs(tb testing.TB, postgres bool) (string, string) {
	if postgres {
		return storetest.NewPostgresDB(tb), storetest.NewPostgresDB(tb)
	}
	return tb.TempDir(), tb.TempDir()
}

// BenchmarkLoad loads the same synthetic quads through the article loader and
// through Cayley's graph.NewWriter with its default batching, in the same
// run, on bolt and (with COOPGRAPH_TEST_POSTGRES) on PostgreSQL.
func BenchmarkLoad(b *testing.B) {
	var groups [][]quad.Quad
	n := 0
	synth.New(synth.Config{Edges: 10000, Seed: 1}).Groups(64, func(qs []quad.Quad) error {
		groups, n = append(groups, append([]quad.Quad(nil), qs...)), n+len(qs)
		return nil
	})
	for _, c := range []struct {
		name     string
		postgres bool
	}{{"bolt", false}, {"postgres", true}} {
		b.Run(c.name, func(b *testing.B) {
			if c.postgres && os.Getenv(storetest.PostgresEnv) == "" {
				b.Skip("set " + storetest.PostgresEnv + " to a postgres:// DSN")
			}
			var ours, peer float64
			for i := 0; i < b.N; i++ {
				a, p := loadDSNs(b, c.postgres)
				o, pr, err := graphbench.MeasureLoad(context.Background(), a, p, groups)
				if err != nil {
					b.Fatal(err)
				}
				ours, peer = ours+o, peer+pr
			}
			b.ReportMetric(ours/float64(b.N), "quads/s")
			b.ReportMetric(peer/float64(b.N), "cayley-quads/s")
			b.ReportMetric(float64(n), "quads")
		})
	}
}

// TestRunBench runs the bench on a small graph: every kind of question is
// answered, the peers find paths of the same lengths as the index, every
// goal is reported (the serve goals unmeasured, with why: no command to
// start here; cmd/coopgraph's test starts a real server), and the store it
// streamed into bolt group by group holds exactly the quads of the graph
// generated in memory.
func TestRunBench(t *testing.T) {
	if testing.Short() {
		t.Skip("bolt loads take a while")
	}
	dir := t.TempDir()
	var out bytes.Buffer
	err := graphbench.Run(context.Background(), graphbench.Config{Dir: dir, Edges: []int{2000}, JSON: true,
		Queries: 12, LoadSample: 5000}, &out)
	if err != nil {
		t.Fatal(err)
	}
	var res graphbench.Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if res.Edges != 2000 || len(res.Results) != 4 || res.IndexBytesPerEdge <= 0 || res.LoadQuadsPerS <= 0 || res.GenerateS <= 0 {
		t.Fatalf("result %+v", res)
	}
	for _, r := range res.Results {
		if r.N == 0 || r.PeerN == 0 || r.Peer2N == 0 {
			t.Errorf("%s: no answers: %+v", r.Query, r)
		}
		if r.Mismatches != 0 || r.Timeouts != 0 {
			t.Errorf("%s: peers disagree: %+v", r.Query, r)
		}
	}
	checkGoals(t, &res, false)

	// The streamed store against the graph in memory, quad for quad.
	s, err := graph.Open(context.Background(), filepath.Join(dir, "synth-2000"), graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.AllQuads(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, q := range synth.New(synth.Config{Edges: 2000, Seed: 2000}).Quads() {
		want = append(want, q.NQuad())
	}
	sort.Strings(want)
	if len(got) != len(want) {
		t.Fatalf("the streamed store holds %d quads, the graph in memory %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Fatalf("quad %d: streamed %s, in memory %s", i, got[i], want[i])
		}
	}
}

// checkGoals checks that res reports every goal of issue 17 once, each
// either measured, with its verdict following its figure, or not measured
// with why; served says whether a real server was started.
func checkGoals(t *testing.T, res *graphbench.Result, served bool) {
	t.Helper()
	want := []string{"serve_ready_warm", "serve_ready_cold", "serve_rss", "shortest_path_p99_warm", "shortest_path_p99_cold",
		"neighbors_p99_warm", "neighbors_p99_cold", "load_vs_cayley_writer"}
	byName := map[string]graphbench.Goal{}
	for _, g := range res.Goals {
		if _, dup := byName[g.Name]; dup {
			t.Errorf("goal %s twice", g.Name)
		}
		byName[g.Name] = g
	}
	dropped := res.DropCaches == "dropped"
	for _, name := range want {
		g, ok := byName[name]
		if !ok {
			t.Errorf("goal %s missing: %+v", name, res.Goals)
			continue
		}
		cold := strings.HasSuffix(name, "_cold")
		serve := strings.HasPrefix(name, "serve_")
		if shouldMeasure := (!cold || dropped) && (!serve || served); g.Measured != shouldMeasure {
			t.Errorf("goal %s measured %v, want %v (drop caches: %s): %+v", name, g.Measured, shouldMeasure, res.DropCaches, g)
		}
		if !g.Measured {
			if g.Why == "" || g.Met {
				t.Errorf("goal %s not measured but without why, or met: %+v", name, g)
			}
			continue
		}
		if met := (g.AtLeast && g.Value >= g.Limit) || (!g.AtLeast && g.Value <= g.Limit); met != g.Met || g.Value <= 0 || g.LoadAvg == "" {
			t.Errorf("goal %s: verdict does not follow the figure, or no figure or load average: %+v", name, g)
		}
	}
	if os.Getenv("CI") == "true" && !dropped {
		t.Errorf("the page cache could not be dropped under CI (root is expected): %s", res.DropCaches)
	}
}
