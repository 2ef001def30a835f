package graphbench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"testing"

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

// BenchmarkLoad loads the same synthetic quads through Store.LoadQuads and
// through Cayley's graph.NewWriter with its default batching, in the same
// run, on bolt and (with COOPGRAPH_TEST_POSTGRES) on PostgreSQL.
func BenchmarkLoad(b *testing.B) {
	qs := synth.New(synth.Config{Edges: 10000, Seed: 1}).Quads()
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
				o, pr, err := graphbench.MeasureLoad(context.Background(), a, p, qs)
				if err != nil {
					b.Fatal(err)
				}
				ours, peer = ours+o, peer+pr
			}
			b.ReportMetric(ours/float64(b.N), "quads/s")
			b.ReportMetric(peer/float64(b.N), "cayley-quads/s")
			b.ReportMetric(float64(len(qs)), "quads")
		})
	}
}

// TestRunBench runs the bench on a small graph: every kind of question is
// answered, and the peers find paths of the same lengths as the index.
func TestRunBench(t *testing.T) {
	if testing.Short() {
		t.Skip("bolt loads take a while")
	}
	var out bytes.Buffer
	err := graphbench.Run(context.Background(), graphbench.Config{Dir: t.TempDir(), Edges: []int{2000}, JSON: true,
		Queries: 12, LoadSample: 5000}, &out)
	if err != nil {
		t.Fatal(err)
	}
	var res graphbench.Result
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatalf("%v: %s", err, out.String())
	}
	if res.Edges != 2000 || len(res.Results) != 4 || res.IndexBytesPerEdge <= 0 || res.LoadQuadsPerS <= 0 {
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
}
