package extract

import "strings"

// part-of, units named in lower case with their field: "the school of law
// of X University", "X University's college of marine science", "its
// institute of oceanography". The head is an academic unit's, the words
// after "of" are fields of study, and the text says whose unit it is (an
// "of" with a name, a possessive, "its"): a bare "school of thought" or
// "the college of our dreams" names no unit.

// lowerFieldUnitAt returns the length of a lower-case unit head and its
// field at toks[i:] ("school of law", "college of marine science and
// engineering"), or 0.
func exLowerFieldUnitAt(toks []exTok, i int) int {
	return exLowerUnitOfFieldAt(toks, i, false)
}

// exLooseFieldUnitAt is exLowerFieldUnitAt for a unit whose owner the text
// names ("X's school of navigation", "the school of navigation of X"):
// any lower-case noun may be its field, not only the lexicon's.
func exLooseFieldUnitAt(toks []exTok, i int) int {
	return exLowerUnitOfFieldAt(toks, i, true)
}

// exLowerUnitOfFieldAt returns the length of "head of field [and field]"
// at toks[i:]; loose lets any lower-case noun (no function word, no verb
// form) be a field.
func exLowerUnitOfFieldAt(toks []exTok, i int, loose bool) int {
	if i+2 >= len(toks) || !toks[i].word || toks[i].cap || !toks[i].in(exLowerFieldUnitHeads) || toks[i+1].low != "of" {
		return 0
	}
	end := 0
	for k := i + 2; k < len(toks) && k < i+7; k++ {
		t := &toks[k]
		if !t.word || t.cap {
			break
		}
		if t.is(xfFieldWords) || t.in(exLowerUnitFields) || t.in(exUnitModifierWords) || loose && exLooseFieldWord(t) && exPhraseEndsAfter(toks, k) {
			end = k + 1
			if t.poss {
				break
			}
			continue
		}
		if t.low != "and" || end == 0 {
			break
		}
	}
	if end == 0 {
		return 0
	}
	return end - i
}

// lowerFieldUnit reads the unit at toks[i:i+n] when the text says whose it
// is, and returns its items (the unit and, for "… of X", the parent named
// after it, parents indexed within out) and where they end; poss says the
// unit belongs to the possessor just before it, ok is false for a unit
// nobody owns. items are the sentence's items so far (the possessor).
func (p *exParser) lowerFieldUnit(toks []exTok, i, n int, items []exItem, paren int) (out []exItem, end int, poss, ok bool) {
	t := &toks[i]
	surf := p.text[t.s:toks[i+n-1].e]
	unit := exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: i + n, s: t.s, e: toks[i+n-1].e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
	start := len(items)
	if at := p.ofBodyAt(toks, i+n); at >= 0 {
		// "the school of law of X University"
		end, out = p.withParent(toks, i+n, at, []exItem{unit})
		return out, end, false, true
	}
	if e := i + n; e+2 < len(toks) && toks[e].low == "of" && !toks[e-1].poss && toks[e+1].low == "the" && toks[e+2].word && !toks[e+2].cap &&
		toks[e+2].in(exBackNouns) && (e+3 >= len(toks) || toks[e+3].low != "of") {
		// "the school of history of the university": the body of that
		// kind named before (resolveBackRefs)
		p.back = true
		home := exItem{kind: xHome, exSpan: exSpan{t0: e + 1, t1: e + 3, s: toks[e+1].s, e: toks[e+2].e, paren: paren > 0},
			exName: exName{back: true, name: toks[e+2].low}, exAttachment: exAttachment{parent: -1, inner: true}}
		unit.parent = 1
		return []exItem{unit, home}, e + 3, false, true
	}
	if i > 0 && toks[i-1].low == "its" {
		return []exItem{unit}, i + n, false, true // its parent: exPossessivePronounParents
	}
	if i > 0 && toks[i-1].poss && start > 0 && items[start-1].t1 == i && (items[start-1].kind == xOrg || items[start-1].kind == xHome && items[start-1].back) {
		// "X University's college of marine science"
		return []exItem{unit}, i + n, true, true
	}
	return nil, i, false, false
}

