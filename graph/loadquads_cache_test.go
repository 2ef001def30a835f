package graph

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/cayleygraph/quad"

	"github.com/coopgraph/coopgraph/quads"
)

// TestLoadQuadsEmptiesTheCache: a bulk load large enough to rebuild the
// index must also forget the entities and edges read before it, or answers
// keep showing the store as it was before the load.
func TestLoadQuadsEmptiesTheCache(t *testing.T) {
	ctx := context.Background()
	s := mustOpen(t, "memstore")
	mustWrite(t, s, mkExtraction("Lake", "", []tent{
		{Name: "Lake Museum", Type: quads.Organization}, {Name: "Acme University", Type: quads.Organization},
	}, []trel{{S: "Lake Museum", P: quads.SignedWith, O: "Acme University"}}))
	id := quads.EntityID(quads.Organization, "Lake Museum")
	before, err := s.entityFast(ctx, id) // now cached
	if err != nil {
		t.Fatal(err)
	}
	// A new alias, behind more raw quads than an incremental update takes.
	qs := []quad.Quad{quad.Make(quads.EntityIRI(id), quads.PropAlias, quad.String("LM"), nil)}
	for i := 0; i <= bulkRebuild; i++ {
		qs = append(qs, quad.Make(quad.IRI(fmt.Sprintf("urn:x:%d", i)), quad.IRI("urn:p"), quad.String("v"), nil))
	}
	if _, err := s.LoadQuads(ctx, quad.NewReader(qs)); err != nil {
		t.Fatal(err)
	}
	after, err := s.entityFast(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(after.Aliases, "LM") {
		t.Errorf("after the load the entity's aliases are %q (before %q): the cache kept the old entity", after.Aliases, before.Aliases)
	}
}
