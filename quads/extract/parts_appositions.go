package extract

import "strings"

// part-of stated by an apposition or a noun phrase around a body's name
// (issue 12, class 11), the forms the apposition rules of parts_lower.go
// and lists.go leave: "X (a subsidiary of Y)", "X, Y's wholly-owned
// subsidiary,", "X, the affiliated hospital of Y,", "X, run by Y,", "Y and
// its two subsidiaries, A and B". Each makes X (or A and B) Y's unit, and
// Y, named only as the parent, no party of the sentence.

// exApposedUnitParents reads the appositions around X at every body of
// items (toks give the possessives).
func exApposedUnitParents(toks []exTok, items []exItem) {
	for k := 0; k+3 < len(items); k++ {
		x := &items[k]
		if x.kind != xOrg || x.inner || x.parent >= 0 || x.fold {
			continue
		}
		m := exSkipMention(items, k)
		if !exWordAt(items, m, ",", "(") {
			continue
		}
		open := items[m].low
		if q := exApposedParent(toks, items, m+1, open); q >= 0 {
			x.parent = q
			items[q].inner = true
		}
	}
}

// exApposedParent returns the body an apposition opened at m (after "," or
// "(", open) makes X part of, or -1; the apposition must close where the
// parent's name ends.
func exApposedParent(toks []exTok, items []exItem, m int, open string) int {
	closes := func(q int) bool {
		e := exSkipMention(items, q)
		if open == "(" {
			return exWordAt(items, e, ")")
		}
		return e >= len(items) || exWordAt(items, e, ",", ")", ";", ".")
	}
	body := func(q int) bool {
		return q >= 0 && q < len(items) && items[q].kind == xOrg && !items[q].fold && !items[q].inner && items[q].parent < 0
	}
	q := m
	if exWordAt(items, q, "a", "an", "the") {
		q++
	}
	switch {
	case body(q) && items[q].t1 > 0 && toks[items[q].t1-1].poss && open == ",":
		// "X, Y's wholly-owned subsidiary,"
		n := exSkipPartModifiers(items, exSkipMention(items, q))
		if exWordAt(items, n) && items[n].in(exPartNouns) && (n+1 >= len(items) || exWordAt(items, n+1, ",", ";")) {
			return q
		}
	case q < len(items) && items[q].kind == xOrg && items[q].parent >= 0 && exWordAt(items, q-1, "the", "a", "an") && strings.ToLower(items[q].name) == items[q].name:
		// "X, the affiliated hospital of Y,": the lower-case unit
		// describes X, it names no body of its own
		p := items[q].parent
		if p > q && items[p].kind == xOrg && !items[p].fold && closes(p) {
			items[q].kind, items[q].low, items[q].parent = xWord, strings.ToLower(items[q].name), -1
			items[q].lists = exListsOf(items[q].low)
			return p
		}
	case exWordAt(items, q) && items[q].in(exRunVerbs) && exWordAt(items, q+1, "by") && q == m:
		// "X, run by Y,"
		p := q + 2
		if exWordAt(items, p, "the") {
			p++
		}
		if body(p) && closes(p) {
			return p
		}
	case open == "(":
		// "X (a wholly owned subsidiary of Y)"
		n := exSkipPartModifiers(items, q)
		if exWordAt(items, n) && items[n].in(exPartNouns) && exWordAt(items, n+1, "of", "under") {
			p := n + 2
			if exWordAt(items, p, "the") {
				p++
			}
			if body(p) && closes(p) {
				return p
			}
		}
	}
	return -1
}

// exSkipPartModifiers skips the words that modify a part noun ("wholly
// owned", "wholly-owned", "directly affiliated") from k.
func exSkipPartModifiers(items []exItem, k int) int {
	for n := 0; n < 3 && exWordAt(items, k) && (items[k].in(exPartModifiers) || items[k].in(exAffiliationWords) || exHyphenedPartModifier(items[k].low)); n++ {
		k++
	}
	return k
}

// exHyphenedPartModifier: "wholly-owned", "directly-affiliated".
func exHyphenedPartModifier(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && (exPartModifiers.has(a) || exAffiliationWords.has(a)) && (exPartModifiers.has(b) || exAffiliationWords.has(b))
}

// exItsCountedUnitList reads "Y and its two subsidiaries, A and B" and "Y
// and its affiliated hospitals A and B": the bodies listed after "its"
// and a plural unit noun (a number or an affiliation word between) are the
// units of the body "its" stands for, the last one named before it.
func exItsCountedUnitList(items []exItem) {
	for k := 1; k+1 < len(items); k++ {
		if !exWordAt(items, k) || !items[k].in(exPluralUnitNouns) {
			continue
		}
		its := k - 1
		for n := 0; n < 3 && exWordAt(items, its) && (exIsNumber(items[its].low) || exCountWords[items[its].low] > 0 || items[its].in(exPartModifiers) || items[its].in(exAffiliationWords)); n++ {
			its--
		}
		if its == k-1 || !exWordAt(items, its, "its") {
			continue // "its subsidiaries A and B" alone is exAffiliatedListParents'
		}
		owner := -1
		for q := its - 1; q >= 0; q-- {
			if items[q].kind == xOrg && !items[q].inner && !items[q].fold {
				owner = q
				break
			}
		}
		if owner < 0 {
			continue
		}
		m := k + 1
		if exWordAt(items, m, ",", ":") {
			m++
		}
		if exWordAt(items, m) && items[m].in(exListVerbs) {
			m++
		}
		units, _ := exFreeUnitsListed(items, m)
		for _, u := range units {
			items[u].parent = owner
		}
	}
}

// exJointUnitParents undoes the parent of a joint body named "of A and B"
// ("the Joint Research Center of Yunping University and Jinshui Group"):
// it is both parties', no unit of the first (SCHEMA.md's bases; the gold
// keeps joint centres as bases of their own).
func exJointUnitParents(items []exItem) {
	for k := range items {
		it := &items[k]
		q := it.parent
		if it.kind != xOrg || q <= k || q >= len(items) || !exJointName(it.name) {
			continue
		}
		if e := exSkipMention(items, q); exWordAt(items, e, "and") && e+1 < len(items) && (items[e+1].kind == xOrg || exWordAt(items, e+1, "the")) {
			it.parent = -1
			items[q].inner = false
		}
	}
}

// exJointName: a body's name says it is a joint one ("Joint Laboratory
// of …").
func exJointName(name string) bool {
	return exHasWordIn(exJointUnitWords.words, name)
}
