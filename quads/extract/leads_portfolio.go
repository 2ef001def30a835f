package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// portfolioAt reads a portfolio post at title item j ("Minister of
// Education", or "Vice Minister" then "of Science and Technology" in plain
// words the mention stage left out of the title). It returns the department
// the post heads when the article names it (the "Ministry of Science and
// Technology", or MOST when the article names it only by its acronym), the
// post's text and the item after it; -1 when the post is no portfolio's or
// the article names no such department; ok when the post is a portfolio's
// at all. The post names its body through its portfolio, so the body named
// before it in a list, or the article's most named one, is never the
// post's: a minister of a ministry the article does not name holds no post
// the graph can draw.
func (art *exArticle) portfolioAt(items []exResolved, j int) (org int, title string, end int, ok bool) {
	if j < 0 || j >= len(items) || items[j].kind != xTitle {
		return -1, "", j, false
	}
	words := strings.Fields(strings.ToLower(art.titleText(items, j)))
	end = j + 1
	if len(words) > 0 && exPortfolioPosts[words[len(words)-1]] != "" && art.isWord(items, end, "of") {
		// the portfolio in plain capitalised words: "of Science and Technology"
		q := end + 1
		capital := func(q int) bool { c := art.text[items[q].s]; return c >= 'A' && c <= 'Z' }
		var field []string
		for q < len(items) && items[q].kind == xWord && (capital(q) || items[q].in(exPortfolioJoiners) && len(field) > 0) {
			field = append(field, items[q].low)
			q++
		}
		for len(field) > 0 && exPortfolioJoiners.has(field[len(field)-1]) {
			field = field[:len(field)-1]
			q--
		}
		if len(field) > 0 {
			words = append(append(words, "of"), field...)
			end = q
		}
	}
	if art.isWord(items, end, "of", "in") || end < len(items) && exIsParty(&items[end]) {
		return -1, "", j, false // "Minister of United Front Work Department of O": a department's head, read as any post
	}
	for _, w := range words {
		if exOrgHeads.has(w) {
			return -1, "", j, false // "Minister of Organization Department": a party department's
		}
	}
	org, ok = art.portfolioBody(words)
	if !ok {
		return -1, "", j, false
	}
	return org, art.text[items[j].s:items[end-1].e], end, true
}

// portfolioBody returns the department the post of words heads ("vice
// minister of education": the Ministry of Education, or MOE), or -1 when the
// article names no one such department; ok when the words name a portfolio.
func (art *exArticle) portfolioBody(words []string) (org int, ok bool) {
	head := -1
	for q, w := range words {
		if exPortfolioPosts[w] != "" && q+2 < len(words) && words[q+1] == "of" {
			head = q
			break
		}
	}
	if head < 0 {
		return -1, false
	}
	dept := exPortfolioPosts[words[head]]
	field := words[head+2:]
	full := dept + " of " + strings.Join(field, " ")
	acronym := []byte{dept[0], 'o'}
	for _, w := range field {
		if !exPortfolioJoiners.has(w) {
			acronym = append(acronym, w[0])
		}
	}
	r := art.r
	found := -1
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		for n := range e.names {
			l := strings.ToLower(n)
			if strings.HasPrefix(strings.TrimPrefix(l, "the "), full+" of ") {
				return -1, true // "the Ministry of Education of X": a country's; the text must say which
			}
			if strings.TrimPrefix(l, "the ") == full || n == strings.ToUpper(n) && l == string(acronym) {
				if found >= 0 && found != i {
					return -1, true // two such ministries: the text must say which
				}
				found = i
			}
		}
	}
	return found, true
}

// portfolioBefore reads a portfolio post whose field, in plain words, ends
// right before the person at k ("Vice Minister of Education P"): the
// department it heads (or -1) and the post's text; ok when a portfolio post
// ends there.
func (art *exArticle) portfolioBefore(items []exResolved, k int) (org int, title string, ok bool) {
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		if items[j].kind == xTitle {
			if o, post, end, ok := art.portfolioAt(items, j); ok && end == k {
				return o, post, true
			}
			return -1, "", false
		}
		if items[j].kind != xWord {
			return -1, "", false
		}
	}
	return -1, "", false
}
