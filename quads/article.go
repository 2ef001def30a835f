package quads

import (
	"regexp"
	"unicode/utf8"
)

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

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// Validate returns EINVALID when the text is empty, too long or not UTF-8,
// the id does not match the text, or the date is not YYYY-MM-DD.
func (a *Article) Validate() error {
	switch {
	case a.Text == "":
		return Errorf(EINVALID, "article: empty text")
	case len(a.Text) > MaxArticleLen:
		return Errorf(ETOOLARGE, "article: text of %d bytes exceeds %d", len(a.Text), MaxArticleLen)
	case !utf8.ValidString(a.Text):
		return Errorf(EINVALID, "article: text is not UTF-8")
	case a.ID != ArticleID(a.Text):
		return Errorf(EINVALID, "article: id %q does not match its text", a.ID)
	case a.Date != "" && !dateRE.MatchString(a.Date):
		return Errorf(EINVALID, "article: date %q is not YYYY-MM-DD", a.Date)
	case len(a.Title) > 4096 || len(a.Source) > 4096 || len(a.File) > 4096:
		return Errorf(EINVALID, "article: title, source or file name too long")
	}
	return nil
}
