package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// part-of: units whose name begins with their parent's name.

// exIsPrefixedUnitRest: what follows a university's name in a unit's name
// makes the whole a unit of it even when the text names the university
// nowhere else: a library, press, museum, archives, gallery or hospital
// named by capitalised words ("Library", "History Museum").
func exIsPrefixedUnitRest(rest string) bool {
	ws := strings.Fields(strings.ToLower(rest))
	return len(ws) > 0 && len(ws) <= 3 && exPrefixedUnitHeads.has(ws[len(ws)-1]) && exCapitalisedWords(rest)
}

// exCapitalisedWords: every word of name but "of", "and" and "for" begins
// with a capital.
func exCapitalisedWords(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "of", "and", "for", "&":
			continue
		}
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
	}
	return true
}

// exIsGroupUnitRest: what follows an enterprise's name in a unit's name
// makes the whole its unit ("Technology Center", "Research Institute"),
// unless the unit is a joint one (exJointBodyWords).
func exIsGroupUnitRest(rest string) bool {
	if !exIsUnitName(rest) || !exCapitalisedWords(rest) {
		return false
	}
	return !exHasWordIn(exJointBodyWords.words, rest)
}

// exAffiliationSuffix: the text after a hyphen is an affiliation word that
// ends there ("-affiliated Y"): the word before the hyphen ends a parent's
// name, so the tokenizer cuts the two.
func exAffiliationSuffix(rest string) bool {
	for w := range exAffiliationWords.words {
		if len(rest) > len(w) && strings.EqualFold(rest[:len(w)], w) && !exIsLetterByte(rest[len(w)]) {
			return true
		}
	}
	return false
}

func exIsLetterByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// exParentBeforeUnit returns the index of the parent the words before the
// body at items[start] name, or -1: "P's affiliated X", "the
// P-affiliated X", "P's (wholly owned) subsidiary X", "P subsidiary X".
func exParentBeforeUnit(toks []exTok, items []exItem, start int) int {
	if start < 2 || start >= len(items) || items[start].kind != xOrg || items[start].parent >= 0 {
		return -1
	}
	m := start - 1
	if items[m].kind != xWord || !items[m].in(exAffiliationWords) && !items[m].in(exSubsidiaryNouns) {
		return -1
	}
	subsidiary := items[m].in(exSubsidiaryNouns)
	m--
	for n := 0; n < 2 && m >= 1 && subsidiary && items[m].kind == xWord && items[m].in(exPartModifiers); n++ {
		m-- // "P's wholly owned subsidiary X"
	}
	hyphen := !subsidiary && m >= 1 && items[m].kind == xWord && items[m].low == "-" && !toks[items[m].t0].sp
	if hyphen {
		m--
	}
	pr := &items[m]
	if !(pr.kind == xOrg && !pr.inner || pr.kind == xHome && pr.back) || pr.t1 < 1 {
		return -1
	}
	if toks[pr.t1-1].poss || hyphen || subsidiary && pr.kind == xOrg {
		return m
	}
	return -1
}

// exParentUnitLinkWord: a word that may stand between a parent and the
// unit it names (exParentBeforeUnit).
func exParentUnitLinkWord(w string) bool {
	return w == "-" || exAffiliationWords.has(w) || exSubsidiaryNouns.has(w) || exPartModifiers.has(w)
}

// exPluralPossessiveEnd returns where a capitalised word ending in "s" and
// its possessive apostrophe end ("Sciences'" in "the Hongling Academy of
// Sciences' Institute of Botany"), or j: the apostrophe must be followed
// by a space and a capitalised word, so a closing quote after a quoted
// phrase in lower case is not read as one.
func exPluralPossessiveEnd(text string, i, j, e int) int {
	if j-i < 3 || j >= e || text[j-1] != 's' || text[i] < 'A' || text[i] > 'Z' {
		return j
	}
	n := j
	switch {
	case text[j] == '\'':
		n++
	case strings.HasPrefix(text[j:e], "’"):
		n += len("’")
	default:
		return j
	}
	if n+1 >= e || text[n] != ' ' || text[n+1] < 'A' || text[n+1] > 'Z' {
		return j
	}
	// the closing quote of a quoted name ("the ‘Blue Skies’ Project"):
	// an opening quote before the word, none closed since
	from := max(i-80, 0)
	back := text[from:i]
	if o := max(strings.LastIndex(back, "‘"), strings.LastIndex(back, " '")); o >= 0 && !strings.Contains(back[o+1:], "’") && !strings.Contains(back[o+2:], "'") {
		return j
	}
	return n
}

