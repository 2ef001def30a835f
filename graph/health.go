package graph

import (
	"context"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// PingTimeout bounds a health probe of the database: a database that does
// not answer within it counts as unreachable, so a probe answers in time
// even when the database hangs rather than refuses.
const PingTimeout = 2 * time.Second

// Ping reports whether the store's database answers: on PostgreSQL and
// CockroachDB a round trip to the server, within PingTimeout; bolt and
// memstore live in the process and always answer. It returns EUNAVAILABLE
// saying what failed.
func (s *Store) Ping(ctx context.Context) error {
	if s.follow == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(ctx, PingTimeout)
	defer cancel()
	done := make(chan error, 1)
	go func() {
		// The follower's pool is small (openFollower), so probes that pile
		// up while the database hangs queue for it and end at their
		// deadline rather than opening connections without bound.
		var one int
		done <- s.follow.db.QueryRowContext(ctx, "SELECT 1").Scan(&one)
	}()
	select {
	case err := <-done:
		if err != nil {
			return quads.Errorf(quads.EUNAVAILABLE, "%s unreachable: %s", s.backend.Name, clipN(err.Error(), 300))
		}
		return nil
	case <-ctx.Done():
		// The driver may not notice the deadline while it dials; answer now.
		return quads.Errorf(quads.EUNAVAILABLE, "%s did not answer within %s", s.backend.Name, PingTimeout)
	}
}
