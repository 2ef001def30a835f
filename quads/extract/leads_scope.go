package extract

// One "of X" after a list of titled names scopes over the whole list
// (issue 12, class 3): "Party Secretary A, president and deputy secretary
// B, vice president C and D of X, E, president of Y, …" — A, B, C and D
// are X's, each with their own post; a bare name after a titled one ("C
// and D") shares its post. The list runs back from "of X" over titles,
// names, "," and "and" only: an earlier apposition ("E, president of Y,")
// ends it. A government's post ("Mayor A and President B of X") is its
// place's, not X's. The rule fills in only the names no other rule bound
// in the sentence.

// listOfBodyIn binds the titled names listed before "of X".
func (art *exArticle) listOfBodyIn(si int) {
	items := art.items[si]
	for j := 1; j+1 < len(items); j++ {
		if !art.isWord(items, j, "of") || items[j-1].kind != xPerson {
			continue
		}
		q := j + 1
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || items[q].kind != xOrg || items[q].inner {
			continue
		}
		o := art.ref(items, art.possessedAfter(items, q))
		if o < 0 {
			continue
		}
		holders, titles := art.titledNamesBefore(items, j)
		if len(holders) < 2 {
			continue // one name: the apposition rules read it
		}
		for n, p := range holders {
			if titles[n] < 0 || exGovTitle(art.titleText(items, titles[n])) || len(art.sentenceLeads(si, items[p].ent)) > 0 {
				continue
			}
			art.bind(items[p].ent, o, art.titleText(items, titles[n]), si)
		}
	}
}

// titledNamesBefore returns the names of the list that ends before j, each
// with the index of the title that precedes it or, for a bare name after a
// titled one, that one's title; -1 when the name has none.
func (art *exArticle) titledNamesBefore(items []exResolved, j int) (holders, titles []int) {
	m := j - 1
	for m >= 0 && (items[m].kind == xPerson || items[m].kind == xTitle || art.isWord(items, m, ",", "and")) {
		m--
	}
	if m >= 0 && items[m].kind != xWord {
		return nil, nil // a body or a place before the list: an apposition's
	}
	title := -1
	for k := m + 1; k < j; k++ {
		switch {
		case items[k].kind == xTitle:
			title = k
			k = exSkipTitles(items, k) - 1
		case items[k].kind == xPerson:
			holders, titles = append(holders, k), append(titles, title)
		}
	}
	return holders, titles
}
