package storetest

import (
	"github.com/coopgraph/coopgraph/graph/handmade"
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

type (
	fent = handmade.Entity
	frel = handmade.Relation
)

// FixtureOne and FixtureTwo return the fixture's two extractions, built by
// hand so the store suite does not depend on the extractor.
func FixtureOne() *quads.Extraction {
	return build(ArticleOne, "Acme University Signs with Lake Museum", "2021-03-04",
		[]fent{{Name: "Acme University", Type: quads.Organization}, {Name: "Lake Museum", Type: quads.Organization},
			{Name: "Alice Wang", Type: quads.Person}, {Name: "Bo Li", Type: quads.Person}, {Name: "River City", Type: quads.Place}},
		[]frel{
			{S: "Acme University", P: "signed-with", O: "Lake Museum", Sentence: "Acme University and Lake Museum signed a cooperation agreement."},
			{S: "Alice Wang", P: "leads", O: "Acme University", Title: "president", Sentence: "Alice Wang, president of Acme University, attended."},
			{S: "Bo Li", P: "leads", O: "Lake Museum", Title: "curator", Sentence: "Bo Li, curator of Lake Museum, spoke."},
			{S: "Acme University", P: "hosts-base-at", O: "River City", Sentence: "Acme University set up a practice base in River City."},
		})
}

// FixtureTwo is the second article of the fixture.
func FixtureTwo() *quads.Extraction {
	return build(ArticleTwo, "Museum Renews Ties", "2022-05-06",
		[]fent{{Name: "Acme University", Type: quads.Organization, Aliases: []string{"AU"}}, {Name: "Lake Museum", Type: quads.Organization}},
		[]frel{{S: "Lake Museum", P: "signed-with", O: "Acme University", Sentence: "Lake Museum signed a framework agreement with Acme University (AU)."}})
}

// build makes the extraction of text, whose relations' sentences are in it.
func build(text, title, date string, ents []fent, rels []frel) *quads.Extraction {
	return handmade.Article{Text: text, Title: title, Date: date, File: title + ".txt", Entities: ents, Relations: rels}.Extraction()
}
