package quads

import "regexp"

// dateRE is the shape of a date (the extractor's first test); ValidateDate
// checks that it is a calendar date in range.
var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// MaxArticleLen bounds an article's text in bytes. News articles are a few
// kilobytes; a megabyte is a mistake or an attack.
const MaxArticleLen = 1 << 20

// Article is one source text and what is known of it. ID is derived from the
// text alone (ArticleID), so the same text is one article.
type Article struct {
	ID     string `json:"id"`
	File   string `json:"file,omitempty"`
	Title  string `json:"title"`
	Date   string `json:"date,omitempty"` // YYYY-MM-DD, or "" when the text gives none
	Source string `json:"source,omitempty"`
	Text   string `json:"-"`
}

// MaxArticleFieldLen bounds an article's title, source and file name in
// bytes.
const MaxArticleFieldLen = 4096

// Validate returns EINVALID when the text is empty, not UTF-8 or holds a
// control character (CheckText), the title, source or file name is too
// long or holds one, the date is not a calendar date in range
// (ValidateDate), or the id does not match the text; ETOOLARGE when the text
// is too long. The API and the commands call it through Extract and
// Extraction.Validate, and graph checks N-Quads articles with it.
func (a *Article) Validate() error {
	if err := a.ValidateFields(); err != nil {
		return err
	}
	if a.ID != ArticleID(a.Text) {
		return Errorf(EINVALID, "article: id %q does not match its text", a.ID)
	}
	return nil
}

// ValidateFields is Validate without the check of the id against the text,
// for input that has no id yet (a request, before extraction).
func (a *Article) ValidateFields() error {
	switch {
	case a.Text == "":
		return Errorf(EINVALID, "article: empty text")
	case len(a.Text) > MaxArticleLen:
		return Errorf(ETOOLARGE, "article: text of %d bytes exceeds %d", len(a.Text), MaxArticleLen)
	case len(a.Title) > MaxArticleFieldLen || len(a.Source) > MaxArticleFieldLen || len(a.File) > MaxArticleFieldLen:
		return Errorf(EINVALID, "article: title, source or file name longer than %d bytes", MaxArticleFieldLen)
	}
	if err := checkFields("article", "text", a.Text, "title", a.Title, "source", a.Source, "file name", a.File, "date", a.Date); err != nil {
		return err
	}
	if a.Date != "" {
		if err := ValidateDate(a.Date); err != nil {
			return Errorf(EINVALID, "article: %s", ErrorMessage(err))
		}
	}
	return nil
}
