package extract

// hosts-base-at, fourth round: how real reports name and unveil bases.
//
//   - a joint body named for its two parties ("Joint Research Center of
//     A - B", "Joint Laboratory of A and B", "A-B Joint Research Centre"):
//     one party's base at the other (the text leaves the direction open);
//   - a laboratory or centre whose plaque two bodies' heads unveil, named
//     "of" its owner ("… jointly unveiled the Key Laboratory of X of A"):
//     the owner's base at the other unveiler's body;
//   - a practice base between a university and a school of basic
//     education is the university's, at the school;
//   - what is unveiled beside a base (a hospital "soon to be
//     established") is set up, and no party of it.
//
// A body the text sets up as a base is a base: it signs nothing and no one
// leads it or is part of it (issue 12, class 11), so it is typed a Base.

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// pairNamedBases reads the joint bodies of sentence si named for their two
// parties and reports whether it found one.
func (art *exArticle) pairNamedBases(items []exResolved, si int) bool {
	found := false
	for k := range items {
		it := &items[k]
		if it.kind != xOrg && it.kind != xBase || it.inner || !exJointBodyName(it.name) {
			continue
		}
		a, b := art.pairOfName(items, k)
		if a < 0 || b < 0 {
			continue
		}
		a, b = art.r.find(a), art.r.find(b)
		if a == b || art.related(a, b) {
			continue
		}
		if art.r.ents[a].typ != quads.Organization {
			a, b = b, a // a place is where the body is, no host
		}
		art.add(a, quads.HostsBaseAt, b, "", si)
		art.asBase(it.ent)
		found = true
	}
	return found
}

// exJointBodyName: the name's head (before its "of …" or "under …") is one
// a body set up by two others has ("… Joint Research Center of A", "A-B
// Innovation Centre", "the Key Laboratory under the Ministry of X", whose
// designating ministry the mention stage keeps in the name).
func exJointBodyName(name string) bool {
	if !exASCII(name) {
		l := strings.ToLower(name)
		for _, cut := range []string{" of ", " under "} {
			if i := strings.Index(l, cut); i >= 0 {
				l = l[:i]
			}
		}
		ws := strings.Fields(l)
		return len(ws) > 0 && exJointBodyHeads.has(ws[len(ws)-1])
	}
	// the same on ASCII without copying the name: it is asked of every
	// body of every sentence by four rules
	head := exCutFold(exCutFold(name, " of "), " under ")
	return exSetHasFold(exJointBodyHeads.words, exLastField(head))
}

// pairOfName returns the two parties the joint body at item k is named
// for, or -1s: "X of A - B" and "Joint X of A and B" (A its "of", B the
// party after the dash or "and"), "A-B X Centre" (one name), "A - B X
// Centre" (B the body its name begins with).
func (art *exArticle) pairOfName(items []exResolved, k int) (int, int) {
	it := &items[k]
	joint := strings.Contains(strings.ToLower(it.name), "joint")
	n := exSkipName(items, k)
	dash := art.isWord(items, n, exNameDashes...)
	if (dash || joint && art.isWord(items, n, "and", "&")) && n+1 < len(items) && exIsParty(&items[n+1]) {
		a := -1
		if art.ofParent(items, k) {
			a = art.ref(items, k+1) // "Joint Laboratory of [A] and B"
		} else {
			a = art.suffixOrg(it.name) // "Joint Research Center of A" as one name
		}
		if a >= 0 {
			return a, art.ref(items, exPossessed(items, n+1))
		}
	}
	if art.isWord(items, k-1, exNameDashes...) && k >= 2 && exIsParty(&items[k-2]) {
		// "A - B X Centre", "USST- B X Center"
		if b := art.prefixOrg(it.name); b >= 0 {
			return art.ref(items, k-2), b
		}
	}
	// "A-B Joint Research Centre": a dash inside the name between two
	// bodies' names
	for _, d := range exNameDashes {
		i := strings.Index(it.name, d)
		if i <= 0 {
			continue
		}
		left, right := strings.TrimSpace(it.name[:i]), strings.TrimSpace(it.name[i+len(d):])
		a := art.orgNamed(left)
		if a < 0 {
			continue
		}
		b := art.prefixOrg(right)
		if b < 0 {
			b = art.ownerNamedIn(right)
		}
		if b >= 0 {
			return a, b
		}
	}
	return -1, -1
}

// orgNamed returns the article's organisation one of whose names is name,
// or -1.
func (art *exArticle) orgNamed(name string) int {
	for i, e := range art.r.ents {
		if art.r.find(i) == i && e.typ == quads.Organization && e.names[name] > 0 {
			return i
		}
	}
	return -1
}