// exLetterAmpersandLetter: the "&" at text[j] joins two single capitals
// into one word ("R&D Center", "S&T Department"), so a unit's name is not
// cut inside it.
func exLetterAmpersandLetter(text string, i, j, e int) bool {
	if j-i != 1 || j+2 > e || text[i] < 'A' || text[i] > 'Z' || text[j+1] < 'A' || text[j+1] > 'Z' {
		return false
	}
	return j+2 == e || !exIsLetterByte(text[j+2])
}

// exListAfterParent: at q, "[the] X" is followed by a colon or by ",
// including", so the plural before "of X" introduces a list of X's units
// ("three institutes of the X Academy: A, B and C"), not X itself.
func exListAfterParent(items []exItem, q int) bool {
	if q < len(items) && items[q].kind == xWord && items[q].low == "the" {
		q++
	}
	if q >= len(items) || items[q].kind != xOrg {
		return false
	}
	m := exSkipMention(items, q)
	if m >= len(items) || items[m].kind != xWord {
		return false
	}
	if items[m].low == ":" {
		return true
	}
	return items[m].low == "," && m+1 < len(items) && items[m+1].kind == xWord && (items[m+1].in(exListOpeners) || items[m+1].low == "namely")
}

// exBranchPrefix: ws[:j+1] is an enterprise's name ("Jinshui Bank", "…
// Port Group") and the rest of ws a branch of it named by a place or
// ordinal ("Beihai Branch"): the enterprise is its parent.
func exBranchPrefix(ws []string, j int) bool {
	if j < 1 || !exBranchParentHeads.has(strings.ToLower(ws[j])) {
		return false
	}
	rest := ws[j+1:]
	if len(rest) < 2 || len(rest) > 3 || !exBranchNouns.has(strings.ToLower(rest[len(rest)-1])) {
		return false
	}
	return exCapitalisedWords(strings.Join(rest, " "))
}

// exSubsidiaryOwner returns whose "its subsidiary" is when "its" stands
// for the body at q: a subsidiary is an enterprise's, so after one of its
// units ("the group's Technology Center and its subsidiary Y") it is the
// unit's parent's.
func exSubsidiaryOwner(items []exItem, q int, noun string) int {
	if !exSubsidiaryNouns.has(noun) {
		return q
	}
	p := items[q].parent
	if p >= 0 && p < q && (items[p].kind == xOrg || items[p].kind == xHome && items[p].back) && exIsUnitName(items[q].name) {
		return p
	}
	return q
}

// exUniversityAcronyms: every name of a body the text knows only by an
// abbreviation is one of three to five capitals with a "U" after the first
// (SHNU, HNU, DUT, HUST, SJTU), the form a university's takes, so a name
// that begins with it and goes on as a unit's ("SHNU History Museum", "DUT
// School of Law") names a unit of that university even though the text
// never spells it out; a region's, party's or agency's abbreviation (IMAR,
// CPC, UNESCO) stays no parent.
func exUniversityAcronyms(names map[string]int) bool {
	for n := range names {
		if len(n) < 3 || len(n) > 5 || strings.ToUpper(n) != n || strings.ContainsAny(n, " .&-") || !strings.Contains(n[1:], "U") {
			return false
		}
	}
	return len(names) > 0
}

// spelledAcronymParent reads a unit's name that begins with the
// abbreviation of an educational body the text names in full elsewhere but
// never by the abbreviation alone ("AHU Department of International
// Cooperation" where it speaks of Anhui University): the one such body the
// abbreviation fits is the parent. It returns the body's entity and the
// abbreviation, or -1 when the name has no such prefix or it fits two.
func (art *exArticle) spelledAcronymParent(name string) (int, string) {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws[0]) < 2 || len(ws[0]) > 6 || !exHasAcronym(ws[0]) {
		return -1, ""
	}
	rest := strings.Join(ws[1:], " ")
	if !exCapitalisedWords(rest) || !exIsUnitName(rest) && !exIsPrefixedUnitRest(rest) {
		return -1, ""
	}
	r := art.r
	parent, score := -1, 1<<30
	for j, f := range r.ents {
		if r.find(j) != j || f.typ != quads.Organization || f.acr || f.parent >= 0 {
			continue
		}
		for n := range f.names {
			fw := strings.Fields(n)
			if len(fw) < 2 || !exEduHeads.has(strings.ToLower(fw[len(fw)-1])) {
				continue
			}
			s := exAcronymScore(ws[0], n)
			switch {
			case s < 0 || s > score || s == score && parent == j:
			case s == score:
				parent = -2 // two bodies fit it equally
			default:
				parent, score = j, s
			}
		}
	}
	if parent < 0 {
		return -1, ""
	}
	return parent, ws[0]
}
