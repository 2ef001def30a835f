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
	if !ofParent && !p.lowerUnits[strings.ToLower(p.text[toks[j].s:toks[e-1].e])] {
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
