package extract

// hosts-base-at (r13-visits): "building" after a noun that says what kind
// of building or work it is ("the administrative teaching building",
// "party building", "brand building") names a building or an activity,
// not the setting up of a base: it is no establish cue. As a verb it
// follows a verb's context ("jointly building", "in building", "is
// building") or takes an object ("building a base", "the building of X").

// buildingNounAt: the establish word at k is "building" used as a noun.
func (art *exArticle) buildingNounAt(items []exResolved, k int) bool {
	if items[k].low != "building" || art.isWord(items, k+1, "of", "a", "an", "the", "its", "their", "up") {
		return false
	}
	return k > 0 && items[k-1].kind == xWord && exIsLowerWord(items[k-1].low) && !items[k-1].in(exBuildingVerbContext)
}
