// Package storetest is the test suite every backend of graph.Store must
// pass, and the helpers that open a fresh store on each backend. Like
// Cayley's graphtest, it is an ordinary package so that tests of other
// packages can use real stores too.
package storetest

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/coopgraph/coopgraph/graph"
)

// PostgresEnv names the environment variable that holds the DSN of a
// PostgreSQL server the tests may create databases on, e.g.
// postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable.
const PostgresEnv = "COOPGRAPH_TEST_POSTGRES"

// Opener opens a fresh, empty store and registers its cleanup with t.
type Opener func(t testing.TB) *graph.Store

// OpenMemstore opens a fresh in-memory store.
func OpenMemstore(t testing.TB) *graph.Store {
	t.Helper()
	return mustOpen(t, "memstore")
}

// OpenBolt opens a fresh bolt store in a temporary directory.
func OpenBolt(t testing.TB) *graph.Store {
	t.Helper()
	return mustOpen(t, t.TempDir())
}

// OpenPostgres opens a store on a new, empty PostgreSQL database created on
// the server PostgresEnv names, and drops the database at cleanup. Without
// that server the test is skipped, except under CI=true, where it fails: CI
// must run the database tests.
func OpenPostgres(t testing.TB) *graph.Store {
	t.Helper()
	return mustOpen(t, NewPostgresDB(t))
}

// NewPostgresDB creates an empty database on the PostgreSQL server
// PostgresEnv names and returns its DSN; the database is dropped at cleanup.
// It skips (fails under CI=true) when no server is configured.
func NewPostgresDB(t testing.TB) string {
	t.Helper()
	admin := os.Getenv(PostgresEnv)
	if admin == "" {
		Require(t, "PostgreSQL", "set "+PostgresEnv+" to a postgres:// DSN (see .ci/run, which starts a throwaway server)")
	}
	u, err := url.Parse(admin)
	if err != nil {
		t.Fatalf("parse %s: %v", PostgresEnv, err)
	}
	db, err := sql.Open("postgres", admin)
	if err != nil {
		t.Fatalf("connect to %s: %v", PostgresEnv, err)
	}
	defer db.Close()
	name := "coopgraph_test_" + strings.ReplaceAll(uuid.NewString()[:18], "-", "")
	if _, err := db.Exec("CREATE DATABASE " + name); err != nil {
		Require(t, "PostgreSQL", fmt.Sprintf("create database on %s failed: %v", PostgresEnv, err))
	}
	t.Cleanup(func() {
		db, err := sql.Open("postgres", admin)
		if err != nil {
			return
		}
		defer db.Close()
		db.Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)")
	})
	u.Path = "/" + name
	return u.String()
}

// Require marks a test that needs an outside service (a database, a
// browser) which is missing: skipped with how to provide it, or failed when
// CI=true, since CI must never skip them.
func Require(t testing.TB, what, how string) {
	t.Helper()
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s is required under CI=true but unavailable: %s", what, how)
	}
	t.Skipf("%s unavailable, skipping: %s", what, how)
}

func mustOpen(t testing.TB, dsn string) *graph.Store {
	t.Helper()
	s, err := graph.Open(context.Background(), dsn, graph.Options{})
	if err != nil {
		t.Fatalf("open %s: %v", dsn, err)
	}
	t.Cleanup(func() {
		if err := s.Close(); err != nil {
			t.Errorf("close %s: %v", dsn, err)
		}
	})
	return s
}
