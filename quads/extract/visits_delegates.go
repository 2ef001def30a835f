package extract

// visited (r13-visits): "the delegates", or "delegates" bare as the subject
// opening the main clause, stand for the last visitors, as "the guests" do
// (exVisitorNouns; the subject search is in visits.go); a delegation that
// visited a place no rule names is still the last visitors.

// bareVisitorsSubject: the visitor noun at q stands bare as the subject of
// the visit verb at k, opening the sentence or its main clause ("At the
// invitation of X on September 8, delegates visited Z"): the last
// visitors, as "the delegates" are. ("Delegates from twenty companies
// visited Z" names others: the noun is not next to the verb.)
func (art *exArticle) bareVisitorsSubject(items []exResolved, q, k int) bool {
	return q+1 == k && (q == 0 || art.isWord(items, q-1, ","))
}

// unnamedObjectDelegation returns the body of "the X delegation" (or "a
// delegation from X") that is the subject of the visit verb at k when the
// place it visited is no name the rules read ("Pingyin County People's
// Congress delegation visited our group's deep spring College"): X is the
// article's visitor, whom a later "the delegates came to Z" means. A visit
// only planned gives none.
func (art *exArticle) unnamedObjectDelegation(items []exResolved, k int) []int {
	if !items[k].in(exVisitCues) || art.visitUnrealised(items, k) {
		return nil
	}
	// the delegation noun, right before the verb or before its "from X"
	d := k - 1
	for d >= 0 && (exIsParty(&items[d]) || art.isWord(items, d, "from", "of", "the")) {
		d--
	}
	if d < 0 || items[d].kind != xWord || !items[d].in(exDelegationNouns) {
		return nil
	}
	return art.delegationFrom(items, 0, k)
}