// suffixOrg returns the organisation whose name ends name after "of"
// ("Joint Research Center of China Resources Sanjiu"), or -1.
func (art *exArticle) suffixOrg(name string) int {
	best, bl := -1, 0
	for i, e := range art.r.ents {
		if art.r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		for n := range e.names {
			if len(n) > bl && strings.HasSuffix(name, " of "+n) {
				best, bl = i, len(n)
			}
		}
	}
	return best
}

// asBase types the entity of a body the text sets up as a base a Base.
func (art *exArticle) asBase(e int) {
	if e >= 0 {
		art.r.ents[art.r.find(e)].typ = quads.Base
	}
}

// unveiledAt reports whether the name at item k is what an unveiling verb
// takes: "unveiled (the plaque of/for) (the) X", "the unveiling (ceremony)
// of (the) X".
func (art *exArticle) unveiledAt(items []exResolved, k int) bool {
	b := k - 1
	for art.isWord(items, b, "the", "\"", "“") {
		b--
	}
	if art.isWord(items, b, "of", "for") {
		b--
		if b >= 0 && items[b].kind == xWord && (items[b].in(exPlaqueNouns) || items[b].low == "ceremony") {
			b--
			for art.isWord(items, b, "the", "a") {
				b--
			}
		} else if !art.isWord(items, b, "unveiling") {
			return false
		}
	}
	return b >= 0 && items[b].kind == xWord && items[b].in(exUnveilVerbs)
}

// unveiledBodyBases reads "P1 and P2 (of Y) jointly unveiled the X
// Laboratory … of A": a laboratory or centre whose plaque is unveiled is a
// base of the body it is "of", at the one other body the sentence's
// unveilers stand for. It reports whether it found one.
func (art *exArticle) unveiledBodyBases(items []exResolved, si int) bool {
	found := false
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.inner || !exJointBodyName(it.name) || !art.unveiledAt(items, k) {
			continue
		}
		owner := -1
		if art.ofParent(items, k) {
			owner = art.ref(items, k+1) // "the Heritage Research Center of A"
		} else if o := art.ofOwnerAfter(items, exSkipName(items, k)); o >= 0 {
			owner = o // "the Key Laboratory under Y about … of A"
		}
		if owner < 0 {
			// "P1 and P2 jointly unveiled the plaque for the X Joint
			// Laboratory": one unveiler's body's base at the other's
			if strings.Contains(strings.ToLower(it.name), "joint") {
				if pair := art.unveilerBodies(items, si, k); len(pair) == 2 {
					art.add(pair[0], quads.HostsBaseAt, pair[1], "", si)
					art.asBase(it.ent)
					found = true
				}
			}
			continue
		}
		if h, l, _ := art.relativeSetUp(items, k); h >= 0 && l >= 0 {
			continue // "…, which X set up in Y": where the text says (bases.go)
		}
		owner = art.r.find(owner)
		// the other body, an organisation before a place: "the mayor of P
		// and the president of A unveiled …" is A's base in P
		var orgs, places []int
		for _, p := range append(art.partiesIn(items, si, 0, k), art.personOrgs(items, 0, k, false)...) {
			if p = art.r.find(p); p == owner || art.related(p, owner) {
				continue
			}
			if art.r.ents[p].typ == quads.Organization {
				orgs = append(orgs, p)
			} else {
				places = append(places, p)
			}
		}
		orgs, places = exUniq(orgs), exUniq(places)
		other := -1
		switch {
		case len(orgs) == 1:
			other = orgs[0]
		case len(orgs) == 0 && len(places) == 1:
			other = places[0]
		default:
			continue
		}
		art.add(owner, quads.HostsBaseAt, other, "", si)
		art.asBase(it.ent)
		found = true
	}
	return found
}

// ofOwnerAfter reads the "of A" that ends the name of a body written with
// its topic in lower case ("… about urban heritage protection of A"), from
// item m on, and returns A, or -1.
func (art *exArticle) ofOwnerAfter(items []exResolved, m int) int {
	for q := m; q < len(items) && q < m+10; q++ {
		if items[q].kind != xWord || art.isWord(items, q, ",", ";", ".", "(", "\"", "”") {
			return -1
		}
		if items[q].low == "of" {
			if p := q + 1; p < len(items) && items[p].kind == xOrg && !items[p].inner {
				return art.ref(items, exPossessed(items, p))
			}
			continue
		}
		if !exIsLowerWord(items[q].low) || items[q].in(exFunctionWords) && !art.isWord(items, q, "and", "about", "on", "for") {
			return -1
		}
	}
	return -1
}

