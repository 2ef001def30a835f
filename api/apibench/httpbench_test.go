package apibench_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/api/apibench"
	"github.com/coopgraph/coopgraph/graph/storetest"
)

// TestRunHTTPBench runs the HTTP bench briefly on a small synthetic graph.
func TestRunHTTPBench(t *testing.T) {
	if testing.Short() {
		t.Skip("the HTTP bench takes a few seconds")
	}
	var out bytes.Buffer
	cfg := apibench.HTTPBenchConfig{Store: storetest.OpenBolt(t), Edges: 1500, Clients: 4, Duration: 200 * time.Millisecond,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	if err := apibench.RunHTTPBench(context.Background(), cfg, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"search", "neighbours", "paths (k=3)", "paths (k=1)", "cayley gizmo path", "the throughput"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the table lacks %q:\n%s", want, out.String())
		}
	}
	out.Reset()
	cfg.JSON = true
	if err := apibench.RunHTTPBench(context.Background(), cfg, &out); err != nil { // the store now holds the graph
		t.Fatal(err)
	}
	var res apibench.HTTPBenchResult
	if err := json.Unmarshal(out.Bytes(), &res); err != nil {
		t.Fatal(err)
	}
	if len(res.Questions) != 6 {
		t.Fatalf("%d questions", len(res.Questions))
	}
	for _, q := range res.Questions {
		if q.Requests == 0 || len(q.Errors) > 0 {
			t.Errorf("%s: %d requests, errors %v", q.Name, q.Requests, q.Errors)
		}
	}
}

// TestHTTPBenchFull runs the bench at full size when COOPGRAPH_HTTPBENCH
// is set: COOPGRAPH_HTTPBENCH=1 go test -run HTTPBenchFull -v -timeout 30m ./api
// (COOPGRAPH_HTTPBENCH_EDGES, _CLIENTS, _SECONDS, _DB change the defaults).
func TestHTTPBenchFull(t *testing.T) {
	if os.Getenv("COOPGRAPH_HTTPBENCH") == "" {
		t.Skip("set COOPGRAPH_HTTPBENCH=1 to run the full HTTP bench")
	}
	num := func(k string) int { n, _ := strconv.Atoi(os.Getenv(k)); return n }
	cfg := apibench.HTTPBenchConfig{DSN: os.Getenv("COOPGRAPH_HTTPBENCH_DB"), Edges: num("COOPGRAPH_HTTPBENCH_EDGES"),
		Clients: num("COOPGRAPH_HTTPBENCH_CLIENTS"), Duration: time.Duration(num("COOPGRAPH_HTTPBENCH_SECONDS")) * time.Second}
	if err := apibench.RunHTTPBench(context.Background(), cfg, os.Stdout); err != nil {
		t.Fatal(err)
	}
}
