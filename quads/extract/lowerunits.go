package extract

import "strings"

// Sub-units named in lower case (issue 12, class 7) when named again: the
// mention stage (mention.go) reads "its second affiliated hospital" and
// "the university's school of law" by their possessor; this file reads the
// same unit named with "the" later in the article, and a lower-case unit
// named with "of" and its parent ("the basic education group of X").

// noteLowerUnit records a unit the article names in lower case after a
// possessive, so that "the" and the same words name it again.
func (p *exParser) noteLowerUnit(surf string) {
	if p.lowerUnits == nil {
		p.lowerUnits = map[string]bool{}
	}
	p.lowerUnits[exLowerUnitKey(surf)] = true
}

// exLowerUnitKey is the key a lower-case unit is noted under: its words
// in lower case, one space apart, as pages double a space ("its second
// affiliated hospital").
func exLowerUnitKey(surf string) string {
	return strings.Join(strings.Fields(strings.ToLower(surf)), " ")
}

// lowerUnitAgain returns the length of a lower-case unit at j after "the"
// and whether "of" and a name follow it: one the article named before
// after a possessive ("the school of marine engineering"), or one whose
// parent follows ("the basic education group of Nanhu University"). 0
// when there is none: a "training centre" never named as a unit is too
// vague to be a body.
func (p *exParser) lowerUnitAgain(toks []exTok, j int) (int, bool) {
	noted := func(n int) bool {
		return p.lowerUnits[exLowerUnitKey(p.text[toks[j].s:exCoreEnd(p.text, &toks[j+n-1])])]
	}
	n := exLowerUnitAt(toks, j)
	if n == 0 {
		// "its exhibition department … the exhibition department": a
		// loose name only when the article named that unit before
		if n = exPossessedUnitAt(toks, j); n > 0 && noted(n) {
			return n, false
		}
		return 0, false
	}
	e := j + n
	ofParent := e+1 < len(toks) && toks[e].low == "of" && p.isNameTok(&toks[e+1]) && !toks[e+1].is(xfFunctionWords)
	if !ofParent && !noted(n) {
		return 0, false
	}
	return n, ofParent
}

// exLowerUnitParents gives each lower-case unit at units the body named
// right after its "of" as parent.
func exLowerUnitParents(items []exItem, units []int) {
	for _, k := range units {
		if k+2 < len(items) && items[k+1].kind == xWord && items[k+1].low == "of" &&
			(items[k+2].kind == xOrg && !items[k+2].fold || items[k+2].kind == xHome && items[k+2].back) {
			items[k].parent = k + 2
		}
	}
}

// presidedUnit reports whether the organisation org is a unit with a
// president of its own (exPresidedUnitHeads: "the Affiliated Hospital of
// X"), so a president's post carried to it stays with it.
func (art *exArticle) presidedUnit(org int) bool {
	if org < 0 {
		return false
	}
	for n := range art.r.ents[art.r.find(org)].names {
		if strings.ToLower(n) == n {
			// "the hospital labour union": a lower-case unit is of its
			// head's kind, whatever body its first word names
			if exPresidedUnitHeads.has(exUnitHeadWord(n)) {
				return true
			}
			continue
		}
		ws := strings.Fields(strings.ToLower(n))
		for _, w := range ws {
			if w == "of" || w == "," {
				break
			}
			if exPresidedUnitHeads.has(strings.Trim(w, ",")) {
				return true
			}
		}
	}
	return false
}

// alsoClauseAfterPost reports whether the person at k holds a post named
// right before the name and another in a relative clause after it ("Vice
// president P, who is also director of O"): both posts are the person's,
// so the post before the name is read as well.
func (art *exArticle) alsoClauseAfterPost(items []exResolved, k int) bool {
	return k >= 1 && items[k-1].kind == xTitle && art.isWord(items, k+1, ",") && art.isWord(items, k+2, "who")
}

// exUnitAbbreviation moves to the unit an abbreviation defined after "Unit
// of Parent (ABBR)" that abbreviates the whole name and not the parent's
// alone ("the Affiliated Hospital of Qiantang Medical University (AHQMU)"
// is AHQMU, the university is not): an abbreviation binds to the body it
// is defined for (issue 12, class 8).
func exUnitAbbreviation(unit, parent *exItem) {
	var keep []string
	for _, a := range parent.aliases {
		if exInitialsMatch(a, unit.name+" "+parent.name) && !exInitialsMatch(a, parent.name) {
			unit.aliases = append(unit.aliases, a)
			continue
		}
		keep = append(keep, a)
	}
	parent.aliases = keep
}

