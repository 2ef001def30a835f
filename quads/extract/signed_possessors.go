package extract

import "strings"

// Places and countries a signing sentence names only to locate a party
// (signed13): a place that possesses a list member through its place noun
// ("with Zhejiang province's X University", "the city's A and Hunan
// province's B") says where the member is, as "Hunan's B" would, and the
// member is the party; a country after a party's bracketed abbreviation
// ("X University (XU), PRC") locates that party as it does after the name.

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
