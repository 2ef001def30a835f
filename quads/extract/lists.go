package extract

// Lists of parties and of people (issue 12, class 3): where a list of
// bodies goes on past a word that is no body, and where it ends because a
// new clause begins.

// listJoinerAt: the word at k continues a list of parties without naming
// one: "with A as well as with B", "A and also with B", "X and its
// affiliated hospital" (the unit after "its" is a party of its own).
func (art *exArticle) listJoinerAt(items []exResolved, k int) bool {
	switch {
	case art.isWord(items, k, "with"):
		return art.isWord(items, k-1, "as", "and", "also") && k+1 < len(items) && (exIsParty(&items[k+1]) || art.isWord(items, k+1, "the"))
	case art.isWord(items, k, "also"):
		return art.isWord(items, k-1, "and", ",") && art.isWord(items, k+1, "with")
	case art.isWord(items, k, "its"):
		return art.isWord(items, k-1, "and", ",") && k+1 < len(items) && items[k+1].kind == xOrg && !items[k+1].inner
	}
	return false
}

// clauseSubjectAt: the party at k follows ", (and)" and a verb of its own
// follows its name: "signed with A, and B will sign next month" — B opens a
// new clause and is no member of the list.
func (art *exArticle) clauseSubjectAt(items []exResolved, k int) bool {
	p := k - 1
	if art.isWord(items, p, "the") {
		p--
	}
	if art.isWord(items, p, "and") {
		p--
	}
	if !art.isWord(items, p, ",", ";") {
		return false
	}
	n := exSkipName(items, k)
	return n < len(items) && items[n].kind == xWord && exClauseVerbCues[items[n].low]
}
