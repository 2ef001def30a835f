package graph

import (
	"context"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/quads"
)

// TestConcurrentQueryAndWrite holds a path query open inside its search for
// seconds and checks that a write meanwhile completes at once and that the
// next queries see it; then holds a write open before it publishes its
// index update and checks that path queries meanwhile answer at once, from
// the index as it was.
func TestConcurrentQueryAndWrite(t *testing.T) {
	const hold = 2 * time.Second
	ctx := context.Background()
	s := openSeeded(t, t.TempDir())
	lnu := id(quads.Organization, "Liaoning University")
	syu := id(quads.Organization, "Shenyang University")
	extra := mkExtraction("SYU in Anshan", "2024-06-01",
		[]tent{{Name: "Shenyang University", Type: quads.Organization}, {Name: "Anshan", Type: quads.Place}},
		[]trel{{S: "Shenyang University", P: quads.HostsBaseAt, O: "Anshan"}})
	anshan := id(quads.Place, "Anshan")

	t.Run("QueryDoesNotDelayWrite", func(t *testing.T) {
		inSearch, release := make(chan struct{}), make(chan struct{})
		testHookSearch = func() {
			testHookSearch = nil // only the first query waits
			close(inSearch)
			select {
			case <-release:
			case <-time.After(hold):
			}
		}
		defer func() { testHookSearch = nil }()
		queryDone := make(chan error, 1)
		go func() {
			_, err := s.Paths(ctx, PathQuery{From: lnu, To: syu})
			queryDone <- err
		}()
		<-inSearch
		start := time.Now()
		mustWrite(t, s, extra)
		took := time.Since(start)
		close(release)
		if err := <-queryDone; err != nil {
			t.Fatal(err)
		}
		if took > hold/2 {
			t.Fatalf("a write took %v while a query was held open", took)
		}
		ps, err := s.Paths(ctx, PathQuery{From: syu, To: anshan, MaxLen: 1})
		if err != nil || len(ps) != 1 || ps[0].Edges[0].Predicate != quads.HostsBaseAt {
			t.Fatalf("after the write: %v %v", ps, err)
		}
	})

	t.Run("WriteDoesNotDelayQuery", func(t *testing.T) {
		inWrite, release := make(chan struct{}), make(chan struct{})
		testHookPublish = func() {
			close(inWrite)
			select {
			case <-release:
			case <-time.After(hold):
			}
		}
		defer func() { testHookPublish = nil }()
		zhao := tent{Name: "Zhao Yanzhi", Type: quads.Person}
		x := mkExtraction("Zhao visits Anshan", "2024-07-01",
			[]tent{zhao, {Name: "Anshan", Type: quads.Place}}, []trel{{S: "Zhao Yanzhi", P: quads.Visited, O: "Anshan"}})
		writeDone := make(chan struct{})
		go func() {
			defer close(writeDone)
			if _, err := s.WriteExtraction(ctx, x); err != nil {
				t.Error(err)
			}
		}()
		<-inWrite
		for range 20 {
			start := time.Now()
			ps, err := s.Paths(ctx, PathQuery{From: lnu, To: syu})
			if took := time.Since(start); took > hold/4 {
				t.Fatalf("a path query took %v while a write was in progress", took)
			}
			if err != nil || len(ps) != 1 {
				t.Fatalf("paths during the write: %v %v", ps, err)
			}
		}
		// The write is not published yet: queries answer from the index as
		// it was.
		if _, err := s.Paths(ctx, PathQuery{From: id(quads.Person, "Zhao Yanzhi"), To: anshan, MaxLen: 1}); quads.ErrorCode(err) != quads.ENOTFOUND {
			t.Fatalf("the unpublished edge is visible: %v", err)
		}
		close(release)
		<-writeDone
		testHookPublish = nil
		if _, err := s.Paths(ctx, PathQuery{From: id(quads.Person, "Zhao Yanzhi"), To: anshan, MaxLen: 1}); err != nil {
			t.Fatalf("after the write: %v", err)
		}
	})
}
