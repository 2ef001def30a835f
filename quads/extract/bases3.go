package extract

// hosts-base-at, third round: constructions by class.

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// possessedPlaceAfter returns the item of the place a possessive place
// at item l names ("in Wenzhou's Ouhai District"): the base is there,
// in the district, as well as in the city. -1 when none.
func (art *exArticle) possessedPlaceAfter(items []exResolved, l int) int {
	if l < 0 || l+1 >= len(items) || items[l].kind != xPlace || !art.possessive(items, l) {
		return -1
	}
	if q := l + 1; items[q].kind == xPlace {
		return q
	}
	return -1
}

// enclosingPlaceAfter returns the item of the place named after a comma
// right after the place at item l ("in Maliu Village, Jishou"): the base
// set up in the first is in the second too. -1 when none.
func (art *exArticle) enclosingPlaceAfter(items []exResolved, l int) int {
	if l < 0 || l >= len(items) || items[l].kind != xPlace {
		return -1
	}
	m := exSkipName(items, l)
	if !art.isWord(items, m, ",") || m+1 >= len(items) {
		return -1
	}
	q := m + 1
	if items[q].kind != xPlace || items[q].inner {
		return -1
	}
	return q
}

// isCourtyardBase: "Science and Technology Courtyard", a base where a
// university's staff and students live and work among farmers, named by
// its kind's last words, whatever crop or place comes before.
func (art *exArticle) isCourtyardBase(items []exResolved, k int) bool {
	return items[k].kind == xWord && items[k].low == "courtyard" && art.isWord(items, k-1, "technology", "science", "sci-tech")
}

// makerHostsBase: in "X made Y a … base" the maker X hosts the base when
// X is an organisation (not a place, whose "making" is a designation by
// an office the text does not name) and no "of"/"for" body owns it.
func (art *exArticle) makerHostsBase(items []exResolved, subj int) bool {
	// ("the university made …": a back reference to its organisation)
	if subj < 0 || subj >= len(items) || items[subj].kind != xOrg && !(items[subj].kind == xHome && items[subj].back) || items[subj].inner {
		return false
	}
	h := art.ref(items, subj)
	return h >= 0 && art.isEducational(h)
}

// exAwardVerbs give a base's plaque or title to the body it is at.
var exAwardVerbs = exSet(`awarded award awards presented present presents granted grant grants conferred confers`)

// awardedBase reads a base's title or plaque given to where the base is:
// "X awarded plaques of 'Practice Base of X' to A and B" (X hosts it at
// A and at B), "A was awarded the title of 'Practice Base of X'" (X
// hosts it at A). The base's owner is its "of X". It reports whether it
// added one.
func (art *exArticle) awardedBase(items []exResolved, si, cue int) bool {
	it := &items[cue]
	if it.kind != xBase || it.parent < 0 {
		return false
	}
	host := art.ref(items, it.parent)
	if host < 0 {
		return false
	}
	host = art.r.find(host)
	verb := -1
	for k := cue - 1; k >= 0 && k >= cue-8; k-- {
		if items[k].kind == xWord && items[k].in(exAwardVerbs) {
			verb = k
			break
		}
	}
	after := false
	if verb < 0 {
		// (bases4) "The plaque of 'Base of X' was awarded to A"
		m := exSkipName(items, it.parent)
		for art.isWord(items, m, "\"", "”", "'", "’") {
			m++
		}
		if art.isWord(items, m, "was", "were") && m+1 < len(items) && items[m+1].kind == xWord && items[m+1].in(exAwardVerbs) && art.isWord(items, m+2, "to") {
			verb, after = m+1, true
		}
	}
	if verb < 0 {
		return false
	}
	var locs []int
	if after {
		locs = art.listAfter(items, verb+2)
	} else if to := art.findWord(items, exSkipName(items, it.parent), "to"); to >= 0 && to <= exSkipName(items, it.parent)+2 {
		locs = art.listAfter(items, to+1) // "… to A and B"
	} else if art.isWord(items, verb-1, "was", "were", "been") {
		s := verb - 2
		for s >= 0 && items[s].kind == xWord && (art.isWord(items, s, "has", "have", "had", "recently", "also", "officially") || items[s].in(exBeAux)) {
			s--
		}
		if s >= 0 && exIsParty(&items[s]) {
			for s > 0 && items[s].inner {
				s--
			}
			if l := art.ref(items, exPossessed(items, s)); l >= 0 {
				locs = []int{l}
			}
		}
	}
	added := false
	for _, l := range locs {
		if l = art.r.find(l); l != host {
			art.add(host, quads.HostsBaseAt, l, "", si)
			added = true
		}
	}
	return added
}

