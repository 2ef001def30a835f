package extract

// visited (visits7): visit lists that open with words no mention took.

// lowerItemEnd returns the index after an item of a visit's list that
// names a body or site in words no mention took — lower-case or with one
// capitalised word before its head noun ("the national graphite product
// quality supervision and inspection center, A and B", "Kangxin community
// of Jiguan District, A") — when a comma follows and the list goes on with
// a named party; else k. Such an item is no object, and a place after its
// "of" only locates it; the list goes on past it.
func (art *exArticle) lowerItemEnd(items []exResolved, k int) int {
	q := k
	for q < len(items) && q < k+exLowerItemWords && items[q].kind == xWord && items[q].low != "of" &&
		(exLowerWord(items[q].low) || q > k && art.isWord(items, q, "and") && q+1 < len(items) && items[q+1].kind == xWord && exLowerWord(items[q+1].low)) {
		q++
	}
	if q == k || !items[q-1].in(exSiteNouns) && !items[q-1].in(exVisitSiteNouns) && !items[q-1].in(exVisitUnitNouns) {
		return k
	}
	if art.isWord(items, q, "of") && q+1 < len(items) && items[q+1].kind == xPlace {
		q = exSkipName(items, q+1) // "community of Jiguan District": where it is
	}
	if !art.isWord(items, q, ",") {
		return k
	}
	next := q + 1
	if art.isWord(items, next, "the") {
		next++
	}
	if next < len(items) && (exIsParty(&items[next]) || art.lowerItemEnd(items, next) > next) {
		return q
	}
	return k
}

// groupLeadInEnd returns where a visit's objects begin after a group noun
// that a list introduces ("visited key industrial zones in Baoshan,
// including A and B", "toured several enterprises such as A and B"): past
// the introducer, or k. The place after "in" locates the group.
func (art *exArticle) groupLeadInEnd(items []exResolved, k int) int {
	q := k
	if art.isWord(items, q, "the") || q < len(items) && items[q].kind == xWord && items[q].in(exGroupQuantifiers) {
		q++
	}
	for q < len(items) && q < k+exLowerItemWords && items[q].kind == xWord && exLowerWord(items[q].low) && art.introducerEnd(items, q) < 0 {
		q++
	}
	if q == k || art.isWord(items, k, "the") && q == k+1 {
		return k
	}
	if art.isWord(items, q, "in") && q+1 < len(items) && items[q+1].kind == xPlace {
		q = exSkipName(items, q+1)
	}
	if art.isWord(items, q, ",") {
		q++
	}
	if n := art.introducerEnd(items, q); n >= 0 {
		return n
	}
	return k
}

// splitNameEnd returns the index after a name the mention stage split at
// a lower-case word inside it ("Jixi BTR graphite Industrial Park Co.,
// Ltd." read as "Jixi BTR" and "Industrial Park Co., Ltd."): a party at k
// ending at n, then one lower-case word and another organisation with no
// comma or "and" between them. Neither piece names what was visited; or k.
func (art *exArticle) splitNameEnd(items []exResolved, k, n int) int {
	if n+1 < len(items) && items[n].kind == xWord && exLowerWord(items[n].low) && !items[n].in(exPlacePrepositions) && items[n].t0 == items[n-1].t1 &&
		items[n+1].kind == xOrg && exIsParty(&items[n+1]) {
		return exSkipName(items, n+1)
	}
	return k
}

// introducerEnd returns the index after a list introducer at q
// ("including", "such as"), or -1.
func (art *exArticle) introducerEnd(items []exResolved, q int) int {
	for _, intro := range exListIntroducers {
		n := q
		for _, w := range intro {
			if !art.isWord(items, n, w) {
				n = -1
				break
			}
			n++
		}
		if n > q {
			return n
		}
	}
	return -1
}
