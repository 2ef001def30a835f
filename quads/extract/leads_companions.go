package extract

// companionsFromBody returns the body of "T P and [his|seven] delegation
// members from O" when the name is at k, or -1: the company the name heads
// comes from O, so a bare post before the name is O's ("President P and
// seven delegation members from X visited Y", "Vice President P and his
// delegation from X"). The words between "and" and "from" are a few
// determiners, counts and company nouns, at least one of them a company
// noun: "P and experts from X" names another party, not P's.
func (art *exArticle) companionsFromBody(items []exResolved, k int) int {
	if !art.isWord(items, k+1, "and") {
		return -1
	}
	q, company := k+2, false
words:
	for ; q < len(items) && q < k+7 && items[q].kind == xWord; q++ {
		w := items[q].low
		_, count := exCountWords[w]
		switch {
		case exDelegationNouns.has(w) || exCompanionNouns.has(w):
			company = true
		case exCompanionDeterminers.has(w) || count || w != "" && w[0] >= '0' && w[0] <= '9':
		default:
			break words
		}
	}
	if !company || !art.isWord(items, q, "from", "of") {
		return -1
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	if q < len(items) && exIsParty(&items[q]) && items[q].kind != xPlace {
		return art.ref(items, q)
	}
	return -1
}
