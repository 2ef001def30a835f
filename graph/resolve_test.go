package graph

import (
	"context"
	"io/fs"
	"path"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/quads"
	"github.com/coopgraph/coopgraph/quads/extract"
)

// TestShippedGraphResolution loads the shipped articles into memstore, as
// serve does, and checks what cross-article merging made of them: no node
// keeps a generic description ("municipal government") as an alias, and no
// node stands for two places or two persons of different names.
func TestShippedGraphResolution(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "memstore")
	xs := shippedArticleExtractions(t)
	for _, x := range xs {
		mustWrite(t, s, x)
	}
	if len(xs) < 20 {
		t.Fatalf("only %d shipped articles", len(xs))
	}
	// node → the extracted entities written into it
	type origin struct{ article, name string }
	into := map[string][]origin{}
	for _, x := range xs {
		for _, e := range x.Entities {
			id := e.ID
			if got, err := s.Entity(ctx, e.ID); err != nil || got == nil {
				var ok bool
				if id, ok = s.idx.namedOfType(append([]string{e.Name}, e.Aliases...), e.Type); !ok {
					t.Errorf("%s: entity %q is not in the store", x.Article.File, e.Name)
					continue
				}
			}
			into[id] = append(into[id], origin{x.Article.File, e.Name})
		}
	}
	for id, from := range into {
		e, err := s.Entity(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range e.Aliases {
			if quads.IsGenericName(a) {
				t.Errorf("%s %q keeps the generic alias %q", e.Type, e.Name, a)
			}
		}
		if e.Type != quads.Place && e.Type != quads.Person {
			continue
		}
		keys := map[string]bool{}
		for _, o := range from {
			keys[personOrPlaceKey(o.name)] = true
		}
		if len(keys) > 1 {
			t.Errorf("%s %q merges %d differently named entities: %v", e.Type, e.Name, len(keys), from)
		}
		if e.Type == quads.Place {
			// a place's other names name it ("Anshan Municipal Party
			// Committee", "People's Government of Anshan City"), never
			// another place alone
			first := strings.Fields(personOrPlaceKey(e.Name))[0]
			for _, a := range e.Aliases {
				named := false
				for _, w := range strings.Fields(personOrPlaceKey(a)) {
					named = named || w == first
				}
				if !named {
					t.Errorf("place %q has the alias %q of another place", e.Name, a)
				}
			}
		}
	}
}

// personOrPlaceKey is a name without the suffix a place may carry ("Anshan
// City" is Anshan).
func personOrPlaceKey(name string) string {
	ws := strings.Fields(quads.NormalizeName(name))
	for len(ws) > 1 {
		switch ws[len(ws)-1] {
		case "city", "province", "municipality", "prefecture":
			ws = ws[:len(ws)-1]
			continue
		}
		break
	}
	return strings.Join(ws, " ")
}

// shippedArticleExtractions extracts the articles the project ships, in
// their order.
func shippedArticleExtractions(t testing.TB) []*quads.Extraction {
	t.Helper()
	var xs []*quads.Extraction
	for _, p := range quads.ShippedArticlePaths() {
		text, err := fs.ReadFile(quads.ShippedArticles(), p)
		if err != nil {
			t.Fatal(err)
		}
		x, err := extract.Extract(quads.Article{File: path.Base(p), Text: string(text)})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		xs = append(xs, x)
	}
	return xs
}