// exInitialsMatch reports whether abbr is the initials of name's words,
// with or without the function words ("of", "and", "the", "for").
func exInitialsMatch(abbr, name string) bool {
	var all, content []byte
	for _, w := range strings.Fields(name) {
		w = strings.Trim(w, ",.()'’")
		if w == "" {
			continue
		}
		c := w[0]
		if c >= 'a' && c <= 'z' {
			c -= 'a' - 'A'
		}
		all = append(all, c)
		switch strings.ToLower(w) {
		case "of", "and", "the", "for", "&":
			continue
		}
		content = append(content, c)
	}
	a := strings.ToUpper(abbr)
	return a == string(all) || a == string(content)
}

// exPossessedUnitList reads "Y's [two] subsidiaries, A and B" and "the
// group's affiliated hospitals, A, B and C": the bodies listed after a
// possessor's plural unit noun are its units.
func exPossessedUnitList(toks []exTok, items []exItem) {
	word := func(k int) bool { return k >= 0 && k < len(items) && items[k].kind == xWord }
	for k := 0; k+3 < len(items); k++ {
		y := &items[k]
		if !(y.kind == xOrg && !y.fold || y.kind == xHome && y.back) || y.t1 < 1 || !toks[y.t1-1].poss {
			continue
		}
		m := k + 1
		for n := m; m < len(items) && m < n+3 && word(m) && !items[m].in(exPluralUnitNouns) && (exIsLowerWord(items[m].low) || exIsNumber(items[m].low)); m++ {
		}
		if !word(m) || !items[m].in(exPluralUnitNouns) {
			continue
		}
		m++
		if !word(m) || items[m].low != "," && items[m].low != ":" {
			continue
		}
		m++
		listed, _ := exFreeUnitsListed(items, m)
		for _, u := range listed {
			items[u].parent = k
		}
	}
}

// exPossessedUnitAt returns the length of a unit named in lower case at
// toks[i:] right after an explicit possessor ("its", "X's"): the one
// exLowerUnitAt reads, or a looser one. The possessor already says the
// words name a unit of its, so any noun may modify the head ("its
// exhibition department", "Y's Asia-Pacific branch") and any field may
// follow "of", or "for" after a centre's head ("the university's institute
// of advanced manufacturing", "the college's training center for
// intelligent manufacturing"). A bare head ("its library") or a head
// picked out by an adjective ("its own hospital", "the city's largest
// hospital") still names none.
func exPossessedUnitAt(toks []exTok, i int) int {
	n := exLowerUnitAt(toks, i)
	k := i
	head := func(t *exTok) bool { return t.in(exLowerUnitHeads) || t.in(exPossessedUnitHeadsMore) }
	for k < len(toks) && k < i+4 && !head(&toks[k]) && exPossessedUnitModifier(&toks[k]) {
		k++
		if k+1 < len(toks) && toks[k].low == "and" && exPossessedUnitModifier(&toks[k+1]) && !head(&toks[k+1]) {
			k++ // "its research and development center"
		}
	}
	if k >= len(toks) || !toks[k].word || toks[k].cap || toks[k].poss || !head(&toks[k]) || exPeopleGroupAt(toks, i, k) {
		return n
	}
	end := k + 1
	if t := exLooseFieldTail(toks, k); t > 0 {
		end += t
	} else if k == i {
		return n
	}
	return max(n, end-i)
}

// exPossessedUnitModifier: a word that may modify a possessed unit's head:
// a noun or a name, no function word, number, adverb, participle or
// adjective that only picks one out (exNotUnitModifiers).
func exPossessedUnitModifier(t *exTok) bool {
	if exLowerUnitModifier(t) {
		return true
	}
	w := t.low
	if !t.word || t.poss || t.acr || t.in(exFunctionWords) || t.in(exNotUnitModifiers) || t.in(exPartModifiers) || t.in(exNonAgentPreps) || t.in(exAuxiliaryVerbs) || w == "and" || w == "or" || exIsNumber(w) || len(w) < 3 {
		return false
	}
	return !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ly")
}

