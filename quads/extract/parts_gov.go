package extract

// Government departments named in lower case (issue 12, class 7): "the
// municipal education bureau", "the city's culture and tourism bureau",
// "Baisha's education bureau", "the provincial department of education".
// A department of a city's or a province's government is a body of its own
// (SCHEMA.md folds only the party committee and the government into the
// place), so its head's posts are the department's, not the city's.

// lowerGovUnitAt returns the length of a government department named in
// lower case at toks[i:] after a level word ("municipal", "provincial")
// or after a place's possessive, or 0: at least one field word, then a
// department's head ("education bureau"), or the head and "of" and its
// field ("department of education").
func (p *exParser) lowerGovUnitAt(toks []exTok, i int, items []exItem) int {
	if i == 0 || !toks[i].word || toks[i].cap {
		return 0
	}
	k := i
	switch {
	case toks[i].in(exGovLevelWords) && toks[i-1].low == "the":
		k++ // "the municipal education bureau"
	case toks[i-1].poss && len(items) > 0 && items[len(items)-1].t1 == i &&
		(items[len(items)-1].kind == xPlace || items[len(items)-1].kind == xHome && items[len(items)-1].back && exGovLevelNouns.has(items[len(items)-1].name)):
		// "Baisha's education bureau", "the city's education bureau"
	default:
		return 0
	}
	if k < len(toks) && toks[k].in(exGovUnitHeads) && !toks[k].cap {
		// "the provincial department of education"
		if n := exLooseFieldTail(toks, k); n > 0 && k > i {
			return k + 1 + n - i
		}
		return 0
	}
	return exGovFieldsAndHead(toks, i, k)
}

// placeGovUnitAt returns the length of a government department named in
// lower case right after its place's name, or 0: "the Taicang education
// bureau", "Jiading district education bureau", "Nanming county culture
// and tourism bureau" — the place's item ends at toks[i], an optional level
// word follows, then the department's fields and head as after "the
// municipal" (visits10: the department, not its place, signs and visits).
func (p *exParser) placeGovUnitAt(toks []exTok, i int, items []exItem) int {
	if len(items) == 0 || i >= len(toks) || !toks[i].word || toks[i].cap || toks[i-1].poss {
		return 0
	}
	pl := items[len(items)-1]
	if pl.kind != xPlace || pl.fold || pl.inner || pl.t1 != i {
		return 0
	}
	k := i
	if toks[k].in(exGovLevelWords) {
		k++ // "Jiading district education bureau"
	}
	return exGovFieldsAndHead(toks, i, k)
}

// exGovFieldsAndHead returns the length from toks[i] of a department's
// lower-case field words starting at toks[k] and the head that ends them
// ("culture and tourism bureau"), or 0: at least one field word, at most six
// tokens from i, no capital, possessive or government word among them.
func exGovFieldsAndHead(toks []exTok, i, k int) int {
	fields := 0
	for ; k < len(toks) && k < i+6; k++ {
		t := &toks[k]
		if !t.word || t.cap || t.poss {
			return 0
		}
		if t.in(exGovUnitHeads) {
			break
		}
		if t.low == "and" && fields > 0 {
			continue
		}
		if !exLooseFieldWord(t) || t.is(xfGovWords) || t.is(xfPartyBodyWords) {
			return 0
		}
		fields++
	}
	if fields == 0 || k >= len(toks) || !toks[k].in(exGovUnitHeads) || toks[k].cap || toks[k-1].low == "and" {
		return 0
	}
	return k + 1 - i
}
