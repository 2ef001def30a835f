// Package gold holds the reference annotation format of the extractor's
// tests (testdata/gold/*.json): articles with their entities and the
// relations between them. It is shared by the scoring tests and the
// name-perturbation generator; the server never reads it.
package gold

import (
	"encoding/json"
	"fmt"
	"os"
)

// Set is one annotated article set.
type Set struct {
	About    string    `json:"about,omitempty"`
	Articles []Article `json:"articles"`
}

// Article is the annotation of one article file.
type Article struct {
	File      string     `json:"file"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}

// Entity is a reference entity; any alias matches it.
type Entity struct {
	Name     string   `json:"name"`
	Type     string   `json:"type"`
	Aliases  []string `json:"aliases"`
	Optional bool     `json:"optional,omitempty"`
}

// Relation is a reference relation. Optional ones are neither required nor
// wrong; EitherDirection ones match both ways. Evidence is the sentence of
// the article that supports it, verbatim.
type Relation struct {
	S               string `json:"s"`
	P               string `json:"p"`
	O               string `json:"o"`
	Optional        bool   `json:"optional,omitempty"`
	EitherDirection bool   `json:"either_direction,omitempty"`
	Title           string `json:"title,omitempty"`
	Base            string `json:"base,omitempty"`
	Evidence        string `json:"evidence,omitempty"`
}

// Load reads a gold file.
func Load(path string) (Set, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Set{}, fmt.Errorf("gold: %w", err)
	}
	var s Set
	if err := json.Unmarshal(data, &s); err != nil {
		return Set{}, fmt.Errorf("gold: %s: %w", path, err)
	}
	if len(s.Articles) == 0 {
		return Set{}, fmt.Errorf("gold: %s: no articles", path)
	}
	return s, nil
}

// Clone returns a deep copy of s.
func (s Set) Clone() Set {
	c := Set{About: s.About, Articles: make([]Article, len(s.Articles))}
	for i, a := range s.Articles {
		ca := Article{File: a.File, Entities: make([]Entity, len(a.Entities)),
			Relations: append([]Relation(nil), a.Relations...)}
		for j, e := range a.Entities {
			e.Aliases = append([]string{}, e.Aliases...)
			ca.Entities[j] = e
		}
		c.Articles[i] = ca
	}
	return c
}
