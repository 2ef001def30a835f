package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// A government post that names its level ("deputy county chief", "district
// head", "county magistrate") is of the article's county or district, not
// of its city, when the article has one (issue 12, class 5: party
// committees and governments of places fold into the place); a governor's
// is of its province.

// titleLevelPlace returns the article's place at the level the post's own
// words name, and whether the post names one it has; a province's post
// (a governor's) names its level even when the article names no province,
// and is then of no place (-1).
func (art *exArticle) titleLevelPlace(title string) (int, bool) {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if lv, ok := exBackPlaceNouns[w]; ok && lv == levelDistrict {
			e, ok := art.ctx[levelDistrict]
			return e, ok
		}
		if exProvincePostWords.has(w) {
			// "vice governor P": the province's; of no other place when the
			// article names no province
			if e, ok := art.ctx[levelProvince]; ok {
				return e, true
			}
			return -1, true
		}
	}
	return -1, false
}

// otherLevelPost reports whether a government post carried over a list to
// the place e is of another level than e: a governor's post is a
// province's, any other government post never is.
func (art *exArticle) otherLevelPost(title string, e int) bool {
	ent := art.r.ents[art.r.find(e)]
	if ent.typ != quads.Place {
		return false
	}
	province := false
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if exProvincePostWords.has(w) {
			province = true
		}
	}
	return province != (ent.level == levelProvince)
}