// exRegardVerbs say what the speaker takes a body for, not what anyone
// sets up: "regards Jinhuai as an important base for applying results".
var exRegardVerbs = exSet(`regard regards regarded regarding consider considers considered considering view views viewed viewing`)

// baseOnlyRegarded: the sentence's only base is what someone regards a
// body "as" (a figure of speech, no base set up or designated).
func (art *exArticle) baseOnlyRegarded(items []exResolved) bool {
	regarded := false
	for k := range items {
		it := &items[k]
		if it.kind == xBase {
			return false
		}
		if it.kind != xWord {
			continue
		}
		if it.in(exRegardVerbs) {
			for a := k + 1; a < len(items) && a <= k+6; a++ {
				if art.isWord(items, a, "as") {
					for b := a + 1; b < len(items) && b <= a+5; b++ {
						if items[b].kind == xWord && items[b].in(exBaseWords) {
							regarded = true
						}
					}
					break
				}
			}
			continue
		}
		if it.in(exEstablishCues) {
			return false
		}
	}
	return regarded
}

// exGuideVerbs, with exHelpVerbs, say a body helps another build its own
// centre ("will guide the People's Hospital in building a chest pain
// center"): the centre is the helped body's, no base of the helper's.
var exGuideVerbs = exSet(`guide guides guided guiding`)

// centreOfHelped: the centre at k is built by the body another "helps"
// or "guides in building" / "helps to build".
func (art *exArticle) centreOfHelped(items []exResolved, k int) bool {
	for b := k - 1; b >= 2 && b >= k-8; b-- {
		if !art.isWord(items, b, "in", "to") || !exIsParty(&items[b-1]) {
			continue
		}
		v := b - 2
		for v >= 0 && items[v].inner {
			v--
		}
		if art.isWord(items, v, "the") {
			v--
		}
		if v >= 0 && items[v].kind == xWord && (items[v].in(exHelpVerbs) || items[v].in(exGuideVerbs)) {
			return true
		}
	}
	return false
}

// baseBuiltInto: "build the workstation into a long-term platform" grows
// a base already named, and sets none up.
func (art *exArticle) baseBuiltInto(items []exResolved) bool {
	for k := 1; k+1 < len(items); k++ {
		if items[k].kind == xWord && items[k].in(exBaseWords) && art.isWord(items, k-1, "the") && art.isWord(items, k+1, "into") {
			return true
		}
	}
	return false
}

// jointParentOfSite: in "A and the university will jointly build the X
// Base, which will be located at the university's school of public
// health", the site's parent is one of the joint builders and hosts the
// base at its own unit too. It returns that parent, or -1.
func (art *exArticle) jointParentOfSite(items []exResolved, si, from, t, loc int) int {
	joint := false
	for k := from; k < t && k < len(items); k++ {
		if items[k].kind == xWord && (items[k].in(exJointCues) || items[k].low == "jointly") {
			joint = true
		}
	}
	parent := art.r.ents[loc].parent
	if !joint || parent < 0 {
		return -1
	}
	parent = art.r.find(parent)
	for _, p := range art.partiesIn(items, si, from, t) {
		if p == parent {
			return parent
		}
	}
	return -1
}

