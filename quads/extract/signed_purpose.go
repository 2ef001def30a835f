package extract

// A fronted clause of purpose ("In order to implement the requirements of
// the CPC Central Committee and the State Council, …, A and B signed")
// names the bodies whose policy the signing serves, not its signers: the
// signers are those of the main clause, after the purpose clause's last
// comma.

// purposeClauseEnd returns where the main clause's subject begins after a
// fronted purpose clause ("In order to …,", "To implement …,") before the
// signing at v: after the last comma before v, when what follows it names
// a party, and back past the commas of the subject's own list ("…, A, B
// and C signed"). 0 when the sentence opens with no purpose clause.
func (art *exArticle) purposeClauseEnd(items []exResolved, si, v int) int {
	k := 0
	if art.isWord(items, k, "in") && art.isWord(items, k+1, "order") {
		k += 2
	}
	if !art.isWord(items, k, "to") {
		return 0
	}
	c := art.previousComma(items, v, k)
	if c <= k || len(art.partiesIn(items, si, c+1, v)) == 0 {
		return 0
	}
	for {
		p := art.previousComma(items, c, k)
		if p <= k || !art.onlyPartyList(items, p+1, c) {
			return c + 1
		}
		c = p
	}
}

// previousComma returns the index of the last comma before c and after
// floor, or floor.
func (art *exArticle) previousComma(items []exResolved, c, floor int) int {
	for p := c - 1; p > floor; p-- {
		if art.isWord(items, p, ",") {
			return p
		}
	}
	return floor
}

// onlyPartyList: items [from,to) are names of parties and the words that
// join a list ("the", "and"), at least one name.
func (art *exArticle) onlyPartyList(items []exResolved, from, to int) bool {
	named := false
	for k := from; k < to; k++ {
		switch {
		case items[k].inner:
		case exIsParty(&items[k]):
			named = true
		case !art.isWord(items, k, "the", "and", "&"):
			return false
		}
	}
	return named
}
