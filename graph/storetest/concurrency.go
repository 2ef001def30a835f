package storetest

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// Variant returns the i-th of many distinct articles shaped like
// FixtureOne, each naming its own university and president, for tests that
// need many articles.
func Variant(i int) *quads.Extraction {
	x := FixtureOne()
	uni := fmt.Sprintf("Acme University No. %d", i)
	boss := fmt.Sprintf("Alice Wang %d", i)
	text := strings.ReplaceAll(strings.ReplaceAll(x.Article.Text, "Acme University", uni), "Alice Wang", boss)
	return build(text, x.Article.Title, x.Article.Date,
		[]fent{{Name: uni, Type: quads.Organization}, {Name: "Lake Museum", Type: quads.Organization},
			{Name: boss, Type: quads.Person}, {Name: "Bo Li", Type: quads.Person}, {Name: "River City", Type: quads.Place}},
		[]frel{
			{S: uni, P: "signed-with", O: "Lake Museum", Sentence: uni + " and Lake Museum signed a cooperation agreement."},
			{S: boss, P: "leads", O: uni, Title: "president", Sentence: boss + ", president of " + uni + ", attended."},
			{S: "Bo Li", P: "leads", O: "Lake Museum", Title: "curator", Sentence: "Bo Li, curator of Lake Museum, spoke."},
			{S: uni, P: "hosts-base-at", O: "River City", Sentence: uni + " set up a practice base in River City."},
		})
}

// TestConcurrentReadWrite runs writers and readers on one store at once
// (meant for go test -race): each writer stores its own articles while
// readers read entities, edges and articles; afterwards every article is
// whole and verify is clean.
func TestConcurrentReadWrite(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t)
	MustWrite(t, s, FixtureOne())
	const writers, perWriter, readers = 4, 8, 4
	var wg sync.WaitGroup
	errs := make(chan error, writers+readers)
	stop := make(chan struct{})
	for w := 0; w < writers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < perWriter; i++ {
				x := Variant(w*perWriter + i)
				// Two writers write the same article: exactly one creates it.
				if _, err := s.WriteExtraction(ctx, x); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
				if _, err := s.WriteExtraction(ctx, Variant((w+1)%writers*perWriter+i)); err != nil {
					errs <- fmt.Errorf("writer %d: %w", w, err)
					return
				}
			}
		}(w)
	}
	var rg sync.WaitGroup
	for r := 0; r < readers; r++ {
		rg.Add(1)
		go func(r int) {
			defer rg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				m, err := s.Entity(ctx, "Lake Museum")
				if err != nil {
					errs <- fmt.Errorf("reader %d: %w", r, err)
					return
				}
				if _, err := s.EdgesOf(ctx, m.ID); err != nil {
					errs <- fmt.Errorf("reader %d: edges: %w", r, err)
					return
				}
				if _, err := s.Articles(ctx); err != nil {
					errs <- fmt.Errorf("reader %d: articles: %w", r, err)
					return
				}
			}
		}(r)
	}
	wg.Wait()
	close(stop)
	rg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	list, err := s.Articles(ctx)
	if err != nil || len(list) != 1+writers*perWriter {
		t.Fatalf("articles after concurrent writes: %d, %v; want %d", len(list), err, 1+writers*perWriter)
	}
	rep, err := s.Verify(ctx)
	if err != nil || !rep.OK() {
		t.Fatalf("verify after concurrent writes: %+v, %v", rep, err)
	}
	m, _ := s.Entity(ctx, "Lake Museum")
	edges, _ := s.EdgesOf(ctx, m.ID)
	signed := 0
	for _, e := range edges {
		if e.Predicate == quads.SignedWith {
			signed++
		}
	}
	if signed != 1+writers*perWriter {
		t.Fatalf("Lake Museum has %d signed-with edges, want %d", signed, 1+writers*perWriter)
	}
}