// exLooseFieldTail returns the length of the field after a possessed
// unit's head at toks[h] ("of advanced manufacturing", "for intelligent
// manufacturing"), or 0: lower-case words that end where the noun phrase
// does (a comma, a preposition, "and", an auxiliary).
func exLooseFieldTail(toks []exTok, h int) int {
	j := h + 1
	if j+1 >= len(toks) || toks[j].low != "of" && !(toks[j].low == "for" && toks[h].in(exForFieldHeads)) {
		return 0
	}
	end := 0
	for k := j + 1; k < len(toks) && k < j+6; k++ {
		t := &toks[k]
		if !t.word || t.cap || t.in(exFunctionWords) && t.low != "and" || t.in(exNonAgentPreps) || t.in(exAuxiliaryVerbs) || exIsNumber(t.low) {
			break
		}
		if t.low == "and" {
			continue
		}
		if exUnitPhraseEndsAfter(toks, k) && !strings.HasSuffix(t.low, "ed") {
			// a participle only modifies the field ("advanced
			// manufacturing"); last, it is a verb ("… of X attended")
			end = k + 1
		}
		if t.poss {
			break
		}
	}
	if end == 0 {
		return 0
	}
	return end - j
}

// exUnitPhraseEndsAfter: the noun phrase ends at toks[k] — exPhraseEndsAfter,
// or an auxiliary verb follows ("its institute of X will move …").
func exUnitPhraseEndsAfter(toks []exTok, k int) bool {
	return exPhraseEndsAfter(toks, k) || toks[k+1].in(exAuxiliaryVerbs)
}

// exUnitMayBelongTo reports whether the unit named unit may be a unit of
// the body named body as far as their heads tell: a school, a college or a
// hospital is no office's or department's ("the Office of Local
// Cooperation, and … its College of X" is the university's college).
func exUnitMayBelongTo(unit, body string) bool {
	return !(exSubUnitRankHeads.has(exUnitHeadWord(unit)) && exOfficeRankHeads.has(exUnitHeadWord(body)))
}

