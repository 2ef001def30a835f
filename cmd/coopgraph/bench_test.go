package main

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/graph/graphbench"
)

// TestBenchStartsARealServer runs `coopgraph bench --json` on a small
// graph: it starts this executable as `coopgraph serve` on the bench store
// (the test binary plays the command, COOPGRAPH_RUN_MAIN), times it to its
// first answered search, reads its RSS, and reports every goal beside its
// figure; under CI (root) with the page cache dropped, cold figures too.
func TestBenchStartsARealServer(t *testing.T) {
	if testing.Short() {
		t.Skip("generates a bolt store and starts servers")
	}
	t.Setenv("COOPGRAPH_RUN_MAIN", "1") // for the serve children only: this process has started
	out, errs, err := run(t, nil, "bench", "--json", "--edges", "2000", "--queries", "5", "--bench-dir", t.TempDir())
	if err != nil {
		t.Fatalf("bench: %v\n%s", err, errs)
	}
	var res graphbench.Result
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	sv := res.Serve
	if sv == nil {
		t.Fatalf("no serve figures: %s (%s)", out, res.ServeNote)
	}
	dropped := res.DropCaches == "dropped"
	if sv.ReadyWarmS <= 0 || sv.RSSBytes < 1<<20 || (sv.ReadyColdS > 0) != dropped {
		t.Errorf("serve figures %+v (drop caches: %s)", sv, res.DropCaches)
	}
	if os.Getenv("CI") == "true" && !dropped {
		t.Errorf("the page cache could not be dropped under CI: %s", res.DropCaches)
	}
	if dropped && len(res.ColdResults) != 2 {
		t.Errorf("cold results %+v", res.ColdResults)
	}
	measured := 0
	for _, g := range res.Goals {
		if strings.HasPrefix(g.Name, "serve_") && (g.Measured || strings.HasSuffix(g.Name, "_cold") && !dropped) {
			measured++
		}
	}
	if measured != 3 {
		t.Errorf("serve goals: %+v", res.Goals)
	}
}
