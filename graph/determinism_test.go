package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"sync"
	"testing"
	"time"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/handmade"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// tiedArticles is a dense little graph in many articles, rich in paths of
// equal length and entities of equal rank, so that any answer that depends
// on the order an index happens to hold things shows.
func tiedArticles() ([]*quads.Extraction, []quads.Entity) {
	r := rand.New(rand.NewPCG(13, 17))
	var ents []handmade.Entity
	for i := range 24 {
		ents = append(ents, handmade.Entity{Name: fmt.Sprintf("Harbour College %c", 'A'+i), Type: quads.Organization})
	}
	for i := range 8 {
		ents = append(ents, handmade.Entity{Name: fmt.Sprintf("Wei Ming %c", 'A'+i), Type: quads.Person})
	}
	var out []*quads.Extraction
	for a := range 40 {
		art := handmade.Article{Title: fmt.Sprintf("Report %d", a), Date: fmt.Sprintf("2023-%02d-%02d", 1+a%12, 1+a%28)}
		in := map[string]bool{}
		for range 3 + r.IntN(3) {
			s, o := ents[r.IntN(len(ents))], ents[r.IntN(24)]
			if s.Name == o.Name {
				continue
			}
			p := quads.SignedWith
			if s.Type == quads.Person {
				p = quads.Leads
			} else if r.IntN(4) == 0 {
				p = quads.PartOf
			}
			art.Relations = append(art.Relations, handmade.Relation{S: s.Name, P: p, O: o.Name})
			for _, e := range []handmade.Entity{s, o} {
				if !in[e.Name] {
					in[e.Name] = true
					art.Entities = append(art.Entities, e)
				}
			}
		}
		out = append(out, art.Extraction())
	}
	var all []quads.Entity
	for _, e := range ents {
		all = append(all, quads.Entity{ID: quads.EntityID(e.Type, e.Name), Name: e.Name})
	}
	return out, all
}

// answers asks a store the same questions every time and returns the JSON
// of each answer, or of its error code.
func answers(t *testing.T, s *graph.Store, ents []quads.Entity) (map[string]string, int) {
	t.Helper()
	ctx := context.Background()
	out := map[string]string{}
	paths := 0
	record := func(key string, v any, err error) {
		if err != nil {
			v = quads.ErrorCode(err)
		}
		b, jerr := json.Marshal(v)
		if jerr != nil {
			t.Fatal(jerr)
		}
		out[key] = string(b)
	}
	for i := 0; i < 16; i++ {
		for j := i + 1; j < 16; j++ {
			ps, err := s.Paths(ctx, graph.PathQuery{From: ents[i].ID, To: ents[j].ID, K: 5, MaxLen: 4})
			paths += len(ps)
			record(fmt.Sprintf("paths %d %d", i, j), ps, err)
		}
		nb, err := s.Neighbors(ctx, graph.NeighborQuery{ID: ents[i].ID, Depth: 2, Limit: 12})
		record(fmt.Sprintf("neighbours %d", i), nb, err)
		es, err := s.EdgesOf(ctx, ents[i].ID)
		record(fmt.Sprintf("edges %d", i), es, err)
	}
	for _, q := range []string{"harbour", "harbour college", "college b", "wei", "wei ming", "harbor colege"} {
		es, err := s.Search(ctx, q, "", 10)
		record("search "+q, es, err)
	}
	return out, paths
}

func sameAnswers(t *testing.T, what string, a, b map[string]string) {
	t.Helper()
	differ := 0
	for k, v := range a {
		if b[k] != v {
			if differ++; differ <= 3 {
				t.Errorf("%s: %s differs:\n%s\n%s", what, k, v, b[k])
			}
		}
	}
	if differ > 0 {
		t.Fatalf("%s: %d of %d answers differ", what, differ, len(a))
	}
}

// TestConcurrentServersAnswerAlike writes through two stores on one
// PostgreSQL database at once, as two servers behind a load balancer
// would; once each has followed the other's writes, the same path,
// neighbourhood, edge and search questions get byte-identical answers from
// both.
func TestConcurrentServersAnswerAlike(t *testing.T) {
	ctx := context.Background()
	dsn := storetest.NewPostgresDB(t)
	open := func() *graph.Store {
		s, err := graph.Open(ctx, dsn, graph.Options{})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	}
	a, b := open(), open()
	xs, ents := tiedArticles()
	var wg sync.WaitGroup
	for w, s := range []*graph.Store{a, b} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; i < len(xs); i += 2 {
				if _, err := s.WriteExtraction(ctx, xs[i]); err != nil {
					t.Error(err)
					return
				}
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	// Caught up: each index agrees with the store.
	deadline := time.Now().Add(20 * time.Second)
	for _, s := range []*graph.Store{a, b} {
		for {
			err := s.VerifyIndex(ctx)
			if err == nil {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("a server's index did not catch up: %v", err)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}
	ansA, n := answers(t, a, ents)
	ansB, _ := answers(t, b, ents)
	if n < 100 {
		t.Fatalf("only %d paths: the graph is too sparse to test ties", n)
	}
	sameAnswers(t, "two servers", ansA, ansB)
}

// TestReopenedStoreAnswersAlike builds a bolt store write by write, then
// reopens it (the index rebuilt from the store, its nodes numbered in
// another order): every answer is byte-identical.
func TestReopenedStoreAnswersAlike(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	s, err := graph.Open(ctx, dir, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	xs, ents := tiedArticles()
	for i := len(xs) - 1; i >= 0; i-- { // in another order than the store's scan
		storetest.MustWrite(t, s, xs[i])
	}
	before, n := answers(t, s, ents)
	s.Close()
	if n < 100 {
		t.Fatalf("only %d paths: the graph is too sparse to test ties", n)
	}
	s, err = graph.Open(ctx, dir, graph.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	after, _ := answers(t, s, ents)
	sameAnswers(t, "reopened store", before, after)
}
