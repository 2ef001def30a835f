package extract

// A body named before a list of titled names scopes over the list (issue
// 12, class 2): "X President A, Vice President B and Dean C", "X President
// A; Vice President B, who is also chairman of Y; and C, …". Each titled
// name after the body holds its post there, beside any post a relative
// clause ("who is also …") adds. An entry with a body of its own ("Y
// Curator D", "Curator D of Y", "D, curator of Y") ends the list, as does
// any word that is no title, name, joiner or relative clause.

// prefixedListIn binds the titled names of a list a body heads.
func (art *exArticle) prefixedListIn(si int) {
	items := art.items[si]
	for k := 0; k+4 < len(items); k++ {
		if items[k].kind != xOrg || items[k].inner || items[k+1].kind != xTitle || items[k+2].kind != xPerson {
			continue
		}
		if art.isWord(items, k-1, "of", "at", "from") {
			continue // "director of X President A": not a prefix
		}
		o := art.ref(items, k)
		if o < 0 {
			continue
		}
		entries, titles := art.prefixedEntries(items, k+1)
		if len(entries) < 2 {
			continue // one name: the title rules read it
		}
		for n, m := range entries {
			art.bind(items[m].ent, o, art.titleText(items, titles[n]), si)
		}
	}
}

// prefixedEntries returns the names of the list's "Title Name" entries
// from m on, up to where the list ends, and the index of each one's title.
func (art *exArticle) prefixedEntries(items []exResolved, m int) (entries, titles []int) {
	for m < len(items) {
		if items[m].kind != xTitle {
			break
		}
		t := m
		m = exSkipTitles(items, m)
		for m < len(items) && items[m].kind == xWord && items[m].in(exHonorifics) {
			m++ // "Vice President Dr P"
		}
		if m >= len(items) || items[m].kind != xPerson {
			break
		}
		p := m
		m++
		if art.isWord(items, m, "of", "at", "from") || art.isWord(items, m, ",") && art.postPhraseAt(items, m+1) {
			break // "Curator D of Y", "D, curator of Y": a post of its own
		}
		entries, titles = append(entries, p), append(titles, t)
		if art.isWord(items, m, ",") && art.isWord(items, m+1, "who") {
			m = art.clauseEnd(items, m+1)
		}
		n := m
		for art.isWord(items, n, ",", ";", "and") {
			n++
		}
		if n == m {
			break
		}
		m = n
	}
	return entries, titles
}

// clauseEnd returns the index of the "," or ";" that closes the relative
// clause opened at j ("who is also chairman of Y,"), or j when the
// sentence ends first.
func (art *exArticle) clauseEnd(items []exResolved, j int) int {
	for q := j + 1; q < len(items); q++ {
		if art.isWord(items, q, ",", ";") {
			return q
		}
	}
	return j
}

// postPhraseAt: a post phrase with a body of its own begins at j ("curator
// of Y", "chairman at Y"), not the next entry's "Title Name".
func (art *exArticle) postPhraseAt(items []exResolved, j int) bool {
	if j >= len(items) || items[j].kind != xTitle {
		return false
	}
	return art.isWord(items, exSkipTitles(items, j), "of", "at", "from")
}
