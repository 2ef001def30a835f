package extract

// member-of: posts that are no leadership written before the name, which
// the apposition rules of leads.go do not read.

// memberPostBefore returns the body and the post of "O's professor P",
// "O professor P" (a post of exMemberCores before the name, its body just
// before it), and of the names of a list after a plural post, its body
// after the list ("Professors A and B of O", "researchers A, B and C from
// O"); else -1.
func (art *exArticle) memberPostBefore(items []exResolved, k int) (int, string) {
	// "O's professor P", "O professor P"
	if k >= 2 && items[k-1].kind == xWord && exMemberCores[items[k-1].low] && exHonorifics[items[k-1].low] &&
		items[k-2].kind == xOrg && !items[k-2].inner {
		// the body is the post's unless a post phrase before it ends there
		if art.possessive(items, k-2) || !exGovernedBody(art, items, k-2) {
			return art.ref(items, k-2), items[k-1].low
		}
	}
	// "Professors A, B and C of O": back over the list to the plural post
	j := k - 1
	for j >= 0 && (items[j].kind == xPerson || art.isWord(items, j, ",", "and")) {
		j--
	}
	if j < 0 || items[j].kind != xWord || items[j+1].kind != xPerson {
		return -1, ""
	}
	post := exSingular(items[j].low)
	if post == items[j].low || !exMemberCores[post] || post == "member" {
		return -1, ""
	}
	// on over the list to its body
	q := k + 1
	for q < len(items) && (items[q].kind == xPerson || art.isWord(items, q, ",", "and") && q+1 < len(items) && items[q+1].kind == xPerson) {
		q++
	}
	if !art.isWord(items, q, "of", "at", "from") {
		return -1, ""
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || items[q].kind != xOrg || items[q].inner {
		return -1, ""
	}
	if n := exSkipName(items, q); n < len(items) && (items[n].kind == xPerson || items[n].kind == xTitle) {
		return -1, "" // "… of X Director Q": X is Q's
	}
	return art.ref(items, q), post
}

// exGovernedBody: the body at k ends a post phrase before it ("Dean of
// the School of Law Professor P"), so a post after it is no post at it.
func exGovernedBody(art *exArticle, items []exResolved, k int) bool {
	q := k - 1
	if art.isWord(items, q, "the") {
		q--
	}
	return q >= 0 && (items[q].kind == xTitle || art.isWord(items, q, "of", "at"))
}
