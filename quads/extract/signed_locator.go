package extract

import "github.com/coopgraph/coopgraph/quads"

// Places a signing sentence names that are no party: the province after a
// place that says where it is ("visited Anji, Zhejiang, to implement the
// agreement signed last year", "signed in Tianshui, Gansu"), and the
// venue after the verb of a signing of three or more ("A, B and C signed a
// tripartite agreement in X", "… was signed at the Y Hotel in Z").

// placeLocator: the place at k is set off by a comma after a place of a
// lower level ("Anji, Zhejiang", "Beihai, Nanlu Province", "Luoxi
// District, Beihai"): it locates the place before it. A list of places of
// one level ("with Hunan, Hubei and Jiangxi") locates nothing.
func (art *exArticle) placeLocator(items []exResolved, k int) bool {
	if k < 2 || items[k].kind != xPlace || items[k].ent < 0 {
		return false
	}
	c := art.regionOfChinaStart(items, k) - 1 // "Yangquan, North China's Shanxi province"
	if c < 1 || !art.isWord(items, c, ",") {
		return false
	}
	p := c - 1
	for p > 0 && items[p].inner {
		p--
	}
	if items[p].kind != xPlace || items[p].ent < 0 || exSkipName(items, p) != c {
		return false
	}
	up, low := art.r.ents[art.r.find(items[k].ent)], art.r.ents[art.r.find(items[p].ent)]
	if up.typ != quads.Place || low.typ != quads.Place || exPlaceRank[up.level] <= exPlaceRank[low.level] {
		return false
	}
	// "Anji, Zhejiang, and Luoxi": a list after all
	n := exSkipName(items, k)
	return !art.isWord(items, n, "and", "&") && !(art.isWord(items, n, ",") && art.isWord(items, n+1, "and"))
}

// regionOfChinaStart returns where the name of the place at k begins
// with the region of China the news genre puts before a province ("North
// China's Shanxi province", "China's Hainan province"): at the region's
// first word, else at k.
func (art *exArticle) regionOfChinaStart(items []exResolved, k int) int {
	q := k - 1
	if !art.isWord(items, q, "china") || !art.possessive(items, q) {
		return k
	}
	if q > 0 && items[q-1].kind == xWord && items[q-1].in(exCompassWords) {
		q--
	}
	return q
}

// exPlaceRank orders the levels of places: a district or county lies in
// a city, a city in a province.
var exPlaceRank = map[placeLevel]int{levelDistrict: 1, levelCity: 2, levelProvince: 3}

// bindLocators marks the locating provinces of sentences si-3 … si as
// bound for the signing rules, which look back that far for "the two
// sides" (recentParties); the returned func restores the marks, so that
// later rule families (a visit "to Anji, Zhejiang") read the sentence
// unchanged.
func (art *exArticle) bindLocators(si int) func() {
	type mark struct{ s, k int }
	var added []mark
	for s := si; s >= 0 && s >= si-3; s-- {
		items := art.items[s]
		for k := range items {
			if !art.bound[s][k] && art.placeLocator(items, k) {
				art.bound[s][k] = true
				added = append(added, mark{s, k})
			}
		}
	}
	return func() {
		for _, m := range added {
			delete(art.bound[m.s], m.k)
		}
	}
}

// partiesAfterVerb returns the parties after the signing at v but the
// venue ("in X", "at the Y Hotel in Z", "held at X"): the other signers of
// a signing of three or more ("A signed a tripartite agreement with B and
// C in Z").
func (art *exArticle) partiesAfterVerb(items []exResolved, si, v int) []int {
	var out []int
	for _, e := range art.partiesIn(items, si, v, len(items)) {
		if !art.onlyVenueAfter(items, e, v) {
			out = append(out, e)
		}
	}
	return out
}

// onlyVenueAfter: every mention of e after item v is the object of a
// preposition of place ("in Tianshui", "at the X Centre in Y").
func (art *exArticle) onlyVenueAfter(items []exResolved, e, v int) bool {
	seen := false
	for k := v + 1; k < len(items); k++ {
		if items[k].ent < 0 || art.r.find(items[k].ent) != e || !exIsParty(&items[k]) {
			continue
		}
		seen = true
		p := k - 1
		if art.isWord(items, p, "the") {
			p--
		}
		if p < 0 || items[p].kind != xWord || !items[p].in(exVenuePrepositions) {
			return false
		}
	}
	return seen
}

// placeOfThing: the place at k is named only as what a thing belongs to
// ("the World Heritage listing of X", "the history of X"), after a common
// noun and "of" that are no body's people ("a delegation of X", "leaders
// of X" name a side): a sentence telling of it names no side of the talks
// that "the two sides" of a later sentence stand for.
func (art *exArticle) placeOfThing(items []exResolved, k int) bool {
	if items[k].kind != xPlace || !art.isWord(items, k-1, "of") || k < 2 {
		return false
	}
	n := items[k-2]
	return n.kind == xWord && exIsLowerWord(n.low) && !n.in(exRepresentativeNouns) && !n.in(exGroupPosts) && !n.in(exSideNouns)
}

// twoSidesBefore returns the pair "the two sides" of sentence si stand
// for when it names neither: from the nearest of the few sentences before
// it that names two parties ("X and Y held talks. The two sides signed"),
// or one besides the home body ("X's delegation … The hosts showed them
// the halls of Y. … the two sides signed": X and Y); -1s when none does.
func (art *exArticle) twoSidesBefore(si int) (int, int) {
	h := -1
	if art.home >= 0 {
		h = art.r.find(art.home)
	}
	for s := si - 1; s >= 0 && s >= si-4; s-- {
		xs := art.sideParties(s)
		if len(xs) == 2 {
			return xs[0], xs[1]
		}
		if len(xs) == 1 && h >= 0 && xs[0] != h && !art.related(xs[0], h) {
			return h, xs[0]
		}
	}
	return -1, -1
}

// escortOf: the party at k is named in a phrase of escort ("accompanied
// by officials of X", "escorted by X"), up to the comma before it: the
// escort goes along with a side and is none of "the two sides".
func (art *exArticle) escortOf(items []exResolved, k int) bool {
	for p := k - 1; p > 0; p-- {
		if art.isWord(items, p, ",", ";") {
			return false
		}
		if art.isWord(items, p, "by") && items[p-1].kind == xWord && items[p-1].in(exCompanionCues) {
			return true
		}
	}
	return false
}
