package graph

import (
	"context"
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

func TestSearch(t *testing.T) {
	ctx := context.Background()
	s := openSeeded(t, "memstore")
	for _, c := range []struct {
		q     string
		t     quads.EntityType
		first string
	}{
		{"Liaoning University", "", "Liaoning University"},
		{"liaoning-university!", "", "Liaoning University"},
		{"LNU", "", "Liaoning University"},
		{"Liaoning Prov", "", "Liaoning Provincial Museum"},
		{"museum liaoning", "", "Liaoning Provincial Museum"},
		{"Liaonig Univrsity", "", "Liaoning University"},
		{"univeristy shenyang", "", "Shenyang University"},
		{"Yishan Pan", "", "Pan Yishan"},
		{"pan", quads.Person, "Pan Yishan"},
		{"anshan", quads.Place, "Anshan"},
	} {
		got, err := s.Search(ctx, c.q, c.t, 5)
		if err != nil {
			t.Fatalf("%q: %v", c.q, err)
		}
		if len(got) == 0 || got[0].Name != c.first {
			t.Errorf("%q: got %v, want %s first", c.q, got, c.first)
		}
	}
	got, _ := s.Search(ctx, "liaoning", "", 5)
	if len(got) != 2 {
		t.Errorf("liaoning: %v", got)
	}
	if got, _ := s.Search(ctx, "zzzz qqqq", "", 5); len(got) != 0 {
		t.Errorf("nonsense matched %v", got)
	}
	for _, q := range []string{"", "  !! "} {
		if _, err := s.Search(ctx, q, "", 5); quads.ErrorCode(err) != quads.EINVALID {
			t.Errorf("%q: %v", q, err)
		}
	}
	if _, err := s.Search(ctx, "x", "", 101); quads.ErrorCode(err) != quads.EINVALID {
		t.Errorf("limit: %v", err)
	}
	// Names written after open are found.
	mustWrite(t, s, mkExtraction("New", "2024-06-01", []tent{{Name: "Dalian Maritime University", Type: quads.Organization, Aliases: []string{"DMU"}}, {Name: "Anshan", Type: quads.Place}},
		[]trel{{S: "Dalian Maritime University", P: quads.Visited, O: "Anshan"}}))
	if got, _ := s.Search(ctx, "dalian mar", "", 5); len(got) != 1 || got[0].Name != "Dalian Maritime University" {
		t.Errorf("new name: %v", got)
	}
	if got, _ := s.Search(ctx, "dmu", "", 5); len(got) != 1 {
		t.Errorf("new alias: %v", got)
	}
	if err := s.VerifyIndex(ctx); err != nil {
		t.Fatal(err)
	}
}

func TestEditDistance(t *testing.T) {
	for _, c := range []struct {
		a, b string
		d    int
	}{{"liaoning", "liaoning", 0}, {"liaoning", "liaonig", 1}, {"university", "univeristy", 1}, {"abc", "xyz", 3}, {"ab", "ba", 1}} {
		if got := editDistance(c.a, c.b, 3); got != c.d {
			t.Errorf("%s %s: %d want %d", c.a, c.b, got, c.d)
		}
	}
}