// exPossessivePartNounParents gives a body named after "its subsidiary",
// "its branch", "its affiliated" the body the pronoun stands for, the last
// one named before: "X Group and its subsidiary Y Co., Ltd.".
func exPossessivePartNounParents(items []exItem) {
	for k := 2; k < len(items); k++ {
		it := &items[k]
		if it.kind != xOrg || it.parent >= 0 || it.fold {
			continue
		}
		m := k - 1
		if items[m].kind != xWord || !(items[m].in(exPartNouns) || items[m].in(exAffiliationWords)) {
			continue
		}
		if m-1 >= 0 && items[m-1].kind == xWord && items[m-1].in(exPartModifiers) {
			m-- // "its wholly owned subsidiary"
		}
		if m-1 >= 0 && items[m-1].kind == xWord && items[m-1].in(exPartModifiers) {
			m--
		}
		if m-1 < 0 || items[m-1].kind != xWord || items[m-1].low != "its" {
			continue
		}
		for q := m - 2; q >= 0; q-- {
			if items[q].kind == xOrg && !items[q].inner && !items[q].fold {
				it.parent = exSubsidiaryOwner(items, q, items[k-1].low) // parts_prefix.go
				break
			}
		}
	}
}

// lowerUnitOf reads a unit named in lower case with its modifiers and
// then "of X" ("the first affiliated hospital of X", "the research
// institute of X") at toks[i:], n its length (exLowerUnitAt): it returns
// the unit and the parent's items, parents indexed within out, and where
// they end; ok is false when no body's name follows "of".
func (p *exParser) lowerUnitOf(toks []exTok, i, n int, paren int) (out []exItem, end int, ok bool) {
	e := i + n
	if i > 0 && (toks[i-1].low == "a" || toks[i-1].low == "an") {
		return nil, i, false // "X, a teaching hospital of Y": a role, exRoleAppositionParents'
	}
	at := p.ofBodyAt(toks, e)
	if n < 2 || at < 0 {
		return nil, i, false
	}
	t := &toks[i]
	surf := p.text[t.s:toks[e-1].e]
	unit := exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: e, s: t.s, e: toks[e-1].e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
	end, out = p.withParent(toks, e, at, []exItem{unit})
	return out, end, true
}

// ofBodyAt returns where the body's name begins after "of [the]" at
// toks[e] ("… of X University", "… of the X Academy of Sciences"), or -1
// when no organisation is named there (a place, a field, nothing).
func (p *exParser) ofBodyAt(toks []exTok, e int) int {
	if e <= 0 || e+1 >= len(toks) || toks[e].low != "of" || toks[e-1].poss {
		return -1
	}
	at := e + 1
	if toks[at].low == "the" {
		at++
	}
	if at >= len(toks) || !p.isNameTok(&toks[at]) {
		return -1
	}
	if _, pits := p.parseName(toks, at); len(pits) == 0 || pits[0].kind != xOrg || pits[0].fold {
		return -1
	}
	return at
}

