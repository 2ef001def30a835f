package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Places a signing sentence names only to say where a party or the
// ceremony is, never as a party: the place of an event ("the ceremony was
// held in X", "signed in Y and Z", "with the government in W"), the
// country or province after a party and a comma ("… Autonomous University,
// Mexico"), and a nationality before a place noun ("the German city of
// Nuremberg").

// qualifiesOnly: every mention of a or b in sentence si only qualifies
// another name or the event. A place named only as the event's place
// ("in X") is dropped only when the sentence names the other party too:
// "the two sides signed in Beihai", with the sides from the sentence
// before, may pair Beihai itself.
func (art *exArticle) qualifiesOnly(a, b, si int) bool {
	if si < 0 || si >= len(art.items) {
		return false
	}
	qa, la := art.onlyQualifierIn(a, si)
	qb, lb := art.onlyQualifierIn(b, si)
	if qa && !la || qb && !lb {
		return true // a country or nationality: never the side itself
	}
	if !qa && !qb {
		return false
	}
	_, na := art.mentionedIn(a, si)
	_, nb := art.mentionedIn(b, si)
	return na && nb
}

// onlyQualifierIn reports whether sentence si names e and every mention
// of e there qualifies another name or the event, and whether all of them
// are places of the event ("in X").
func (art *exArticle) onlyQualifierIn(e, si int) (only, locative bool) {
	ks, named := art.mentionedIn(e, si)
	if !named {
		return false, false
	}
	items := art.items[si]
	locative = true
	for _, k := range ks {
		switch {
		case art.locativePlaceAt(items, k):
		case art.countryAfterParty(items, k) || art.nationalityBeforePlaceNoun(items, k):
			locative = false
		default:
			return false, false
		}
	}
	return true, locative
}

// mentionedIn returns the items of sentence si that name e as a party.
func (art *exArticle) mentionedIn(e, si int) ([]int, bool) {
	items := art.items[si]
	e = art.r.find(e)
	var ks []int
	for k := range items {
		if items[k].ent >= 0 && !items[k].inner && exIsParty(&items[k]) && art.r.find(items[k].ent) == e {
			ks = append(ks, k)
		}
	}
	return ks, len(ks) > 0
}

// locativePlaceAt: the place at k is the object of "in" ("held in X",
// "the government in X"), or a later member of such a list ("in X and Y").
func (art *exArticle) locativePlaceAt(items []exResolved, k int) bool {
	if items[k].kind != xPlace {
		return false
	}
	p := k - 1
	if art.isWord(items, p, "the") {
		p--
	}
	if art.isWord(items, p, "in") {
		return true
	}
	if !art.isWord(items, p, "and", ",") {
		return false
	}
	q := exNameStart(items, p-1)
	return q >= 0 && q < k && items[q].kind == xPlace && art.locativePlaceAt(items, q)
}

// countryAfterParty: the name at k is a country, or a province, set off
// by a comma after an organisation ("Chihuahua Autonomous University,
// Mexico", "Donghu University, Yunnan, signed"): it says where that one
// is. A province followed by "and" is a list member ("with X University,
// Yunnan and Hunan").
func (art *exArticle) countryAfterParty(items []exResolved, k int) bool {
	if !art.isWord(items, k-1, ",") {
		return false
	}
	last := art.beforeBracketedAbbreviation(items, k-2) // signed13: "X University, (XU), PRC"
	if q := exNameStart(items, last); (q < 0 || items[q].kind != xOrg && items[q].kind != xHome) &&
		!(last >= 0 && items[last].kind == xOrg) { // signed13: a unit's parent after its comma ("College of X, Y University, PRC")
		return false
	}
	if w := strings.ToLower(art.text[items[k].s:items[k].e]); exCountries.has(w) || exCountryAbbreviations.has(w) {
		return true
	}
	ent := art.r.ents[art.r.find(items[k].ent)]
	if ent.typ != quads.Place || ent.level != levelProvince {
		return false
	}
	n := exSkipName(items, k)
	return !art.isWord(items, n, "and", "&") && !(art.isWord(items, n, ",") && art.isWord(items, n+1, "and"))
}

// nationalityBeforePlaceNoun: the name at k stands before a place noun
// and "of" ("the German city of Nuremberg", "the Italian province of X"):
// it qualifies the place that follows.
func (art *exArticle) nationalityBeforePlaceNoun(items []exResolved, k int) bool {
	n := exSkipName(items, k)
	if n >= len(items) || items[n].kind != xPlace {
		return false
	}
	// the mention stage keeps the place noun and "of" out of both names
	gap := strings.Fields(strings.ToLower(art.text[items[k].e:items[n].s]))
	return len(gap) == 2 && exBackPlaceNouns[gap[0]] != 0 && gap[1] == "of"
}

// exNameStart returns the first item of the name whose last item is at k
// (back past its inner places and parents), or -1.
func exNameStart(items []exResolved, k int) int {
	for k > 0 && items[k].inner {
		k--
	}
	if k < 0 || k >= len(items) {
		return -1
	}
	return k
}
