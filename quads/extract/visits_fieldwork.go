package extract

// visited (rvisit): a fieldwork noun before a place ("research in Xiling
// County") reports a stay there only as the object of a verb of doing —
// "experts conducted research in X", "the team carried out a survey in X".
// As a topic of an agreement or a field ("a memorandum on joint education
// and research in X", "cooperation in research in X") it reports none.

// fieldworkDone: the fieldwork noun at k is the object of a verb of doing
// that stands before it, past a few fillers ("carried out an in-depth
// survey").
func (art *exArticle) fieldworkDone(items []exResolved, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if items[q].kind != xWord {
			return false
		}
		w := items[q].low
		if exFieldworkVerbs[w] {
			return true
		}
		if !exFieldworkFillers[w] {
			return false
		}
	}
	return false
}
