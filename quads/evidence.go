package quads

// Evidence is where a relation comes from: an article and the sentence in it
// that states the relation, as text and as a byte span of the article text.
type Evidence struct {
	ArticleID string `json:"article"`
	Sentence  string `json:"sentence"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// Validate returns EINVALID when the span is empty or inverted, the
// evidence names no article, or the sentence holds a control character.
func (ev *Evidence) Validate() error {
	if ev.ArticleID == "" {
		return Errorf(EINVALID, "evidence: no article")
	}
	if ev.Start < 0 || ev.End <= ev.Start {
		return Errorf(EINVALID, "evidence: bad span [%d,%d)", ev.Start, ev.End)
	}
	return CheckText("evidence sentence", ev.Sentence)
}

// CheckAgainst returns EINVALID unless the span lies inside text and
// text[Start:End] is exactly the sentence.
func (ev *Evidence) CheckAgainst(text string) error {
	if ev.End > len(text) || text[ev.Start:ev.End] != ev.Sentence {
		return Errorf(EINVALID, "evidence: span [%d,%d) is not the sentence it names", ev.Start, ev.End)
	}
	return nil
}
