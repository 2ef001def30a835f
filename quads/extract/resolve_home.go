package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// Resolution (rhome): the article's own body. A page says "our university",
// "our College", "our department" of the body that publishes it; the text
// often names that body only once (in the headline, in a quoted agreement's
// title) while it names its partners far more often. "Our X" is therefore
// the body of kind X that the text never sets against itself: not the one
// it is joined with ("our school and Y", "Y and our university"), not the
// one it signs or talks "with"; of those left, one not named as anybody's
// partner, then one the first sentence names, then the one named most. When
// no body of that kind is left, "our X" names a body the text does not
// name, and it stands for none.

// resolveHomeRefs fixes the body every "our <noun>" of a kind in
// exHomeKinds stands for (art.homes), and makes a "the <noun>" after
// "our <noun>" in one sentence that body too.
func (art *exArticle) resolveHomeRefs() {
	nouns := map[string]bool{}
	uses := map[string]int{} // "our <noun>" → how often the text says it
	beside := map[int]bool{} // bodies set against "our X" in its sentence
	for si := range art.items {
		items := art.items[si]
		own := false
		for k := range items {
			if it := &items[k]; it.kind == xHome && !it.back && exHomeKinds[it.name] != nil {
				nouns[it.name], own = true, true
				uses[it.name]++
				for _, e := range art.conjunctsOf(items, k) {
					beside[e] = true
				}
				for _, e := range art.namesakesBeside(items, k) {
					beside[e] = true
				}
			}
		}
		if own {
			for _, e := range art.withObjectsIn(items) {
				beside[e] = true
			}
		}
	}
	if len(nouns) == 0 {
		return
	}
	partners := map[int]bool{} // bodies named after "with" anywhere
	for si := range art.items {
		for _, e := range art.withObjectsIn(art.items[si]) {
			partners[e] = true
		}
	}
	art.homes = map[string]int{}
	for noun := range nouns {
		art.homes[noun] = art.homeOfKind(noun, beside, partners)
	}
	art.setPublisher(uses)
	art.adoptHomeUnits()
	// "the heads of our university introduced the practices of the
	// university": the second is the first
	for si := range art.items {
		items := art.items[si]
		said := map[string]int{}
		for k := range items {
			it := &items[k]
			if it.kind != xHome {
				continue
			}
			if !it.back {
				if h, ok := art.homes[it.name]; ok && h >= 0 {
					said[it.name] = h
				}
				continue
			}
			if h, ok := said[it.name]; ok && !it.fold {
				it.ent = h
			}
		}
	}
}

// setPublisher makes the body the text calls "our X" most often the
// article's home body (the one bare posts belong to), when it is a body of
// its own and not a unit.
func (art *exArticle) setPublisher(uses map[string]int) {
	best, bu := -1, 0
	for noun, n := range uses {
		h := art.homes[noun]
		if h < 0 || art.r.ents[h].parent >= 0 {
			continue
		}
		if n > bu || n == bu && h < best {
			best, bu = h, n
		}
	}
	if best >= 0 {
		art.home = best
	}
}

// exHomeOfParents gives a party organ or a unit named "of our <noun>"
// ("Secretary of the Discipline Inspection Commission of our university",
// "the School of Law of our university") the home body for parent, as "of
// the university" does (exBackRefOfParents); "our X" is then named only as
// the parent, no party of its own.
func exHomeOfParents(items []exItem) {
	for k := 0; k+2 < len(items); k++ {
		it, of, home := &items[k], &items[k+1], &items[k+2]
		if of.kind != xWord || of.low != "of" || home.kind != xHome || home.back || exHomeKinds[home.name] == nil {
			continue
		}
		if it.kind != xOrg || it.parent >= 0 || it.inner || !(it.fold || exIsUnitName(it.name) || exIsSubunitName(it.name)) {
			continue
		}
		it.parent = k + 2
		home.inner = true
	}
}

// adoptHomeUnits gives a unit named "of our <noun>" the body "our X"
// stands for, once that is known.
func (art *exArticle) adoptHomeUnits() {
	r := art.r
	for si := range art.items {
		items := art.items[si]
		for k := range items {
			it := &items[k]
			if it.kind != xOrg || it.fold || it.ent < 0 || it.parent < 0 || it.parent >= len(items) {
				continue
			}
			home := &items[it.parent]
			if home.kind != xHome || home.back {
				continue
			}
			if h, u := art.homes[home.name], r.find(it.ent); h >= 0 && h != u && r.ents[u].parent < 0 {
				r.ents[u].parent = h
			}
		}
	}
}

