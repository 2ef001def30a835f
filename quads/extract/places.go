package extract

import "github.com/coopgraph/coopgraph/quads/extract/gazetteer"

// placeLevel is the tier a place, or a bare reference to a place's
// government ("the municipal government", "the province"), stands at.
type placeLevel byte

const (
	levelCity     placeLevel = 'c'
	levelProvince placeLevel = 'p'
	levelDistrict placeLevel = 'd' // a district or county
)

// knownPlace reports whether a lower-case word names a place of China
// without any suffix ("in Jinan", "visited Beihai"). The text's own
// constructions establish most places (learnPlaces); this is the
// general-world knowledge beside them: the lexicon's province-level names
// (with the regions the gazetteer leaves out) and the gazetteer's
// prefecture- and county-level ones.
func knownPlace(low string) bool {
	if exProvinceLevelPlaces.has(low) {
		return true
	}
	return gazetteer.IsPlaceName(low)
}

// isPlace: the article establishes low as a place, or it is a known one.
// A known place the article does not establish may still be a person's
// given name ("Shulan Yuan"), so person names consult p.places only.
func (p *exParser) isPlace(low string) bool {
	low = placeKey(low)
	return p.places[low] || knownPlace(low)
}

// govPostOfPersonAt: a post of a government ("Mayor", "Vice Governor")
// begins at k and a person's name follows it: the word before it is the
// post's place ("Tianmen Mayor Zhou Min"), as in "Mayor of Tianmen".
func (p *exParser) govPostOfPersonAt(toks []exTok, k int) bool {
	n := exTitleAt(toks, k, true)
	if n == 0 || !toks[k+n-1].in(exGovTitles) {
		return false
	}
	m := k + n
	if m < len(toks) && toks[m].is(xfHonorifics) {
		m++
	}
	return p.personAt(toks, m) > 0
}
