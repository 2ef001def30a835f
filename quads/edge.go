package quads

// Edge is a relation between two entities as the graph holds it: one edge
// however many articles state it, with every piece of evidence behind it.
// Its JSON is the edge of API.md.
type Edge struct {
	ID        string         `json:"id"`
	Subject   Entity         `json:"subject"`
	Predicate Predicate      `json:"predicate"`
	Object    Entity         `json:"object"`
	Evidence  []EdgeEvidence `json:"evidence"`
}

// EdgeEvidence is one sentence behind an edge, with the article it is in.
type EdgeEvidence struct {
	Article  ArticleRef `json:"article"`
	Sentence string     `json:"sentence"`
	Start    int        `json:"start"`
	End      int        `json:"end"`
	Title    string     `json:"title,omitempty"` // the post a leads or member-of names
}

// ArticleRef is what an edge's evidence tells of its article.
type ArticleRef struct {
	ID     string `json:"id"`
	Title  string `json:"title"`
	Date   string `json:"date"`
	Source string `json:"source"`
}

// Ref returns what evidence tells of the article.
func (a *Article) Ref() ArticleRef {
	return ArticleRef{ID: a.ID, Title: a.Title, Date: a.Date, Source: a.Source}
}