// unveiledItems marks the items an unveiling verb takes, with their names
// and what the quotes around them hold ("unveiled nameplates for the 'X
// Hospital of Y Affiliated to Z' and the 'W Base'"): things set up, no
// parties of the base.
func (art *exArticle) unveiledItems(items []exResolved) map[int]bool {
	out := map[int]bool{}
	for v := range items {
		if items[v].kind != xWord || !items[v].in(exUnveilVerbs) {
			continue
		}
		q := v + 1
		if q < len(items) && items[q].kind == xWord && items[q].in(exPlaqueNouns) {
			q++
			if !art.isWord(items, q, "of", "for") {
				continue
			}
			q++
		}
		quoted := false
		for ; q < len(items); q++ {
			it := &items[q]
			if it.kind == xWord {
				switch {
				case art.isWord(items, q, "“", "\"") && !quoted:
					quoted = true
				case art.isWord(items, q, "”") || art.isWord(items, q, "\"") && quoted:
					quoted = false
				case quoted || art.isWord(items, q, "the", "and", ",", "(", ")"):
				default:
					q = len(items)
				}
				continue
			}
			out[q] = true
		}
	}
	return out
}

// practiceOwnerFirst orders a practice base's host and site: a practice
// or internship base is a higher-education body's, at the school, company
// or museum where its students practise, whatever preposition a
// translated title gives ("a Practice Teaching Base in X University"). It
// returns host and site, swapped when the text put them the other way.
func (art *exArticle) practiceOwnerFirst(items []exResolved, cue, host, loc int) (int, int) {
	if !art.practiceBase(items, cue) {
		return host, loc
	}
	if art.isHigherEducation(loc) && !art.isHigherEducation(host) && art.r.ents[art.r.find(host)].typ == quads.Organization {
		return loc, host
	}
	return host, loc
}

// practiceBase: the base at cue is one where students practise (a
// practice, internship or practicum base), by its name or the lower-case
// words before a base noun.
func (art *exArticle) practiceBase(items []exResolved, cue int) bool {
	it := &items[cue]
	if it.kind != xWord {
		return exHasWordIn(exPracticeBaseWords.words, it.name)
	}
	for k := cue - 1; k >= 0 && k >= cue-3 && items[k].kind == xWord; k-- {
		if items[k].in(exPracticeBaseWords) {
			return true
		}
	}
	return false
}

// isHigherEducation: an educational body that is no school of basic
// education ("… Normal University", not "… No. 2 Primary School").
func (art *exArticle) isHigherEducation(e int) bool {
	return art.isEducational(e) && !art.isBasicSchool(e)
}

// isBasicSchool: one of the entity's names is a primary, middle or high
// school's or a kindergarten's.
func (art *exArticle) isBasicSchool(e int) bool {
	for n := range art.r.ents[art.r.find(e)].names {
		ws := strings.Fields(strings.ToLower(n))
		for i, w := range ws {
			if w == "kindergarten" || w == "school" && i > 0 && exBasicSchoolWords.has(ws[i-1]) {
				return true
			}
		}
	}
	return false
}

// ofParent: the body at item k names its parent right after "of" ("the
// Joint Laboratory of A"), not after "under" ("the Key Laboratory under
// the Ministry of X", whose ministry oversees it and owns no base).
func (art *exArticle) ofParent(items []exResolved, k int) bool {
	p := k + 1
	if items[k].parent != p || p >= len(items) || !items[p].inner || items[p].kind != xOrg || items[p].s < items[k].s {
		return false
	}
	between := strings.Fields(strings.ToLower(art.text[items[k].s:items[p].s]))
	if n := len(between); n > 0 && between[n-1] == "the" {
		between = between[:n-1]
	}
	return len(between) > 0 && between[len(between)-1] == "of"
}

