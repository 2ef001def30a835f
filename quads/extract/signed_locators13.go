package extract

import "strings"

// Places and countries a signing sentence names only to locate a party
// (signed13). A place that possesses a list member through its place noun
// ("with Zhejiang
// province's X University", "the city's A and Hunan province's B") says
// where the member is, as "Hunan's B" would; the member is the party.

// placeNounPossessed returns where the party a place at k possesses
// through a lower-case place noun begins ("Zhejiang province's X": the
// mention stage keeps "province's" out of both names), or 0.
func (art *exArticle) placeNounPossessed(items []exResolved, k int) int {
	if items[k].kind != xPlace {
		return 0
	}
	n := exSkipName(items, k)
	if n+1 >= len(items) || items[n].kind != xWord || exBackPlaceNouns[items[n].low] == 0 || !exIsParty(&items[n+1]) {
		return 0
	}
	noun := art.text[items[n].s:items[n].e]
	if !strings.HasSuffix(noun, "'s") && !strings.HasSuffix(noun, "’s") {
		return 0
	}
	return n + 1
}

// beforeBracketedAbbreviation returns the last item of the name an
// abbreviation in brackets follows when the item at k closes it ("X
// University (XU)", "X University, (XU)"), else k: a country set after
// the bracket locates that name.
func (art *exArticle) beforeBracketedAbbreviation(items []exResolved, k int) int {
	if !art.isWord(items, k, ")") || k < 2 || !art.isWord(items, k-2, "(") || !exIsParty(&items[k-1]) {
		return k
	}
	if art.isWord(items, k-3, ",") {
		return k - 4
	}
	return k - 3
}

// aliasClauseEnd returns the index after a bracket opened at k that gives
// the name before it a short name ("(hereinafter referred to as X)",
// "(abbreviated as “X”)"): a list of parties goes on after it as after a
// bracketed abbreviation. It returns k when the bracket is no such clause.
func (art *exArticle) aliasClauseEnd(items []exResolved, k int) int {
	if k+1 >= len(items) || items[k+1].kind != xWord || !items[k+1].in(exAliasClauseOpeners) {
		return k
	}
	for m := k + 2; m < len(items) && m <= k+10; m++ {
		switch {
		case art.isWord(items, m, ")"):
			return m + 1
		case art.isWord(items, m, "(", ",", ";", "."):
			return k
		}
	}
	return k
}

// emptyQuotedBetween: the "between" at b stands inside a quoted title
// that names no party after it ("signed the “Agreement for Integrated
// Development Between School and City” with Y City"): the title's words
// are no construction of the sentence, whose "with" names the parties. A
// title that names them ("“Agreement between X Government and Y”") is
// read as a "between".
func (art *exArticle) emptyQuotedBetween(items []exResolved, b int) bool {
	closer := ""
	for k := b - 1; k >= 0 && k >= b-15 && closer == ""; k-- {
		switch {
		case art.isWord(items, k, "”"):
			return false
		case art.isWord(items, k, "“"):
			closer = "”"
		}
	}
	if closer == "" {
		straight := 0 // straight quotes open and close alike: an odd count before b opens one
		for k := 0; k < b; k++ {
			if art.isWord(items, k, "\"") {
				straight++
			}
		}
		if straight%2 == 0 {
			return false
		}
		closer = "\""
	}
	for k := b + 1; k < len(items) && k <= b+15; k++ {
		if art.isWord(items, k, closer) {
			return true
		}
		if exIsParty(&items[k]) {
			return false
		}
	}
	return false
}
