package graph_test

import (
	"bytes"
	"context"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/graph"
	"github.com/coopgraph/coopgraph/graph/storetest"
	"github.com/coopgraph/coopgraph/quads"
)

// synonyms are names of one institution each; an article names it by one
// and may give another in brackets, so articles merge by alias, and which
// stored node wins depends on the order of earlier articles.
var synonyms = [][]string{
	{"North University", "NU", "North Univ."},
	{"Lake Museum", "LM", "Lake Art Museum"},
	{"Harbour Institute", "HI", "Harbour Inst."},
	{"Pine College", "PC", "Pine Coll."},
}

// aliasArticle returns the i-th of many articles, each stating that two
// institutions of synonyms signed an agreement, naming each by a random
// spelling and sometimes a second one as an alias.
func aliasArticle(rng *rand.Rand, i int) *quads.Extraction {
	a, b := rng.IntN(len(synonyms)), rng.IntN(len(synonyms)-1)
	if b >= a {
		b++
	}
	pick := func(k int) quads.Entity {
		names := synonyms[k]
		n := names[rng.IntN(len(names))]
		e := quads.Entity{ID: quads.EntityID(quads.Organization, n), Name: n, Type: quads.Organization, Aliases: []string{}}
		if al := names[rng.IntN(len(names))]; rng.IntN(2) == 0 {
			e.AddAlias(al)
		}
		return e
	}
	ea, eb := pick(a), pick(b)
	sentence := fmt.Sprintf("%s signed agreement %d with %s.", ea.Name, i, eb.Name)
	text := fmt.Sprintf("Agreement %d\n%s\n", i, sentence)
	x := &quads.Extraction{Article: quads.Article{ID: quads.ArticleID(text), Title: fmt.Sprintf("Agreement %d", i), Text: text}}
	x.Entities = []quads.Entity{ea, eb}
	start := strings.Index(text, sentence)
	x.Relations = []quads.Relation{{Subject: ea.ID, Predicate: quads.SignedWith, Object: eb.ID,
		Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: sentence, Start: start, End: start + len(sentence)}}}
	return x
}

func export(t *testing.T, s *graph.Store) []string {
	t.Helper()
	var buf bytes.Buffer
	if err := s.Export(context.Background(), &buf, "nquads"); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	slices.Sort(lines)
	return lines
}

// TestWriteExtractionsEqualsOneByOne writes the same articles one by one
// and in groups of several sizes (articles of one group naming the same
// institution by different names and aliases, some already stored by an
// earlier group, one given twice), also through one ArticleLoader: every store holds the same quads, the
// same number of nodes per institution, and verify passes.
func TestWriteExtractionsEqualsOneByOne(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(17, 3))
	var xs []*quads.Extraction
	for i := 0; i < 60; i++ {
		xs = append(xs, aliasArticle(rng, i))
	}
	xs = append(xs, xs[5]) // the same article again, in the last group
	for name, open := range map[string]storetest.Opener{"memstore": storetest.OpenMemstore, "bolt": storetest.OpenBolt, "postgres": storetest.OpenPostgres} {
		t.Run(name, func(t *testing.T) {
			one := open(t)
			storetest.MustWrite(t, one, xs...)
			want := export(t, one)
			// Groups of size through WriteExtractions (the index updated
			// after each), and through one ArticleLoader (the index
			// updated at Close, earlier groups' entities in its table).
			for _, c := range []struct {
				size   int
				loader bool
			}{{2, false}, {7, false}, {len(xs), false}, {3, true}, {16, true}} {
				size := c.size
				s := open(t)
				created := 0
				write := s.WriteExtractions
				var l *graph.ArticleLoader
				if c.loader {
					l = s.NewArticleLoader()
					write = l.Write
				}
				for i := 0; i < len(xs); i += size {
					res, err := write(ctx, xs[i:min(i+size, len(xs))])
					if err != nil {
						t.Fatal(err)
					}
					for _, r := range res {
						if r.Created {
							created++
						}
					}
				}
				if l != nil {
					if err := l.Close(); err != nil {
						t.Fatal(err)
					}
				}
				if created != len(xs)-1 {
					t.Errorf("groups of %d: %d articles created, want %d", size, created, len(xs)-1)
				}
				if got := export(t, s); !slices.Equal(got, want) {
					t.Fatalf("groups of %d: %d quads, one by one %d; first difference %s", size, len(got), len(want), firstDiff(got, want))
				}
				rep, err := s.Verify(ctx)
				if err != nil || !rep.OK() {
					t.Fatalf("groups of %d: verify %v %+v", size, err, rep)
				}
				if err := s.VerifyIndex(ctx); err != nil {
					t.Fatalf("groups of %d: index: %v", size, err)
				}
			}
		})
	}
}

func firstDiff(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("%q vs %q", a[i], b[i])
		}
	}
	return "(one is a prefix of the other)"
}

// TestWriteExtractionsAllOrNothing gives a group whose last article is
// invalid: EINVALID names it, and nothing of the group is stored.
func TestWriteExtractionsAllOrNothing(t *testing.T) {
	s := storetest.OpenMemstore(t)
	bad := aliasArticle(rand.New(rand.NewPCG(1, 1)), 1)
	bad.Relations[0].Evidence.Start++
	_, err := s.WriteExtractions(context.Background(), []*quads.Extraction{storetest.FixtureOne(), bad})
	if quads.ErrorCode(err) != quads.EINVALID || !strings.Contains(err.Error(), "article 2 of 2") {
		t.Fatalf("err = %v, want EINVALID naming article 2", err)
	}
	if n, err := s.QuadCount(context.Background()); err != nil || n != 0 {
		t.Fatalf("%d quads stored after a refused group (%v)", n, err)
	}
}
