package storetest

import (
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// Cluster is a PostgreSQL server of one test's own, which the test may stop
// and start again (to play an outage) without touching the server other
// tests share. It is started with the project's .ci/pg-start, which needs
// root and PostgreSQL's binaries.
type Cluster struct {
	t         testing.TB
	dir, port string
	scripts   string // the project's .ci
	DSN       string // the admin DSN, postgres://…/postgres
}

// NewCluster starts a cluster in a temporary directory on a free port and
// stops it at cleanup. Without what it needs the test is skipped, except
// under CI=true, where it fails.
func NewCluster(t testing.TB) *Cluster {
	t.Helper()
	root, err := os.Getwd()
	for err == nil {
		if _, serr := os.Stat(filepath.Join(root, ".ci", "pg-start")); serr == nil {
			break
		}
		if parent := filepath.Dir(root); parent != root {
			root = parent
		} else {
			err = os.ErrNotExist
		}
	}
	if err != nil {
		Require(t, "a PostgreSQL cluster of the test's own", "run from the project, which has .ci/pg-start")
	}
	if _, err := os.Stat("/usr/lib/postgresql"); err != nil || os.Geteuid() != 0 {
		Require(t, "a PostgreSQL cluster of the test's own", "run as root with PostgreSQL installed (see .ci/run)")
	}
	dir, err := os.MkdirTemp("", "coopgraph-cluster-")
	if err != nil {
		t.Fatal(err)
	}
	// A port of its own, so that tests of several packages, run at once,
	// do not race for one (pg-start takes the next free one from there).
	port := strconv.Itoa(55000 + rand.IntN(2000))
	c := &Cluster{t: t, dir: dir, port: port, scripts: filepath.Join(root, ".ci")}
	c.Start()
	t.Cleanup(func() {
		c.Stop()
		os.RemoveAll(dir)
	})
	return c
}

// Stop stops the server (fast shutdown: its clients are disconnected).
func (c *Cluster) Stop() { c.script("pg-stop", c.dir) }

// Start starts the server again, on the same port.
func (c *Cluster) Start() { c.script("pg-start", c.dir, c.port) }

// script runs one of the .ci scripts and takes the DSN it prints.
func (c *Cluster) script(name string, args ...string) {
	c.t.Helper()
	out, err := exec.Command(filepath.Join(c.scripts, name), args...).Output()
	if err != nil {
		c.t.Fatalf("%s %v: %v", name, args, err)
	}
	for _, line := range strings.Split(string(out), "\n") {
		if v, ok := strings.CutPrefix(line, "export COOPGRAPH_TEST_POSTGRES="); ok {
			c.DSN = strings.Trim(v, "'")
			if i := strings.LastIndex(c.DSN, ":"); i > 0 {
				c.port = strings.SplitN(c.DSN[i+1:], "/", 2)[0]
			}
		}
	}
}
