package extract

import "strings"

// A government post that names its level ("deputy county chief", "district
// head", "county magistrate") is of the article's county or district, not
// of its city, when the article has one (issue 12, class 5: party
// committees and governments of places fold into the place).

// titleLevelPlace returns the article's place at the level the post's own
// words name, and whether the post names one it has.
func (art *exArticle) titleLevelPlace(title string) (int, bool) {
	for _, w := range strings.Fields(strings.ToLower(title)) {
		if lv, ok := exBackPlaceNouns[w]; ok && lv == levelDistrict {
			e, ok := art.ctx[levelDistrict]
			return e, ok
		}
	}
	return -1, false
}
