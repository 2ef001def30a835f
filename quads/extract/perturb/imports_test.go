package perturb

import (
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// TestNotInTheServer fails when a package the server binary is built from
// imports this test-data generator (directly or not).
func TestNotInTheServer(t *testing.T) {
	gobin, err := exec.LookPath("go")
	if err != nil {
		gobin = filepath.Join(runtime.GOROOT(), "bin", "go") // go test runs with GOROOT set
	}
	out, err := exec.Command(gobin, "list", "-deps", "github.com/coopgraph/coopgraph/cmd/...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	deps := strings.Fields(string(out))
	if len(deps) < 10 {
		t.Fatalf("go list gave %d packages: %s", len(deps), out)
	}
	for _, p := range deps {
		if strings.HasPrefix(p, "github.com/coopgraph/coopgraph/quads/extract/perturb") ||
			strings.HasPrefix(p, "github.com/coopgraph/coopgraph/quads/extract/internal/gold") {
			t.Errorf("the server depends on %s, which is test-data tooling", p)
		}
	}
}
