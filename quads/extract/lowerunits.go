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
	p.lowerUnits[strings.ToLower(surf)] = true
}

// lowerUnitAgain returns the length of a lower-case unit at j after "the"
// and whether "of" and a name follow it: one the article named before
// after a possessive ("the school of marine engineering"), or one whose
// parent follows ("the basic education group of Nanhu University"). 0
// when there is none: a "training centre" never named as a unit is too
// vague to be a body.
func (p *exParser) lowerUnitAgain(toks []exTok, j int) (int, bool) {
	n := exLowerUnitAt(toks, j)
	if n == 0 {
		return 0, false
	}
	e := j + n
	ofParent := e+1 < len(toks) && toks[e].low == "of" && p.isNameTok(&toks[e+1]) && !toks[e+1].is(xfFunctionWords)
	if !ofParent && !p.lowerUnits[strings.ToLower(p.text[toks[j].s:exCoreEnd(p.text, &toks[e-1])])] {
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
		ws := strings.Fields(strings.ToLower(n))
		for _, w := range ws {
			if w == "of" || w == "," {
				break
			}
			if exPresidedUnitHeads[strings.Trim(w, ",")] {
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
		for n := m; m < len(items) && m < n+3 && word(m) && !exPluralUnitNouns[items[m].low] && (exIsLowerWord(items[m].low) || exIsNumber(items[m].low)); m++ {
		}
		if !word(m) || !exPluralUnitNouns[items[m].low] {
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