// builtByLocated reads "the base, (jointly) built by A (and B), is
// located in P" or "… was opened in P": the builders that are organisations host it at P (a
// place among the builders is where P is, no host of its own base). It
// reports whether it added one.
func (art *exArticle) builtByLocated(items []exResolved, si int) bool {
	for c := range items {
		centre := items[c].kind == xOrg && !items[c].inner && exCentreName(items[c].name) // (parts2) "the X Centre, built by A, was opened in P"
		if !(items[c].kind == xBase || centre || items[c].kind == xWord && items[c].in(exBaseWords)) {
			continue
		}
		m := c + 1
		if items[c].kind == xBase || centre {
			m = exSkipName(items, c)
		}
		if !art.isWord(items, m, ",") {
			continue
		}
		m++
		for art.isWord(items, m, "jointly", "co-", "which", "was", "is") {
			m++
		}
		if m >= len(items) || items[m].kind != xWord || !items[m].in(exEstablishCues) || !art.isWord(items, m+1, "by") {
			continue
		}
		builders := art.listAfter(items, m+2)
		located := -1
		for k := m + 2; k < len(items) && k < m+16; k++ {
			if items[k].kind == xWord && (items[k].in(exLocatedWords) || items[k].in(exOpenedInVerbs) && art.isWord(items, k-1, "was", "were", "been", "officially", "formally")) {
				located = k // "is located in P", "was officially inaugurated in P" (parts2)
				break
			}
		}
		if located < 0 || len(builders) == 0 {
			continue
		}
		q := art.siteAt(items, located+1)
		if q < 0 {
			continue
		}
		loc := art.ref(items, q)
		if loc < 0 {
			continue
		}
		loc = art.r.find(loc)
		added := false
		for _, b := range builders {
			b = art.r.find(b)
			if b == loc || art.r.ents[b].typ == quads.Place || art.related(b, loc) {
				continue
			}
			art.add(b, quads.HostsBaseAt, loc, "", si)
			added = true
		}
		if added {
			if centre {
				art.asBase(items[c].ent) // the centre set up is no party
			}
			return true
		}
	}
	return false
}

// exCentreName: a body named as a centre ("X Innovation Centre", "Y
// Center"), which a builder sets up like a base.
func exCentreName(name string) bool {
	l := strings.ToLower(name)
	return strings.HasSuffix(l, "centre") || strings.HasSuffix(l, "center")
}

// countedBasesInRegion: "has established 30 practice bases in the
// province" counts bases spread over a region; no one of them is at the
// region. It is true when the base word at cue is plural after a number
// and the sentence's only site after it is a place.
func (art *exArticle) countedBasesInRegion(items []exResolved, cue int) bool {
	if items[cue].kind != xWord || !strings.HasSuffix(items[cue].low, "s") {
		return false
	}
	counted := false
	for b := cue - 1; b >= 0 && b >= cue-4 && items[b].kind == xWord; b-- {
		if exIsNumber(items[b].low) {
			counted = true
			break
		}
	}
	if !counted {
		return false
	}
	for k := cue + 1; k < len(items); k++ {
		if exIsParty(&items[k]) && !items[k].inner {
			if items[k].kind != xPlace {
				return false // "in enterprises such as Y": each is a site
			}
		}
	}
	return true
}

// homeSubjectSigner: in "Under the second agreement the company will set
// up a training centre at the polytechnic's campus", the clause's subject
// is "the company" naming no body in the sentence; the one organisation
// that signed with the site is it. It returns that organisation, or -1.
func (art *exArticle) homeSubjectSigner(items []exResolved, from, cue, loc int) int {
	home := false
	for k := from; k < cue && k < len(items); k++ {
		if items[k].kind == xHome {
			home = true // "the company", which no party of the clause resolves
		}
	}
	if !home || loc < 0 {
		return -1
	}
	found := -1
	for pair := range art.signs {
		a, b := art.r.find(pair[0]), art.r.find(pair[1])
		if b != loc || a == loc || art.r.ents[a].typ != quads.Organization || art.related(a, loc) {
			continue
		}
		if found >= 0 && found != a {
			return -1
		}
		found = a
	}
	return found
}

// plaqueOfSetUpBody: "unveiled the plaque of the X Research Institute,
// which the university set up in Y": a body whose plaque is unveiled and
// which a party set up in a place is a base of that party's there.
func (art *exArticle) plaqueOfSetUpBody(items []exResolved, k int) bool {
	if items[k].kind != xOrg || items[k].inner {
		return false
	}
	p := k - 1
	if art.isWord(items, p, "the") {
		p--
	}
	if !art.isWord(items, p, "of") || !art.isWord(items, p-1, "plaque", "plaques") {
		return false
	}
	h, l, _ := art.relativeSetUp(items, k)
	return h >= 0 && l >= 0
}
