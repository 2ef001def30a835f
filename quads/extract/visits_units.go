package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// visited (r13-visits): a trip of one body's officials, each named with the
// unit of the body they head — "Vice President A, head of the Science
// Division B, Dean of the School of Mechanics C and others went to Z" — is
// the body's trip: the units are where its members hold their posts, not
// visitors of their own. The persons still visited.

// withoutMembersUnits drops from the visitors subj the academic or
// administrative units that persons named in items [from,to) head, when
// the one other visiting body is the body the units belong to (or is no
// unit itself, when a unit's parent is unknown). A unit of another body
// ("Dean of the School of Law of Y University" beside the president of X)
// stays: it is another party.
func (art *exArticle) withoutMembersUnits(items []exResolved, from, to int, subj []int) []int {
	body := -1
	for _, s := range subj {
		e := art.r.ents[art.r.find(s)]
		if e.typ == quads.Organization && e.parent < 0 && !art.isUnitBody(s) {
			if body >= 0 && art.r.find(body) != art.r.find(s) {
				return subj // two bodies travel: whose units are whose is not said
			}
			body = s
		}
	}
	if body < 0 {
		return subj
	}
	body = art.r.find(body)
	out := subj[:0:0]
	for _, s := range subj {
		u := art.r.find(s)
		e := art.r.ents[u]
		if u != body && e.typ == quads.Organization && art.isUnitBody(u) && art.postBodyOfPersonIn(items, from, to, u) &&
			(e.parent < 0 || art.r.find(e.parent) == body) {
			continue
		}
		out = append(out, s)
	}
	return out
}

// isUnitBody: one of the names of entity e is that of a unit inside a
// larger body: the body's own unit of any kind ("School of X", "Xiling
// Museum of Y") when its parent is known, else a unit that only exists
// inside one ("Science and Technology Division", "School of Mechanics").
func (art *exArticle) isUnitBody(e int) bool {
	ent := art.r.ents[art.r.find(e)]
	for n := range ent.names {
		if ent.parent >= 0 && exIsUnitName(n) {
			return true
		}
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) > 2 && ws[1] == "of" && exMembersUnitOfHeads.has(ws[0]) || exMembersUnitHeads.has(exUnitHeadWord(n)) {
			return true
		}
	}
	return false
}
