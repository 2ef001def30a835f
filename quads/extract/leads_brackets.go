package extract

// Posts of people named in brackets after a plural post or a group of one
// body (issue 12, class 3): "two vice presidents of X (A and B)", "the
// leaders of X (including A, B and C)", "the leaders of X (including
// President A and Vice President B)". The bracket names who holds the post;
// the body is the one "of X" names, never the nearest body or the other
// party. A bracket that names anything but people (an abbreviation, a
// place) says nothing of posts.

// bracketedPostHoldersIn binds the people bracketed after "POSTS of X".
func (art *exArticle) bracketedPostHoldersIn(si int) {
	items := art.items[si]
	for k := 0; k+4 < len(items); k++ {
		group := items[k].kind == xWord && items[k].in(exGroupPosts)
		plural := items[k].kind == xTitle && exPluralTitle(art.titleText(items, k))
		if !group && !plural || !art.isWord(items, k+1, "of") {
			continue
		}
		q := k + 2
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			continue
		}
		o := art.ref(items, art.possessedAfter(items, q))
		m := exSkipName(items, q)
		if o < 0 || !art.isWord(items, m, "(") {
			continue
		}
		holders, titles, ok := art.bracketedHolders(items, m+1)
		if !ok {
			continue
		}
		for n, p := range holders {
			t := k
			if titles[n] >= 0 {
				t = titles[n]
			}
			art.bind(items[p].ent, o, art.titleText(items, t), si)
		}
	}
}

// bracketedHolders reads the people a bracket opened before m lists, each
// with the index of its own title or -1, up to the closing ")": it is ok
// only when the bracket holds nothing but people, their titles, list
// openers ("including", "namely") and "," or "and".
func (art *exArticle) bracketedHolders(items []exResolved, m int) (holders, titles []int, ok bool) {
	if m < len(items) && items[m].kind == xWord && items[m].in(exListOpeners) {
		m++
	}
	for ; m < len(items); m++ {
		switch {
		case art.isWord(items, m, ")"):
			return holders, titles, len(holders) > 0
		case art.isWord(items, m, ",", "and", "etc", "etc."):
		case items[m].kind == xTitle:
			t := m
			m = exSkipTitles(items, m)
			if m >= len(items) || items[m].kind != xPerson {
				return nil, nil, false
			}
			holders, titles = append(holders, m), append(titles, t)
		case items[m].kind == xPerson:
			holders, titles = append(holders, m), append(titles, -1)
		default:
			return nil, nil, false
		}
	}
	return nil, nil, false
}
