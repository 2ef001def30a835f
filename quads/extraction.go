package quads

// Extraction is everything one article yields: the article, the entities it
// names and the relations it states. It is the unit the store writes in one
// transaction.
type Extraction struct {
	Article   Article
	Entities  []Entity
	Relations []Relation
}

// Validate returns EINVALID unless the article, every entity and every
// relation are valid, every relation's ends are entities of the extraction,
// and every evidence span is exactly its sentence in the article text.
func (x *Extraction) Validate() error {
	if err := x.Article.Validate(); err != nil {
		return err
	}
	ids := make(map[string]bool, len(x.Entities))
	for i := range x.Entities {
		e := &x.Entities[i]
		if err := e.Validate(); err != nil {
			return err
		}
		if e.ID == "" {
			return Errorf(EINVALID, "entity %q: no id", e.Name)
		}
		ids[e.ID] = true
	}
	for i := range x.Relations {
		r := &x.Relations[i]
		if err := r.Validate(); err != nil {
			return err
		}
		if !ids[r.Subject] || !ids[r.Object] {
			return Errorf(EINVALID, "relation %s: subject or object is not an entity of the article", r.Predicate)
		}
		if r.Evidence.ArticleID != x.Article.ID {
			return Errorf(EINVALID, "relation %s: evidence names another article", r.Predicate)
		}
		if err := r.Evidence.CheckAgainst(x.Article.Text); err != nil {
			return err
		}
	}
	return nil
}

// Entity returns the entity of the extraction with the given id, or nil.
func (x *Extraction) Entity(id string) *Entity {
	for i := range x.Entities {
		if x.Entities[i].ID == id {
			return &x.Entities[i]
		}
	}
	return nil
}

// ExtractionJSON is one article of `coopgraph extract --json` (SCHEMA.md):
// relations name their ends by entity name rather than id.
type ExtractionJSON struct {
	File      string         `json:"file"`
	ID        string         `json:"id"`
	Title     string         `json:"title"`
	Date      string         `json:"date"`
	Source    string         `json:"source,omitempty"`
	Entities  []Entity       `json:"entities"`
	Relations []RelationJSON `json:"relations"`
}

// RelationJSON is a relation of ExtractionJSON.
type RelationJSON struct {
	Subject   string       `json:"subject"`
	Predicate Predicate    `json:"predicate"`
	Object    string       `json:"object"`
	Title     string       `json:"title,omitempty"`
	Evidence  EvidenceJSON `json:"evidence"`
}

// EvidenceJSON is the evidence of a RelationJSON.
type EvidenceJSON struct {
	Sentence string `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
}

// JSON returns the extraction in the `extract --json` format.
func (x *Extraction) JSON() ExtractionJSON {
	out := ExtractionJSON{
		File: x.Article.File, ID: x.Article.ID, Title: x.Article.Title, Date: x.Article.Date,
		Source: x.Article.Source, Relations: make([]RelationJSON, 0, len(x.Relations)),
	}
	out.Entities = make([]Entity, len(x.Entities))
	for i, e := range x.Entities {
		if e.Aliases == nil {
			e.Aliases = []string{} // JSON clients expect a list, never null
		}
		out.Entities[i] = e
	}
	name := make(map[string]string, len(x.Entities))
	for _, e := range x.Entities {
		name[e.ID] = e.Name
	}
	for _, r := range x.Relations {
		out.Relations = append(out.Relations, RelationJSON{
			Subject: name[r.Subject], Predicate: r.Predicate, Object: name[r.Object], Title: r.Title,
			Evidence: EvidenceJSON{Sentence: r.Evidence.Sentence, Start: r.Evidence.Start, End: r.Evidence.End},
		})
	}
	return out
}
