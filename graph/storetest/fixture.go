package storetest

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// The fixture graph, in two articles:
//
//	Alice Wang ──leads (president)──▶ Acme University ══signed-with══ Lake Museum ◀──leads (curator)── Bo Li
//	                                        │
//	                                  hosts-base-at
//	                                        ▼
//	                                   River City
//
// Article two states the agreement again, the other way round, and calls
// the university "AU"; so Acme University ══ Lake Museum is one edge with two
// pieces of evidence, and AU is an alias, not a node.
const (
	ArticleOne = "Acme University Signs with Lake Museum\n" +
		"Date: 2021-03-04\n" +
		"Acme University and Lake Museum signed a cooperation agreement. " +
		"Alice Wang, president of Acme University, attended. " +
		"Bo Li, curator of Lake Museum, spoke. " +
		"Acme University set up a practice base in River City.\n"
	ArticleTwo = "Museum Renews Ties\n" +
		"Date: 2022-05-06\n" +
		"Lake Museum signed a framework agreement with Acme University (AU). " +
		"AU students will visit.\n"
)

type fent struct {
	name    string
	typ     quads.EntityType
	aliases []string
}

type frel struct {
	s, p, o, title, sentence string
}

// FixtureOne and FixtureTwo return the fixture's two extractions, built by
// hand so the store suite does not depend on the extractor.
func FixtureOne() *quads.Extraction {
	return build(ArticleOne, "Acme University Signs with Lake Museum", "2021-03-04",
		[]fent{{"Acme University", quads.Organization, nil}, {"Lake Museum", quads.Organization, nil},
			{"Alice Wang", quads.Person, nil}, {"Bo Li", quads.Person, nil}, {"River City", quads.Place, nil}},
		[]frel{
			{"Acme University", "signed-with", "Lake Museum", "", "Acme University and Lake Museum signed a cooperation agreement."},
			{"Alice Wang", "leads", "Acme University", "president", "Alice Wang, president of Acme University, attended."},
			{"Bo Li", "leads", "Lake Museum", "curator", "Bo Li, curator of Lake Museum, spoke."},
			{"Acme University", "hosts-base-at", "River City", "", "Acme University set up a practice base in River City."},
		})
}

// FixtureTwo is the second article of the fixture.
func FixtureTwo() *quads.Extraction {
	return build(ArticleTwo, "Museum Renews Ties", "2022-05-06",
		[]fent{{"Acme University", quads.Organization, []string{"AU"}}, {"Lake Museum", quads.Organization, nil}},
		[]frel{{"Lake Museum", "signed-with", "Acme University", "", "Lake Museum signed a framework agreement with Acme University (AU)."}})
}

func build(text, title, date string, ents []fent, rels []frel) *quads.Extraction {
	x := &quads.Extraction{Article: quads.Article{ID: quads.ArticleID(text), Title: title, Date: date, Text: text, File: title + ".txt"}}
	ids := map[string]string{}
	for _, e := range ents {
		id := quads.EntityID(e.typ, e.name)
		ids[e.name] = id
		al := e.aliases
		if al == nil {
			al = []string{}
		}
		x.Entities = append(x.Entities, quads.Entity{ID: id, Name: e.name, Type: e.typ, Aliases: al})
	}
	for _, r := range rels {
		start := strings.Index(text, r.sentence)
		if start < 0 {
			panic("fixture sentence not in text: " + r.sentence)
		}
		x.Relations = append(x.Relations, quads.Relation{
			Subject: ids[r.s], Predicate: quads.Predicate(r.p), Object: ids[r.o], Title: r.title,
			Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: r.sentence, Start: start, End: start + len(r.sentence)},
		})
	}
	return x
}
