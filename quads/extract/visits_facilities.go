package extract

import "strings"

// visited (r12-bases): a facility of the host described in lower case
// after the host's possessive — "the delegation visited the company's
// smart grid dispatch centre", "the guests toured the College's logistics
// training centre". The host (the possessor) is where they went; the
// described facility is no body of its own to visit. A unit named by its
// field ("the college's training center for intelligent manufacturing")
// is one, and stays.

// possessedLowerFacilityAt: the party item at k is described in lower
// case, with no field naming it, after a possessive party ("the company's"
// before "smart grid dispatch centre"), which the visit objects have taken
// already.
func (art *exArticle) possessedLowerFacilityAt(items []exResolved, k int) bool {
	if k < 1 || items[k].s >= len(art.text) {
		return false
	}
	if c := art.text[items[k].s]; c < 'a' || c > 'z' {
		return false
	}
	for _, w := range strings.Fields(art.text[items[k].s:items[k].e]) {
		if exUnitNameLinks.has(strings.ToLower(w)) {
			return false
		}
	}
	return exIsParty(&items[k-1]) && art.possessive(items, k-1)
}
