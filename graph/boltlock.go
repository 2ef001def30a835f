package graph

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/boltdb/bolt"

	"github.com/coopgraph/coopgraph/quads"
)

// BoltLockTimeout bounds how long Open waits for a bolt store that another
// process holds. Cayley v0.7.7 opens bolt with no options at all
// (graph/kv/bolt: bolt.Open(file, nil)), so bolt's flock waits forever and
// the process ignores everything but SIGKILL; Open therefore takes the lock
// itself first, with a timeout, and lets go of it before Cayley opens. A
// process that takes the store in the moment between the two still makes
// Cayley's open wait; that window is microseconds, the usual case (a
// server running for hours) is covered.
const BoltLockTimeout = 3 * time.Second

// boltFile is where Cayley's bolt backend keeps a store in its directory.
func boltFile(dir string) string { return filepath.Join(dir, "indexes.bolt") }

// checkBoltFree returns EUNAVAILABLE, saying another process holds the
// store, when the bolt file in dir stays locked for BoltLockTimeout (or
// until ctx ends). A store that does not exist yet is free.
func checkBoltFree(ctx context.Context, dir string) error {
	file := boltFile(dir)
	if _, err := os.Stat(file); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	deadline := time.Now().Add(BoltLockTimeout)
	for {
		// Short tries, so that a cancelled context (SIGTERM) ends the wait.
		db, err := bolt.Open(file, 0o600, &bolt.Options{Timeout: 100 * time.Millisecond})
		if err == nil {
			return db.Close()
		}
		if !errors.Is(err, bolt.ErrTimeout) {
			return quads.Errorf(quads.EUNAVAILABLE, "open bolt store %s: %v", dir, err)
		}
		if time.Now().After(deadline) {
			return quads.Errorf(quads.EUNAVAILABLE,
				"bolt store %s is held by another process (a running coopgraph serve?); gave up after %s", dir, BoltLockTimeout)
		}
		if err := ctx.Err(); err != nil {
			return fmt.Errorf("graph: wait for bolt store %s: %w", dir, err)
		}
	}
}
