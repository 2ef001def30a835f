// Package handmade builds extractions by hand, for tests that must not
// depend on the extractor. It imports only quads, so both the graph
// package's own tests and the store suite (graph/storetest) use it.
package handmade

import (
	"fmt"
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Entity is an entity of a hand-made article; its id is
// quads.EntityID(Type, Name).
type Entity struct {
	Name    string
	Type    quads.EntityType
	Aliases []string
}

// Relation is a relation between two entities named by their names.
// Sentence, when set, is the evidence and must occur in the article's
// text; otherwise the sentence "S p O." is written into the text.
type Relation struct {
	S        string
	P        quads.Predicate
	O        string
	Title    string
	Sentence string
}

// Article is a hand-made article and what it states.
type Article struct {
	Text        string // "" makes one: the title, then each relation's sentence
	Title, Date string
	File        string
	Entities    []Entity
	Relations   []Relation
}

// Extraction returns the article's extraction, valid as the extractor would
// make it. It panics when a relation's sentence is not in the text.
func (a Article) Extraction() *quads.Extraction {
	text := a.Text
	sentences := make([]string, len(a.Relations))
	starts := make([]int, len(a.Relations))
	for i, r := range a.Relations {
		sentences[i] = r.Sentence
		if sentences[i] == "" {
			sentences[i] = fmt.Sprintf("%s %s %s.", r.S, r.P, r.O)
		}
	}
	if text == "" {
		var b strings.Builder
		b.WriteString(a.Title + ". ")
		for i, s := range sentences {
			starts[i] = b.Len()
			b.WriteString(s + " ")
		}
		text = b.String()
	} else {
		for i, s := range sentences {
			if starts[i] = strings.Index(text, s); starts[i] < 0 {
				panic("handmade: sentence not in the text: " + s)
			}
		}
	}
	x := &quads.Extraction{Article: quads.Article{ID: quads.ArticleID(text), Title: a.Title, Date: a.Date, Text: text, File: a.File}}
	ids := map[string]string{}
	for _, e := range a.Entities {
		id := quads.EntityID(e.Type, e.Name)
		ids[e.Name] = id
		x.Entities = append(x.Entities, quads.Entity{ID: id, Name: e.Name, Type: e.Type, Aliases: append([]string{}, e.Aliases...)})
	}
	for i, r := range a.Relations {
		x.Relations = append(x.Relations, quads.Relation{
			Subject: ids[r.S], Predicate: r.P, Object: ids[r.O], Title: r.Title,
			Evidence: quads.Evidence{ArticleID: x.Article.ID, Sentence: sentences[i], Start: starts[i], End: starts[i] + len(sentences[i])},
		})
	}
	return x
}