// branchOf reads "the Beihai branch of X Bank" at the branch noun toks[i]
// after the place item last of items: the place and the noun are the
// unit's name, X its parent. It returns the items that replace the place
// (parents indexed within out) and where they end.
func (p *exParser) branchOf(toks []exTok, i int, items []exItem, paren int) (out []exItem, end int, ok bool) {
	if len(items) == 0 || i+2 >= len(toks) || !toks[i].word || toks[i].cap || !toks[i].in(exBranchNouns) || toks[i+1].low != "of" || !p.isNameTok(&toks[i+2]) {
		return nil, i, false
	}
	pl := items[len(items)-1]
	if pl.kind != xPlace || pl.fold || pl.t1 != i || pl.inner {
		return nil, i, false
	}
	if _, pits := p.parseName(toks, i+2); len(pits) == 0 || pits[0].kind != xOrg || pits[0].fold {
		return nil, i, false
	}
	surf := p.text[pl.s:toks[i].e]
	unit := exItem{kind: xOrg, exSpan: exSpan{t0: pl.t0, t1: i + 1, s: pl.s, e: toks[i].e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
	end, out = p.withParent(toks, i+1, i+2, []exItem{unit})
	return out, end, true
}

// exSharedAffiliationParents reads "A and B, both affiliated to Z,", "A,
// B and C, all subsidiaries of Z," and "A and B, the hospitals affiliated
// to Z,": every body of the list before the apposition belongs to Z,
// named only as their parent.
func exSharedAffiliationParents(items []exItem) {
	for k := 1; k+3 < len(items); k++ {
		if items[k].kind != xWord || items[k].low != "," {
			continue
		}
		q := k + 2
		minMembers := 2
		unitsOnly := false
		switch {
		case items[k+1].kind == xWord && items[k+1].in(exSharedWords):
		case items[k+1].kind == xWord && items[k+1].low == "the" && items[q].kind == xWord && exPartNouns.has(exSingular(items[q].low)) && q+1 < len(items) &&
			items[q+1].kind == xWord && items[q+1].in(exAffiliationWords):
			// "A and B, the hospitals affiliated to Z," "X, the school
			// attached to Z,": the noun phrase says what each is
			q++
			minMembers = 1
		case items[k+1].kind == xHome && items[k+1].back && exPartNouns.has(items[k+1].name) && items[q].kind == xWord && items[q].in(exAffiliationWords):
			// "X, the school attached to Z,": "the school" describes X, it
			// refers to no body named before
			items[k+1].kind, items[k+1].low = xWord, items[k+1].name
			items[k+1].lists = exListsOf(items[k+1].low)
			minMembers = 1
		default:
			continue
		}
		switch {
		case items[q].kind == xWord && (items[q].in(exAffiliationWords) || items[q].in(exBelongVerbs)) && q+1 < len(items) &&
			items[q+1].kind == xWord && (items[q+1].low == "to" || items[q+1].low == "with"):
			q += 2 // "both affiliated to Z"
		case items[q].kind == xWord && exPartNouns.has(exSingular(items[q].low)) &&
			q+1 < len(items) && items[q+1].kind == xWord && (items[q+1].low == "of" || items[q+1].low == "under"):
			q += 2 // "both subsidiaries of Z", "all units under Z"
		case items[q].kind == xWord && (items[q].low == "of" || items[q].low == "under") && items[k+1].in(exSharedWords):
			// "the School of X and the Institute of Y, both of Z,": units
			// only, so "A and B, both of Z" of two bodies of their own is not
			q++
			unitsOnly = true
		default:
			continue
		}
		if q < len(items) && items[q].kind == xWord && items[q].low == "the" {
			q++
		}
		if q >= len(items) || items[q].kind != xOrg || items[q].fold {
			continue
		}
		// the list before the comma: bodies joined by "," and "and"
		var members []int
		for m := k - 1; m >= 0; m-- {
			w := &items[m]
			if w.inner {
				continue
			}
			if w.kind == xOrg && (w.parent < 0 || w.parent == q) && !w.fold && (!unitsOnly || exIsUnitName(w.name) || exIsSubunitName(w.name)) {
				// a member another rule already gave Z (the apposition
				// rules of lists.go give it to the nearest body) is still
				// one of the list
				members = append(members, m)
				continue
			}
			if w.kind == xWord && (w.low == "," || w.low == "and" || w.low == "the") {
				continue
			}
			break
		}
		if len(members) < minMembers {
			continue
		}
		for _, m := range members {
			items[m].parent = q
		}
		items[q].inner = true
	}
}

// exSingular returns a plural noun's singular ("subsidiaries",
// "branches", "units"), or w.
func exSingular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// bareUnitOf reads "the Library of X", "the museum of X University": a
// unit named only by its head (capitalised or not) after "the", then "of"
// and a body's name. It returns the unit and the parent's items (parents
// indexed within out) and where they end.
func (p *exParser) bareUnitOf(toks []exTok, i int, paren int) (out []exItem, end int, ok bool) {
	t := &toks[i]
	if i == 0 || toks[i-1].low != "the" || !t.word || t.poss || !t.in(exBareUnitHeads) || i+2 >= len(toks) || toks[i+1].low != "of" || !p.isNameTok(&toks[i+2]) {
		return nil, i, false
	}
	if _, pits := p.parseName(toks, i+2); len(pits) == 0 || pits[0].kind != xOrg || pits[0].fold {
		return nil, i, false
	}
	surf := p.text[t.s:t.e]
	unit := exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: i + 1, s: t.s, e: t.e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
	end, out = p.withParent(toks, i+1, i+2, []exItem{unit})
	return out, end, true
}

// exAbbreviatedUnitParents reads "the School of Business Administration
// (SBA) of X University": a unit whose abbreviation stands between its
// name and "of X" is still X's.
func exAbbreviatedUnitParents(items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		u := &items[k]
		if u.kind != xOrg || u.parent >= 0 || u.inner || u.fold || len(u.aliases) == 0 || !(exIsUnitName(u.name) || exIsSubunitName(u.name)) {
			continue
		}
		if items[k+1].kind != xWord || items[k+1].low != "of" {
			continue
		}
		q := k + 2
		if items[q].kind == xWord && items[q].low == "the" && q+1 < len(items) {
			q++
		}
		if pa := &items[q]; pa.kind == xOrg && !pa.inner && !pa.fold && pa.parent < 0 && !exIsUnitName(pa.name) {
			u.parent = q
			pa.inner = true
		}
	}
}

// exUnderAppositionParents reads the appositions that put a body under
// another: "X, under the Y Bureau,", "X, a hospital directly under Y,"
// and "X, Y's teaching hospital,": X belongs to Y, and Y (and the lower-case
// role) is no party of the sentence.
func exUnderAppositionParents(items []exItem) {
	for k := 0; k+3 < len(items); k++ {
		x := &items[k]
		if x.kind != xOrg || x.inner || x.parent >= 0 || x.fold {
			continue
		}
		m := exSkipMention(items, k)
		if !exWordAt(items, m, ",") {
			continue
		}
		q := m + 1
		// "X, Y's teaching hospital,": the role unit the possessive names
		if q+1 < len(items) && items[q].kind == xOrg && !items[q].fold {
			if r := exSkipMention(items, q); r < len(items) && items[r].kind == xOrg && items[r].possOf && items[r].parent == q && exWordAt(items, exSkipMention(items, r), ",") &&
				strings.ToLower(items[r].name) == items[r].name {
				x.parent = q
				items[q].inner = true
				items[r].kind, items[r].low = xWord, strings.ToLower(items[r].name)
				items[r].lists = exListsOf(items[r].low)
				continue
			}
		}
		if exWordAt(items, q, "a", "an", "the") {
			q++
		}
		for n := 0; n < 3 && q < len(items) && items[q].kind == xWord && exIsLowerWord(items[q].low) && items[q].low != "under" && !items[q].in(exNonAgentNouns); n++ {
			q++ // "a hospital directly"
		}
		if !exWordAt(items, q, "under") {
			continue
		}
		q++
		if exWordAt(items, q, "the") {
			q++
		}
		if q >= len(items) || items[q].kind != xOrg || items[q].fold || items[q].inner {
			continue
		}
		if e := exSkipMention(items, q); e < len(items) && !exWordAt(items, e, ",", ")") {
			continue // the apposition must close
		}
		x.parent = q
		items[q].inner = true
	}
}

// unitItemsAt reads a unit named in lower case or by a bare head at
// toks[i] (lowerFieldUnit, lowerUnitOf, bareUnitOf, branchOf) and returns
// the sentence's items with it (and the parent named after it) appended,
// parents indexed within the sentence, and where the unit's tokens end;
// ok is false when none is named there. items are the sentence's items so
// far, paren the bracket depth.
func (p *exParser) unitItemsAt(toks []exTok, i int, items []exItem, paren int) ([]exItem, int, bool) {
	add := func(items, its []exItem) []exItem { return appendUnitItems(items, its, paren) }
	// (every way lowerFieldUnit accepts names the owner, so any field will do)
	if n := exLooseFieldUnitAt(toks, i); n > 0 {
		if its, end, poss, ok := p.lowerFieldUnit(toks, i, n, items, paren); ok {
			start := len(items)
			items = add(items, its)
			if poss {
				items[start].parent, items[start].possOf = start-1, true
			}
			return items, end, true
		}
	}
	if n := exLowerFieldUnitAt(toks, i); n > 0 && i > 0 && toks[i-1].low == "the" {
		// "dean of the school of navigation": a unit of a field named
		// alone, given the article's one school (adoptAcademicUnits)
		t := &toks[i]
		surf := p.text[t.s:toks[i+n-1].e]
		unit := exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: i + n, s: t.s, e: toks[i+n-1].e}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
		return add(items, []exItem{unit}), i + n, true
	}
	if n := exLowerUnitAt(toks, i); n > 0 {
		if its, end, ok := p.lowerUnitOf(toks, i, n, paren); ok {
			return add(items, its), end, true
		}
	}
	if its, end, ok := p.bareUnitOf(toks, i, paren); ok {
		return add(items, its), end, true
	}
	if its, end, ok := p.branchOf(toks, i, items, paren); ok {
		return add(items[:len(items)-1], its), end, true // the place is the branch's name
	}
	if n := p.lowerGovUnitAt(toks, i, items); n > 0 {
		// "the municipal education bureau" (parts_gov.go)
		t := &toks[i]
		e := exCoreEnd(p.text, &toks[i+n-1])
		if toks[i].in(exGovLevelWords) && exPlaceEndsAt(items, i) {
			// "the Jiading district education bureau": the place is the
			// first word of the department's name
			place := items[len(items)-1]
			surf := p.text[place.s:e]
			unit := exItem{kind: xOrg, exSpan: exSpan{t0: place.t0, t1: i + n, s: place.s, e: e, paren: place.paren}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
			return add(items[:len(items)-1], []exItem{unit}), i + n, true
		}
		surf := p.text[t.s:e]
		unit := exItem{kind: xOrg, exSpan: exSpan{t0: i, t1: i + n, s: t.s, e: e}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
		p.noteLowerUnit(surf) // "the education bureau" again (lowerunits.go)
		return add(items, []exItem{unit}), i + n, true
	}
	return items, i, false
}

// exLooseFieldWord: a lower-case word that can name a unit's field when
// its owner is named: no function word, no verb form, no number.
func exLooseFieldWord(t *exTok) bool {
	w := t.low
	if !t.word || t.cap || exFunctionWords.has(w) || exNonAgentPreps.has(w) || w == "of" || w == "and" || exIsNumber(w) {
		return false
	}
	n := len(w)
	return n > 2 && !(n > 4 && w[n-2:] == "ed") && !(n > 5 && w[n-3:] == "ing")
}

// exPhraseEndsAfter: the noun phrase ends at toks[k] — punctuation, a
// preposition or "and" follows ("the school of navigation, …"), not a
// verb ("the school of materials will train …").
func exPhraseEndsAfter(toks []exTok, k int) bool {
	if k+1 >= len(toks) || !toks[k+1].word {
		return true
	}
	w := toks[k+1].low
	return w == "of" || w == "and" || exNonAgentPreps.has(w)
}

// appendUnitItems appends a unit reader's items, whose parents are indexed
// among themselves, to the sentence's items, reindexing the parents and
// marking each as in brackets when paren (the bracket depth) is.
func appendUnitItems(items, its []exItem, paren int) []exItem {
	base := len(items)
	for _, it := range its {
		if it.parent >= 0 {
			it.parent += base
		}
		it.paren = paren > 0
		items = append(items, it)
	}
	return items
}
