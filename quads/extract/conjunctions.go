package extract

import "strings"

// Where "and" joins two words of one name and where it separates two names
// (issue 12, class 1). The parser (mention.go, parseName) asks these when a
// run of name words without a head noun meets "and".

// commonNameWord: the token is an ordinary word of a name (a field, an
// activity, a trade: "Water", "Jewelry", "Children's"), not a word of the
// name's own (a place, a romanised Chinese name, an acronym) that opens a
// name of its own.
func (p *exParser) commonNameWord(t *exTok) bool {
	if !t.word || !t.cap || t.acr || p.isPlace(t.low) {
		return false
	}
	return t.f != 0 || !exIsPinyin(t.low)
}

// exFieldsMeet: the words at a and b, either side of "and", are two fields
// of one body's name ("Culture and Tourism Bureau", "Economy and
// Informatization Commission") or the two words of one field ("Belt and
// Road Research Institute").
func exFieldsMeet(toks []exTok, a, b int) bool {
	return toks[a].is(xfFieldWords) && toks[b].is(xfFieldWords) || exAndFieldPairs.has(toks[a].low+"+"+toks[b].low)
}

// fieldsJoinEnd returns the end of the name when "and" at toks[end] joins
// the head-less run toks[i:end] and the headed run after it into one name,
// or -1: "Luoxi Water Conservancy and Hydropower Bureau", "Tanhai Gold and
// Jewelry Co., Ltd.", "Luoxi Women and Children's Hospital". The name opens
// with a word of its own and its fields are ordinary words on both sides of
// "and". A run that is only a name of its own ("Qiantang and Beihai
// University") or a right run opening with one ("Weichai Power and Beihai
// University") makes two names.
func (p *exParser) fieldsJoinEnd(toks []exTok, i, end int) int {
	k := end + 1
	if end-i < 2 || k >= len(toks) || p.commonNameWord(&toks[i]) || !p.commonNameWord(&toks[end-1]) || !p.commonNameWord(&toks[k]) {
		return -1
	}
	r := p.runEnd(toks, k)
	if r > k && toks[r-1].poss {
		// "Women and Children's Hospital": a possessive field word
		r = p.runEnd(toks, r)
	}
	if r <= k {
		return -1
	}
	if rr := p.runInfo(toks, k, r); !rr.head || rr.place {
		return -1
	}
	for m := k; m < r; m++ {
		if toks[m].word && toks[m].cap && !toks[m].acr && !p.commonNameWord(&toks[m]) {
			return -1 // "… and Students Join Tanhai Museum": a name of its own inside
		}
	}
	return r
}

// sharedPluralHead reads names that share one head noun in the plural
// after them: "Tanhai and Luoxi universities" are Tanhai University and
// Luoxi University, "the Anji, Deqing and Changxing counties" three
// counties. Each name is a run of words of its own (a place, a romanised
// name) with no head noun. It returns the items and the end, or nil.
func (p *exParser) sharedPluralHead(toks []exTok, i int) ([]exItem, int) {
	var runs [][2]int
	k := i
	for k < len(toks) && len(runs) < 8 {
		if !p.isNameTok(&toks[k]) || toks[k].f != 0 && !p.isPlace(toks[k].low) {
			return nil, i
		}
		r := p.runEnd(toks, k)
		if r <= k || r-k > 3 || p.runInfo(toks, k, r).head || p.personAt(toks, k) > 0 || toks[r-1].poss {
			return nil, i
		}
		runs = append(runs, [2]int{k, r})
		if r >= len(toks) {
			return nil, i
		}
		switch toks[r].low {
		case ",":
			k = r + 1
			if k < len(toks) && toks[k].low == "and" {
				k++
			}
			continue
		case "and", "&":
			k = r + 1
			continue
		}
		if len(runs) < 2 || toks[r].cap || !toks[r].word {
			return nil, i
		}
		head, ok := exSharedPluralHeads[toks[r].low]
		place := ok && exPlaceSuffix.has(strings.ToLower(head))
		if lv, isLv := exGovPluralLevels[toks[r].low]; isLv && r+1 < len(toks) && toks[r+1].in(exGovPluralHeads) {
			// "the Tanhai and Luoxi county governments": the counties
			head, ok, place = lv, true, true
			r++
		} else if toks[r].in(exGovPluralHeads) {
			head, ok, place = "", true, true
		}
		if !ok || toks[r-1].low == "and" {
			return nil, i
		}
		for _, rn := range runs {
			if rn[1]-rn[0] == 1 && toks[rn[0]].in(exNationalityAdjectives) {
				return nil, i // "Chinese, Russian museums": museums of two countries, no names
			}
		}
		if !place {
			for _, rn := range runs {
				if rn[1]-rn[0] == 1 && p.isPlace(toks[rn[0]].low) {
					return nil, i // "Beijing and Shanghai universities": universities in those places
				}
			}
		}
		out := make([]exItem, 0, len(runs))
		for n, rn := range runs {
			own := p.text[toks[rn[0]].s:toks[rn[1]-1].e]
			e := toks[rn[1]-1].e
			t1 := rn[1]
			if n == len(runs)-1 {
				e, t1 = toks[r].e, r+1 // the last name carries the head
			}
			full := own
			if head != "" {
				full += " " + head
			}
			it := exItem{kind: xOrg, exSpan: exSpan{t0: rn[0], t1: t1, s: toks[rn[0]].s, e: e},
				exName: exName{name: full, surf: full}, exAttachment: exAttachment{parent: -1}}
			if place {
				it.kind = xPlace
				if exPlaceSuffixDropped.has(strings.ToLower(head)) {
					it.name = own
				}
			}
			out = append(out, it)
		}
		return out, r + 1
	}
	return nil, i
}

// unitFieldsJoin: the one word at toks[i] and the headed run toks[k:r]
// after "and" are one unit's name ("Power and Heating Division", "Analysis
// and Test Center"): both sides are ordinary words of a name (no place,
// person or word of its own) and the run ends in a unit's head noun. A run
// ending in a body's head ("Apple and Linhe University") or holding a word
// of its own ("Test and Qiaotou Center") makes two names.
func (p *exParser) unitFieldsJoin(toks []exTok, i, k, r int) bool {
	if r-k < 2 || r-k > 3 || !toks[r-1].in(exUnitHeads) || !p.commonNameWord(&toks[i]) || p.personAt(toks, i) > 0 {
		return false
	}
	for m := k; m < r; m++ {
		if !p.commonNameWord(&toks[m]) && !(toks[m].cap && toks[m].in(exUnitFieldWords)) {
			return false
		}
	}
	return true
}
