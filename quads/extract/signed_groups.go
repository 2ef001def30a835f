package extract

// The partners of "signed … with" named after a noun of their group:
// "with four foreign universities at the ceremony, namely A, B and C"
// (the group, a phrase of the event, then the list), "with the counties
// of A, B and C" (the places of a group noun of places).

// groupListStart returns the first partner of a list that a group noun
// after "with" (at k) introduces, or -1.
func (art *exArticle) groupListStart(items []exResolved, k int) int {
	q := k
	if art.isWord(items, q, "the") {
		q++
	}
	if q < len(items) && items[q].kind == xWord && items[q].in(exPlaceGroupNouns) && art.isWord(items, q+1, "of") {
		// "the counties of A, B and C": a list, not "the cities of a
		// province" naming one place
		if n := q + 2; n < len(items) && exIsParty(&items[n]) && art.isWord(items, exSkipName(items, n), ",", "and") {
			return n
		}
		return -1
	}
	// "four foreign universities": count and modifiers, then the group noun
	n := q
	for q < len(items) && q < n+5 && items[q].kind == xWord && (exIsLowerWord(items[q].low) || exIsNumber(items[q].low)) && !items[q].in(exPartyGroupNouns) {
		q++
	}
	if q >= len(items) || items[q].kind != xWord || !items[q].in(exPartyGroupNouns) {
		return -1
	}
	q++
	// "at the ceremony", "during the visit": a short phrase of the event
	if q >= len(items) || items[q].kind != xWord || !items[q].in(exEventPrepositions) {
		return -1
	}
	c := q + 1
	for c < len(items) && c < q+5 && items[c].kind == xWord && exIsLowerWord(items[c].low) {
		c++
	}
	if !art.isWord(items, c, ",") || c+1 >= len(items) || items[c+1].kind != xWord || !items[c+1].in(exListOpeners) {
		return -1
	}
	m := c + 2
	if art.isWord(items, m, "as") { // "such as"
		m++
	}
	if art.isWord(items, m, "the") {
		m++
	}
	if m < len(items) && exIsParty(&items[m]) {
		return m
	}
	return -1
}
