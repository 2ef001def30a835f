package extract

// knownPlace reports whether a lower-case word names a place of China
// without any suffix ("in Jinan", "visited Beihai"). The text's own
// constructions establish most places (learnPlaces); this is the
// general-world knowledge beside them. It is one function so that a
// gazetteer can stand in for the lexicon's province-level list.
var knownPlace = func(low string) bool {
	return exProvinces[low] || exMunicipalities[low]
}

// isPlace: the article establishes low as a place, or it is a known one.
func (p *exParser) isPlace(low string) bool {
	low = placeKey(low)
	return p.places[low] || knownPlace(low)
}
