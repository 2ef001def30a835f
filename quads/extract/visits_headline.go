package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// visited (visits6): a headline's post names its holder.

// headlinePostVisitors returns who a post opening the sentence means when
// it is the subject of the visit verb at k with its body after "of" —
// "Secretary-General of the China-Xiling Centre Visits Donghu University"
// over an article that names Yang Li, secretary-general of the centre: the
// one person the article names with that post of that body, and the body.
// None when no one, or more than one, holds it.
func (art *exArticle) headlinePostVisitors(items []exResolved, from, k int) []int {
	q := from
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= k || items[q].kind != xTitle || !art.isWord(items, q+1, "of") {
		return nil
	}
	b := q + 2
	if art.isWord(items, b, "the") {
		b++
	}
	if b >= k || !exIsParty(&items[b]) || exSkipName(items, b) != k {
		return nil // the post and its body are the whole subject
	}
	body := art.ref(items, b)
	if body < 0 {
		return nil
	}
	body = art.r.find(body)
	post := exSingularPost(strings.ToLower(art.titleText(items, q)))
	var holders []int
	for _, r := range art.rels {
		if r.p == quads.Leads && r.o == body && exSingularPost(strings.ToLower(r.title)) == post {
			holders = append(holders, art.r.find(r.s))
		}
	}
	if holders = exUniq(holders); len(holders) != 1 {
		return nil
	}
	return art.personVisitors(holders[0])
}
