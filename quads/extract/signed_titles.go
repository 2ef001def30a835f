package extract

// Agreement titles in quotes (signed13): a title's own words are no
// construction of the sentence around it. "signed the “Agreement for the
// Integrated Development Between School and City” with Y City": the
// title's "Between" joins no parties, the sentence's "with" names them.

// emptyQuotedBetween: the "between" at b stands inside a quoted title
// that names no party after it ("signed the “Agreement for Integrated
// Development Between School and City” with Y City"): the title's words
// are no construction of the sentence, whose "with" names the parties. A
// title that names them ("“Agreement between X Government and Y”") is
// read as a "between".
func (art *exArticle) emptyQuotedBetween(items []exResolved, b int) bool {
	closer := ""
	for k := b - 1; k >= 0 && k >= b-15 && closer == ""; k-- {
		switch {
		case art.isWord(items, k, "”"):
			return false
		case art.isWord(items, k, "“"):
			closer = "”"
		}
	}
	if closer == "" {
		straight := 0 // straight quotes open and close alike: an odd count before b opens one
		for k := 0; k < b; k++ {
			if art.isWord(items, k, "\"") {
				straight++
			}
		}
		if straight%2 == 0 {
			return false
		}
		closer = "\""
	}
	for k := b + 1; k < len(items) && k <= b+15; k++ {
		if art.isWord(items, k, closer) {
			return true
		}
		if exIsParty(&items[k]) {
			return false
		}
	}
	return false
}