// jointlyBuiltBy reads "the X Joint Laboratory, (jointly) established by A
// and B," with no place after: a laboratory or centre two bodies set up
// is one's base at the other (the text leaves the direction open). It
// reports whether it found one.
func (art *exArticle) jointlyBuiltBy(items []exResolved, si int) bool {
	for k := range items {
		it := &items[k]
		named := (it.kind == xOrg || it.kind == xBase) && !it.inner && exJointBodyName(it.name)
		if !named && !(it.kind == xWord && it.in(exLowerJointBodyWords)) {
			continue
		}
		m := k + 1
		if it.kind != xWord {
			m = exSkipName(items, k)
		}
		if art.isWord(items, m, ",") {
			m++
		}
		for art.isWord(items, m, "jointly", "which", "was", "is", "has", "been", "up") {
			m++
		}
		v := m
		if art.isWord(items, v, "set") && art.isWord(items, v+1, "up") {
			v++
		}
		if v >= len(items) || items[v].kind != xWord || !items[v].in(exEstablishCues) && !items[v].in(exJointCues) && items[v].low != "up" || !art.isWord(items, v+1, "by") {
			continue
		}
		var builders []int
		for _, b := range art.listAfter(items, v+2) {
			if b = art.r.find(b); art.r.ents[b].typ == quads.Organization {
				builders = append(builders, b)
			}
		}
		if builders = exUniq(builders); len(builders) != 2 || art.related(builders[0], builders[1]) {
			continue
		}
		// (the body so described may act on its own, "The X Joint
		// Laboratory, co-founded by A and B, signed …": it keeps its type)
		art.add(builders[0], quads.HostsBaseAt, builders[1], "", si)
		return true
	}
	return false
}

// partnerOf returns the body the article pairs with e (its main pair's
// other, or the one e signed with), or -1.
func (art *exArticle) partnerOf(si, e int) int {
	e = art.r.find(e)
	a, b := art.visitPair(si)
	if a < 0 {
		a, b = art.mainPair()
	}
	switch {
	case a >= 0 && art.r.find(a) == e && b >= 0:
		return art.r.find(b)
	case b >= 0 && art.r.find(b) == e && a >= 0:
		return art.r.find(a)
	}
	return -1
}

// unveilerBodies returns the organisations before item k that the
// sentence's parties are or its persons lead, or the article's two sides
// for "the two sides".
func (art *exArticle) unveilerBodies(items []exResolved, si, k int) []int {
	var orgs []int
	for _, p := range append(art.partiesIn(items, si, 0, k), art.personOrgs(items, 0, k, false)...) {
		if p = art.r.find(p); art.r.ents[p].typ == quads.Organization {
			orgs = append(orgs, p)
		}
	}
	orgs = exUniq(orgs)
	if len(orgs) == 0 && art.bothSides(items, k) {
		if a, b := art.mainPair(); a >= 0 && b >= 0 {
			orgs = []int{art.r.find(a), art.r.find(b)}
		}
	}
	if len(orgs) == 2 && art.related(orgs[0], orgs[1]) {
		return nil
	}
	return orgs
}

// setUpAfter: the name at item k is followed by what sets it up: "the X
// Center jointly established between A and B", "the X Centre, set up by
// A".
func (art *exArticle) setUpAfter(items []exResolved, k int) bool {
	m := exSkipName(items, k)
	if art.isWord(items, m, ",") {
		m++
	}
	for art.isWord(items, m, "jointly", "which", "was", "were", "has", "been", "newly") {
		m++
	}
	if art.isWord(items, m, "set") && art.isWord(items, m+1, "up") {
		m++
	} else if m >= len(items) || items[m].kind != xWord || !items[m].in(exEstablishCues) && !items[m].in(exJointCues) {
		return false
	}
	return art.isWord(items, m+1, "by", "between")
}

// basicSchoolPracticeBase reads "the practice base of X Middle School" at
// the base cue: a school of basic education owns no practice base, so the
// base is at the school, and the university of the sentence (or the
// school's partner) hosts it. It reports whether it found one.
func (art *exArticle) basicSchoolPracticeBase(items []exResolved, si, cue int) bool {
	if !art.practiceBase(items, cue) {
		return false
	}
	of := -1
	switch it := &items[cue]; {
	case it.kind == xBase && it.parent >= 0:
		of = it.parent
	case it.kind == xWord && art.isWord(items, cue+1, "of"):
		q := cue + 2
		if art.isWord(items, q, "the") {
			q++
		}
		if q < len(items) && exIsParty(&items[q]) {
			of = q
		}
	}
	if of < 0 {
		return false
	}
	school := art.ref(items, exPossessed(items, of))
	if school < 0 || !art.isBasicSchool(school) {
		return false
	}
	school = art.r.find(school)
	var higher []int
	for _, p := range append(art.partiesIn(items, si, 0, len(items)), art.personOrgs(items, 0, len(items), false)...) {
		if p = art.r.find(p); p != school && art.isHigherEducation(p) {
			higher = append(higher, p)
		}
	}
	higher = exUniq(higher)
	host := -1
	switch {
	case len(higher) == 1:
		host = higher[0]
	case len(higher) == 0:
		if p := art.partnerOf(si, school); p >= 0 && art.isHigherEducation(p) {
			host = p
		}
	}
	if host < 0 || art.related(host, school) {
		return false
	}
	art.add(host, quads.HostsBaseAt, school, "", si)
	return true
}