// exUnitHeadWord returns the head noun of a body's name: the word before
// its first "of" ("Office of Local Cooperation"), else its last word
// ("exhibition department").
func exUnitHeadWord(name string) string {
	if c := strings.IndexByte(name, ','); c >= 0 {
		name = name[:c]
	}
	ws := strings.Fields(strings.ToLower(name))
	for k, w := range ws {
		if w == "of" && k > 0 {
			return ws[k-1]
		}
	}
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// exNamesGoverningBody reports whether a place's name, as the text gives
// it, names its party committee or government ("the X Municipal Party
// Committee", "X County People's Government"), not the place alone.
func exNamesGoverningBody(surf string) bool {
	ws := strings.Fields(strings.ToLower(surf))
	return len(ws) > 1 && (ws[len(ws)-1] == "committee" || ws[len(ws)-1] == "government")
}

// postUnitAt returns where a unit named in lower case right after a post
// and its "of" begins and ends ("P, deputy director of the vocational
// education department", "director of radiation oncology center", "head of
// department of education of X Region"): the post says a body is named
// there, so lower-case words may name it, as a possessive does
// (exPossessedUnitAt). i is the token after "of" (or "of the"); start is
// the first of the unit's tokens, end the token after its last, 0, 0 when
// none: the words must end on a unit's head (exPostUnitHeads), a bare head
// needs a field after "of" ("department of education") or a word before
// it ("the hospital" is the one named before), and a word that only picks
// units out ("relevant departments") names none.
func (p *exParser) postUnitAt(toks []exTok, i int, items []exItem) (start, end int) {
	start = i
	if start < len(toks) && toks[start].low == "the" {
		start++
	}
	of := i - 1
	if of < 1 || toks[of].low != "of" || !exPostBefore(items, of) {
		return 0, 0
	}
	words := start
	if words+1 < len(toks) && toks[words].cap && !toks[words].poss && !toks[words].acr && (p.isPlace(toks[words].low) || exLex[toks[words].low] == 0 && exIsPinyin(toks[words].low)) {
		words++ // "director of Dalian stomatological hospital": the city's
	}
	head := -1
	for k := words; k < len(toks) && k < words+6; k++ {
		t := &toks[k]
		if t.low == "and" && head < 0 && k > words && k+1 < len(toks) && exLooseFieldWord(&toks[k+1]) {
			continue // "maternal and child care service centre"
		}
		if !t.word || t.cap || t.in(exNotPostUnitModifiers) || !exLooseFieldWord(t) && !t.in(exUnitModifierWords) {
			break // "the second affiliated hospital" passes "affiliated"
		}
		if t.in(exPostUnitHeads) {
			head = k
		}
		if t.poss && t.in(exPossessivePostUnitModifiers) && words > start {
			continue // "Dalian children's hospital"
		}
		if t.poss || t.in(exGovLevelWords) {
			// "the hospital's …": a possessor's unit (exPossessedUnitAt);
			// "the municipal bureau": a government's (parts_gov.go)
			return 0, 0
		}
	}
	if head < 0 || head == words && words > start || toks[head].in(exOwnedPostUnitHeads) && !(head > start && toks[start].in(exBackNouns)) {
		return 0, 0 // "chairman of labor union": whose, the text does not say
	}
	end = head + 1
	if n := exLooseFieldTail(toks, head); n > 0 {
		end += n // "department of education"
	} else if head == start {
		return 0, 0
	}
	if !exPhraseEndsAfter(toks, end-1) {
		return 0, 0 // "the research center building project": no unit's name
	}
	return start, end
}

// exPostBefore reports whether the items end with a post whose last
// token is just before toks[of] ("deputy director" before "of").
func exPostBefore(items []exItem, of int) bool {
	for k := len(items) - 1; k >= 0; k-- {
		if items[k].t1 <= of {
			return items[k].kind == xTitle && items[k].t1 == of
		}
	}
	return false
}

// postUnitItems reads the unit postUnitAt finds at toks[i:] and the body
// or place named after its "of": a body is its parent ("director of
// neurosurgery department of X Hospital"), a place stays in its name
// ("the education department of Jiangsu province"). It returns the
// sentence's items with the unit (and the parent) appended and where
// they end; ok is false when no unit is named there.
func (p *exParser) postUnitItems(toks []exTok, i int, items []exItem, paren int) ([]exItem, int, bool) {
	start, end := p.postUnitAt(toks, i, items)
	if end == 0 {
		return items, i, false
	}
	nameEnd := end
	at := p.ofBodyAt(toks, end)
	if at < 0 && end+1 < len(toks) && toks[end].low == "of" {
		if nameEnd = p.ofPlaceEnd(toks, end); nameEnd == 0 {
			// "the business department of the head office of X": the
			// name runs on past what this reads
			return items, i, false
		}
	}
	if start > i {
		items = append(items, exItem{kind: xWord, low: toks[i].low, lists: toks[i].lists, exSpan: exSpan{t0: i, t1: i + 1, s: toks[i].s, e: toks[i].e}, exAttachment: exAttachment{parent: -1}})
	}
	s, e := toks[start].s, exCoreEnd(p.text, &toks[nameEnd-1])
	surf := p.text[s:e]
	unit := exItem{kind: xOrg, exSpan: exSpan{t0: start, t1: nameEnd, s: s, e: e, paren: paren > 0}, exName: exName{name: surf, surf: surf}, exAttachment: exAttachment{parent: -1}}
	p.noteLowerUnit(surf) // "the vocational education department" again
	out := []exItem{unit}
	if nameEnd == end && at >= 0 {
		nameEnd, out = p.withParent(toks, end, at, out)
	} else if o := &toks[start]; o.in(exBackNouns) && start+1 < end {
		// "the hospital labour union": the unit of the body of that kind
		// named before
		p.back = true
		out[0].parent = 1
		out = append(out, exItem{kind: xHome, exSpan: exSpan{t0: start, t1: start + 1, s: o.s, e: o.e}, exName: exName{back: true, name: o.low}, exAttachment: exAttachment{parent: -1, inner: true}})
	}
	return appendUnitItems(items, out, paren), nameEnd, true
}

// ofPlaceEnd returns where "of" and a place's name at toks[of:] end ("…
// of Jiangsu province", "… of X Autonomous Region"), which stay in the
// name of the unit before them: a province's education department is
// named by its province. 0 when no place alone follows.
func (p *exParser) ofPlaceEnd(toks []exTok, of int) int {
	if of+1 >= len(toks) || toks[of].low != "of" || !p.isNameTok(&toks[of+1]) {
		return 0
	}
	end, pits := p.parseName(toks, of+1)
	if len(pits) != 1 || pits[0].kind != xPlace {
		return 0
	}
	if end < len(toks) && toks[end].is(xfPlaceSuffix) && !toks[end].cap {
		end++ // "of Jiangsu province"
	}
	return end
}
