package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// hosts-base-at, the owner a base's name begins with: "the Qiantang
// University Teaching Practice Base was unveiled at Y" is Qiantang
// University's base at Y even when the text names the university nowhere
// else.

// ownerNamedIn returns the organisation a base's name begins with: the
// shortest run of two or more capitalised words ending in a body's head
// noun ("Qiantang University", "Beihai Steel Group"), with a name of the
// base's own after it. It is the article's entity of that name, made one
// when the text names it only here; -1 when the name begins with none.
func (art *exArticle) ownerNamedIn(name string) int {
	ws := strings.Fields(name)
	for j := 1; j+2 < len(ws); j++ {
		if !exOwnerHeads.has(strings.ToLower(ws[j])) {
			continue
		}
		if next := ws[j+1]; next[0] < 'A' || next[0] > 'Z' {
			return -1 // "Nanhu Industry College of Smart Welding": the base's own head
		}
		for _, w := range ws[:j+1] {
			if w == "" || w[0] < 'A' || w[0] > 'Z' {
				return -1
			}
		}
		owner := strings.Join(ws[:j+1], " ")
		key := strings.Join(exOrgWords(owner), " ")
		if i, ok := art.r.byKey[string(quads.Organization)+"|"+key]; ok {
			return art.r.find(i)
		}
		return art.r.add(quads.Organization, key, owner, len(art.r.ents)+1<<20)
	}
	return -1
}

// centreDeterminers counts the determiners and ordinals in items [from,to)
// ("its first overseas teaching center"): they do not lengthen the
// distance between a verb that sets a centre up and the centre. A
// preposition between makes the centre another phrase's ("unveiled the
// nameplate for the innovation center"): then none count.
func (art *exArticle) centreDeterminers(items []exResolved, from, to int) int {
	n := 0
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind == xWord && (items[k].in(exNonAgentPreps) || items[k].low == "of") {
			return 0
		}
		if items[k].kind == xWord && items[k].in(exCentreDeterminers) {
			n++
		}
	}
	return n
}

// pastTopic returns the index after a base's topic phrase "for/of" + a
// few lower-case words at m ("for local history"), where "at/in Y" may
// follow; m when there is none.
func (art *exArticle) pastTopic(items []exResolved, m int) int {
	q := m + 1
	for q < len(items) && q < m+6 && items[q].kind == xWord && exIsLowerWord(items[q].low) && !items[q].in(exFunctionWords) {
		q++
	}
	if q > m+1 && art.isWord(items, q, "at", "in", "on") {
		return q
	}
	return m
}

// basesSuchAs reads "X has built 20 practice bases in enterprises such as
// Y and Z" at the base word cue: X, the one body before the cue, hosts a
// base at each listed body. It reports whether it stated a relation.
func (art *exArticle) basesSuchAs(items []exResolved, si, cue int) bool {
	m := cue + 1
	if !art.isWord(items, m, "in", "at") {
		return false
	}
	q := m + 1
	for q < len(items) && q < m+4 && items[q].kind == xWord && exIsLowerWord(items[q].low) && !items[q].in(exSuchAsWords) {
		q++
	}
	if q == m+1 || !art.isWord(items, q, "such", "including", "like") {
		return false
	}
	if art.isWord(items, q, "such") {
		if !art.isWord(items, q+1, "as") {
			return false
		}
		q++
	}
	locs := art.listAfter(items, q+1)
	hosts := art.partiesIn(items, si, 0, cue)
	if len(hosts) != 1 || len(locs) == 0 {
		return false
	}
	done := false
	for _, l := range locs {
		if l = art.r.find(l); l != hosts[0] && !art.related(hosts[0], l) {
			art.add(hosts[0], quads.HostsBaseAt, l, "", si)
			done = true
		}
	}
	return done
}

// lastBaseOwner returns the owner of the base named last before sentence
// si ends — the body its name begins with, its "of X", or the "X's"/"its"
// before it — for a later "the base"; -1 when there is none.
func (art *exArticle) lastBaseOwner(si int) int {
	for s := si; s >= 0 && s >= si-3; s-- {
		items := art.items[s]
		for k := len(items) - 1; k >= 0; k-- {
			it := &items[k]
			if it.kind != xBase {
				continue
			}
			if it.parent >= 0 {
				if h := art.ref(items, it.parent); h >= 0 {
					return art.r.find(h)
				}
			}
			if o := art.prefixOrg(it.name); o >= 0 {
				return art.r.find(o)
			}
			if k >= 1 && exIsParty(&items[k-1]) && art.possessive(items, k-1) {
				if h := art.ref(items, k-1); h >= 0 {
					return art.r.find(h)
				}
			}
			if art.isWord(items, k-1, "its") {
				for q := k - 2; q >= 0; q-- {
					if items[q].kind == xOrg && !items[q].inner {
						if h := art.ref(items, q); h >= 0 {
							return art.r.find(h)
						}
					}
				}
			}
			return art.ownerNamedIn(it.name)
		}
	}
	return -1
}

// baseOwnerName returns the body a base item's name begins with (an
// entity of the article, or one named only there), or -1; -1 for a base
// named in lower case.
func (art *exArticle) baseOwnerName(items []exResolved, cue int) int {
	it := &items[cue]
	if it.kind != xBase {
		return -1
	}
	if o := art.prefixOrg(it.name); o >= 0 {
		return o
	}
	return art.ownerNamedIn(it.name)
}

// basesInList reads "X has set up workstations in Beihai, Xiling and
// Jinan": a plural base word, "in/at" and a list of two or more places or
// bodies; X, the one body before the cue, hosts one at each.
func (art *exArticle) basesInList(items []exResolved, si, cue int) bool {
	it := &items[cue]
	if it.kind != xWord || len(it.low) < 2 || it.low[len(it.low)-1] != 's' || !art.isWord(items, cue+1, "in", "at") {
		return false
	}
	locs := art.listAfter(items, cue+2)
	hosts := art.partiesIn(items, si, 0, cue)
	if len(locs) < 2 || len(hosts) != 1 {
		return false
	}
	for _, l := range locs {
		if l = art.r.find(l); l != hosts[0] && !art.related(hosts[0], l) {
			art.add(hosts[0], quads.HostsBaseAt, l, "", si)
		}
	}
	return true
}

// setUpByIn reads "the base was (jointly) set up by A and B in/at Y":
// the bodies after "by" host it where the text says.
func (art *exArticle) setUpByIn(items []exResolved, si, cue int) bool {
	m := cue + 1
	if items[cue].kind != xWord {
		m = exSkipName(items, cue)
	}
	if !art.isWord(items, m, "was", "were", "has", "have", "had") {
		return false
	}
	for m < len(items) && m < cue+8 && items[m].kind == xWord && !art.isWord(items, m, "by") {
		m++ // "was jointly set up", "has been established"
	}
	if !art.isWord(items, m, "by") || !(items[m-1].in(exEstablishCues) || art.isWord(items, m-1, "up")) {
		return false
	}
	hosts := art.listAfter(items, m+1)
	q := m + 1
	for q < len(items) && (exIsParty(&items[q]) || items[q].inner || art.isWord(items, q, ",", "and", "the")) {
		q++
	}
	loc := art.siteAt(items, q)
	if len(hosts) == 0 || loc < 0 {
		return false
	}
	l := art.ref(items, loc)
	if l < 0 {
		return false
	}
	l = art.r.find(l)
	done := false
	for _, h := range hosts {
		if h = art.r.find(h); h != l && !art.related(h, l) {
			art.add(h, quads.HostsBaseAt, l, "", si)
			done = true
		}
	}
	return done
}
