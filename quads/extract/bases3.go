package extract

// hosts-base-at, third round: constructions by class.

// possessedPlaceAfter returns the item of the place a possessive place
// at item l names ("in Wenzhou's Ouhai District"): the base is there,
// in the district, as well as in the city. -1 when none.
func (art *exArticle) possessedPlaceAfter(items []exResolved, l int) int {
	if l < 0 || l+1 >= len(items) || items[l].kind != xPlace || !art.possessive(items, l) {
		return -1
	}
	if q := l + 1; items[q].kind == xPlace {
		return q
	}
	return -1
}

// enclosingPlaceAfter returns the item of the place named after a comma
// right after the place at item l ("in Maliu Village, Jishou"): the base
// set up in the first is in the second too. -1 when none.
func (art *exArticle) enclosingPlaceAfter(items []exResolved, l int) int {
	if l < 0 || l >= len(items) || items[l].kind != xPlace {
		return -1
	}
	m := exSkipName(items, l)
	if !art.isWord(items, m, ",") || m+1 >= len(items) {
		return -1
	}
	q := m + 1
	if items[q].kind != xPlace || items[q].inner {
		return -1
	}
	return q
}

// isCourtyardBase: "Science and Technology Courtyard", a base where a
// university's staff and students live and work among farmers, named by
// its kind's last words, whatever crop or place comes before.
func (art *exArticle) isCourtyardBase(items []exResolved, k int) bool {
	return items[k].kind == xWord && items[k].low == "courtyard" && art.isWord(items, k-1, "technology", "science", "sci-tech")
}

// makerHostsBase: in "X made Y a … base" the maker X hosts the base when
// X is an organisation (not a place, whose "making" is a designation by
// an office the text does not name) and no "of"/"for" body owns it.
func (art *exArticle) makerHostsBase(items []exResolved, subj int) bool {
	// ("the university made …": a back reference to its organisation)
	if subj < 0 || subj >= len(items) || items[subj].kind != xOrg && !(items[subj].kind == xHome && items[subj].back) || items[subj].inner {
		return false
	}
	h := art.ref(items, subj)
	return h >= 0 && art.isEducational(h)
}