// homeOfKind returns the body "our <noun>" stands for, or -1: the tiers of
// exHomeKinds in order, bodies set beside "our X" never.
func (art *exArticle) homeOfKind(noun string, beside, partners map[int]bool) int {
	r := art.r
	unitKind := exHomeUnitNouns.has(noun)
	for _, tier := range exHomeKinds[noun] {
		best := -1
		better := func(i int) bool {
			if best < 0 {
				return true
			}
			a, b := r.ents[i], r.ents[best]
			if partners[i] != partners[best] {
				return !partners[i]
			}
			if ha, hb := len(a.sents) > 0 && a.sents[0] == 0, len(b.sents) > 0 && b.sents[0] == 0; ha != hb {
				return ha // the headline's or first sentence's body
			}
			if a.count != b.count {
				return a.count > b.count
			}
			return a.first < b.first
		}
		for i, e := range r.ents {
			if r.find(i) != i || e.typ != quads.Organization || beside[i] || e.parent >= 0 && !unitKind {
				continue
			}
			if exGenericName(e.names) && !unitKind || !art.hasHomeHead(i, tier) {
				// "School of Law" is some university's unit, no home
				continue
			}
			if better(i) {
				best = i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// hasHomeHead: one of entity e's head words is in heads; a body known only
// by a university's abbreviation ("HZAU") is a university.
func (art *exArticle) hasHomeHead(e int, heads []string) bool {
	h := art.orgHeads(e)
	for n := range art.r.ents[e].names {
		if ws := exOrgWords(n); len(ws) > 0 {
			h[ws[len(ws)-1]] = true // "Co., Ltd." is a company
		}
	}
	if art.r.ents[e].acr && exUniversityAcronyms(art.r.ents[e].names) {
		h["university"] = true
	}
	for _, w := range heads {
		if h[w] {
			return true
		}
	}
	return false
}

// conjunctsOf returns the bodies joined with the item at k by "and" ("our
// school and Y", "Y and our university", "between Y and the university").
func (art *exArticle) conjunctsOf(items []exResolved, k int) []int {
	var out []int
	m := k + 1
	if art.isWord(items, m, "and", "&") {
		m++
		if art.isWord(items, m, "the") {
			m++
		}
		if e := art.homeRival(items, m); e >= 0 {
			out = append(out, e)
		}
	}
	if art.isWord(items, k-1, "and", "&") {
		if e := art.homeRival(items, k-2); e >= 0 {
			out = append(out, e)
		}
	}
	return out
}

// namesakesBeside returns the bodies of the sentence of "our <noun>" at k
// whose names have the noun for head ("Our College was awarded the title of
// Excellent Cooperative College by Y", "our university and Y University"):
// a page calling itself "our university" does not name itself "X
// University" in the same breath, save in brackets ("our university (X
// University)"). Abbreviations may mix ("the measures of XU to … of our
// university").
func (art *exArticle) namesakesBeside(items []exResolved, k int) []int {
	noun := items[k].name
	var out []int
	for m := range items {
		e := art.homeRival(items, m)
		if m == k || e < 0 || items[m].kind != xOrg || items[m].paren && m <= k+2 && m > k {
			continue
		}
		if strings.Contains(items[m].name, " ") && art.orgHeads(e)[noun] {
			out = append(out, e)
		}
	}
	return out
}

// withObjectsIn returns the bodies named right after "with" in a sentence
// ("signed an agreement with the Institute", "talks with the School of
// Business of Y University": the school and its parent).
func (art *exArticle) withObjectsIn(items []exResolved) []int {
	var out []int
	for k := range items {
		if !art.isWord(items, k, "with") {
			continue
		}
		m := k + 1
		if art.isWord(items, m, "the") {
			m++
		}
		if e := art.homeRival(items, m); e >= 0 {
			out = append(out, e)
			if p := items[m].parent; p > m && p < len(items) {
				if pe := art.homeRival(items, p); pe >= 0 {
					out = append(out, pe)
				}
			}
		}
	}
	return out
}

// homeRival returns the organisation an item names or refers back to, or
// -1; "our X" itself is none.
func (art *exArticle) homeRival(items []exResolved, k int) int {
	if k < 0 || k >= len(items) {
		return -1
	}
	it := &items[k]
	switch {
	case it.kind == xOrg && !it.fold && it.ent >= 0:
		return art.r.find(it.ent)
	case it.kind == xHome && it.back && it.ent >= 0:
		return art.r.find(it.ent)
	}
	return -1
}

// resolveAcronymBackRefs points a "the university" (or "the group") that no
// body's name explains at the one body the text names only by an
// abbreviation holding the noun's initial ("HZAU … the university",
// "XXCIG … the group"): a page's abbreviation of its own name.
func (art *exArticle) resolveAcronymBackRefs() {
	r := art.r
	var acrs []int
	for i, e := range r.ents {
		if r.find(i) == i && e.typ == quads.Organization && e.acr && e.parent < 0 {
			acrs = append(acrs, i)
		}
	}
	if len(acrs) == 0 {
		return
	}
	byNoun := map[string]int{}
	for si := range art.items {
		items := art.items[si]
		for k := range items {
			it := &items[k]
			letter, ok := exBackAcronymLetters[it.name]
			if ok && it.kind == xHome && it.back && it.ent >= 0 && art.namedFirstAfter(items, si, k) {
				// "Dr. L, president of the hospital, and Dr. M, president
				// of Y Hospital, signed": the first words of the article
				// speak of its own body, not of the one named after them
				it.ent = -1
			}
			if it.kind != xHome || !it.back || it.ent >= 0 || it.fold || !ok {
				continue
			}
			one, seen := byNoun[it.name]
			if !seen {
				one = -1
				for _, i := range acrs {
					holds := false
					for n := range r.ents[i].names {
						holds = holds || strings.Contains(n[1:], letter)
					}
					if !holds {
						continue
					}
					if one >= 0 {
						one = -2 // two such bodies: the text must say which
						break
					}
					one = i
				}
				byNoun[it.name] = one
			}
			if one >= 0 {
				it.ent = one
			}
		}
	}
}

// namedFirstAfter: the body the back-reference at k was given is first
// named later in the same sentence (a reference forward to a body the
// sentence then names beside it).
func (art *exArticle) namedFirstAfter(items []exResolved, si, k int) bool {
	r := art.r
	e := r.ents[r.find(items[k].ent)]
	if len(e.sents) == 0 || e.sents[0] != si {
		return false
	}
	for m := range items {
		if m != k && items[m].kind == xOrg && items[m].ent >= 0 && r.find(items[m].ent) == r.find(items[k].ent) {
			return m > k
		}
	}
	return false
}
