package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// The relation rules. Each reads one sentence's items (see mention.go) and
// states relations between the entities they resolve to. They follow the
// constructions the genre uses:
//
//   leads      "Zhao Yanzhi, president of Shenyang University" (apposition),
//              "Secretary Pan Yishan", "PKU Council Chairman Qiu Shuiping"
//              (title before the name), lists that carry their organisation
//              on ("…, Mayor Wen Ran, Executive Vice Mayor Song Wei").
//   signed-with "A and B signed", "A signed … with B, C and D", "between A and
//              B", "on behalf of A and B", signers standing for what they lead.
//   hosts-base-at a base "of A" named after a place, "selected … announced by
//              A", "agreements with B to build a … base", "A and B … co-establish
//              the Centre".
//   visited    "went to / made a trip to / led a delegation to / visited X",
//              "the visiting delegation led by P".
//   part-of    "X of Y" where X is a sub-unit and Y an organisation, lists of
//              sub-units, "Y (including A, B)", "X under Y".
//   member-of  "member of …" and honorary posts.

func (art *exArticle) isWord(items []exItem, k int, ws ...string) bool {
	if k < 0 || k >= len(items) || items[k].kind != xWord {
		return false
	}
	for _, w := range ws {
		if items[k].low == w {
			return true
		}
	}
	return false
}

func exIsParty(it *exItem) bool {
	return (it.kind == xOrg || it.kind == xPlace || it.kind == xHome) && !it.inner
}

// titleText returns the surface of a title item.
func (art *exArticle) titleText(items []exItem, k int) string {
	return art.text[items[k].s:items[k].e]
}

// exTitleRole says what a title gives: 'l' leads, 'm' member-of, 0 nothing.
func exTitleRole(t string) byte {
	l := strings.ToLower(t)
	switch {
	case l == "party member":
		return 0
	case strings.Contains(l, "honorary"):
		return 'm'
	}
	// the post's core noun decides: a member, an engineer or an expert
	// holds no leadership post (SCHEMA.md: member-of)
	if ws := strings.Fields(l); len(ws) > 0 && exMemberCores[ws[len(ws)-1]] {
		return 'm'
	}
	return 'l'
}

// exPluralTitle: "vice presidents" covers every name that follows.
func exPluralTitle(t string) bool {
	l := strings.ToLower(t)
	return strings.HasSuffix(l, "presidents") || strings.HasSuffix(l, "secretaries") || strings.HasSuffix(l, "directors") || strings.HasSuffix(l, "deans")
}

func exGovTitle(t string) bool {
	ws := strings.Fields(strings.ToLower(t))
	if len(ws) == 0 {
		return false
	}
	l := ws[len(ws)-1]
	if exGovTitles[l] {
		return true
	}
	for _, w := range ws {
		if w == "district" || w == "county" || w == "mayor" || w == "governor" {
			return true
		}
	}
	return false
}

// exSkipTitles returns the index after the titles from k on ("Secretary and
// District Chief").
func exSkipTitles(items []exItem, k int) int {
	for k < len(items) && (items[k].kind == xTitle || (items[k].kind == xWord && items[k].low == "and" && k+1 < len(items) && items[k+1].kind == xTitle)) {
		k++
	}
	return k
}

// exPossessed returns the unit a possessive at k names ("the university's
// College of X", "GXNU's School of Y"), or k.
func exPossessed(items []exItem, k int) int {
	if k+1 < len(items) && items[k+1].possOf && items[k+1].parent == k {
		return k + 1
	}
	return k
}

// skipName returns the index after item k and the items of its name (its
// parents and inner places).
func exSkipName(items []exItem, k int) int {
	k++
	for k < len(items) && items[k].inner {
		k++
	}
	return k
}

// bind states that person leads (or is a member of) the organisation.
func (art *exArticle) bind(person, org int, title string, si int) {
	if person < 0 || org < 0 {
		return
	}
	org = art.r.find(org)
	switch exTitleRole(title) {
	case 'l':
		art.add(person, quads.Leads, org, title, si)
		p := art.r.find(person)
		for _, o := range art.leads[p] {
			if o == org {
				return
			}
		}
		art.leads[p] = append(art.leads[p], org)
	case 'm':
		art.add(person, quads.MemberOf, org, title, si)
	}
}

// sentenceOrgs are the organisations a sentence names.
func (art *exArticle) sentenceOrgs(items []exItem) map[int]bool {
	m := map[int]bool{}
	for k := range items {
		if items[k].kind == xOrg {
			if e := art.ref(items, k); e >= 0 {
				m[art.r.find(e)] = true
			}
		}
	}
	return m
}

// defaultOrg is the organisation a bare title ("Chairman Wang Zhaobao")
// refers to when the sentence names none for it: a government post is the
// article's city; any other is the home organisation, unless the sentence
// names that one (then the person is of the other side).
func (art *exArticle) defaultOrg(items []exItem, title string) int {
	if exGovTitle(title) {
		if e, ok := art.ctx['c']; ok {
			return e
		}
		if e, ok := art.ctx['d']; ok {
			return e
		}
		return -1
	}
	named := art.sentenceOrgs(items)
	r := art.r
	// a curator is a museum's or a gallery's, when the article names one
	var kinds []string
	if strings.Contains(strings.ToLower(title), "curator") {
		kinds = []string{" museum", " gallery"}
	}
	ofKind := func(e *exEnt) bool {
		for n := range e.names {
			for _, k := range kinds {
				if strings.HasSuffix(strings.ToLower(n), k) {
					return true
				}
			}
		}
		return false
	}
	if kinds != nil {
		any := false
		for i, e := range r.ents {
			if r.find(i) == i && e.typ == quads.Organization && e.parent < 0 && ofKind(e) {
				any = true
			}
		}
		if !any {
			kinds = nil
		}
	}
	best, bc := -1, 0
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 || named[i] {
			continue
		}
		if exGenericName(e.names) || kinds != nil && !ofKind(e) {
			continue
		}
		if e.count > bc || (e.count == bc && best >= 0 && e.first < r.ents[best].first) {
			best, bc = i, e.count
		}
	}
	return best
}

// exGenericName: every name of the entity begins with a sub-unit noun
// ("Institute of Education Reform …", "Graduate School"): a unit of some
// organisation, not one a bare title refers to.
func exGenericName(names map[string]int) bool {
	for n := range names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) > 2 && ws[1] == "of" && exSubunitHeads[ws[0]] && ws[0] != "university" && ws[0] != "academy" {
			return true
		}
	}
	for n := range names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) == 0 {
			continue
		}
		if !(exSubunitHeads[ws[0]] && ws[0] != "university" && ws[0] != "academy") && !(len(ws) == 2 && exSubunitHeads[ws[1]] && exSubunitHeads[ws[0]]) {
			if !(len(ws) == 2 && ws[0] == "graduate") {
				return false
			}
		}
	}
	return true
}

// leadsIn reads posts: who leads what, and who is a member of what.
func (art *exArticle) leadsIn(si int) {
	items := art.items[si]
	bound := art.bound[si]
	carry := -1
	var plural struct {
		org   int
		title string
	}
	plural.org = -1
	for k := range items {
		if items[k].kind != xPerson {
			continue
		}
		person := items[k].ent
		got := false
		// (A) apposition: "P, T of O and T of O, …"
		j := k + 1
		if art.isWord(items, j, ",", "from") {
			var pending []string
			prefix := -1
			for j < len(items) {
				it := &items[j]
				if it.kind == xPerson || art.isWord(items, j, ";") {
					break
				}
				if it.kind == xTitle {
					// a title right before a name is that name's
					// ("…, Mayor Wen Ran", "…, Director of X Zhang Yongtai")
					if j+1 < len(items) && items[j+1].kind == xPerson {
						break
					}
					if m := j + 1; art.isWord(items, m, "of", "at") {
						m++
						if art.isWord(items, m, "the") {
							m++
						}
						if m < len(items) && exSkipName(items, m) < len(items) && items[exSkipName(items, m)].kind == xPerson {
							break
						}
					}
					pending = append(pending, art.titleText(items, j))
					m := j + 1
					if art.isWord(items, m, "of", "at") {
						m++
						if art.isWord(items, m, "the") {
							m++
						}
						m = exPossessed(items, m)
						if m < len(items) && (items[m].kind == xOrg || items[m].kind == xPlace || items[m].kind == xHome && items[m].back) {
							o := art.ref(items, m)
							if o >= 0 {
								for _, t := range pending {
									art.bind(person, o, t, si)
								}
								got = true
								bound[m] = true
								carry = o
								pending = pending[:0]
							} else {
								// a party organ of no named organisation: the
								// posts stay pending ("Deputy Secretary of the
								// Party Committee and President")
								var keep []string
								for _, t := range pending {
									if exTitleRole(t) == 'l' {
										keep = append(keep, t)
									}
								}
								pending = keep
							}
							j = exSkipName(items, m)
							continue
						}
					}
					if prefix >= 0 {
						for _, t := range pending {
							art.bind(person, prefix, t, si)
						}
						got, carry = true, prefix
						pending = pending[:0]
						prefix = -1
					}
					j++
					continue
				}
				if exIsParty(it) {
					o := art.ref(items, j)
					next := exSkipName(items, j)
					if next < len(items) && items[next].kind == xTitle && o >= 0 {
						if q := exSkipTitles(items, next); q < len(items) && items[q].kind == xPerson {
							break // "…, Wuchang District Secretary Yu Song"
						}
						prefix = o
						bound[j] = true
						j = next
						continue
					}
					if len(pending) > 0 && o >= 0 && art.isWord(items, j-1, ",") {
						for _, t := range pending {
							art.bind(person, o, t, si)
						}
						got, carry = true, o
						bound[j] = true
						pending = pending[:0]
					}
					j = next
					continue
				}
				if art.isWord(items, j, ",", "and", "a", "an", "the", "alumna", "alumnus", "from", "professor", "prof.", "also", "’", "'") {
					j++
					continue
				}
				break
			}
			var lead []string
			for _, t := range pending {
				if exTitleRole(t) == 'l' {
					lead = append(lead, t)
				}
			}
			if len(lead) > 0 {
				o := carry
				if o < 0 && len(art.leads[art.r.find(person)]) == 0 {
					o = art.defaultOrg(items, lead[0])
				}
				for _, t := range lead {
					art.bind(person, o, t, si)
				}
				if o >= 0 {
					got = true
				}
			}
			if got {
				continue
			}
		}
		// (B) title before the name: "[O] T [and T] P", "T of O P"
		m := k - 1
		org := -1
		var titles []string
		if m >= 2 && (items[m].kind == xOrg || items[m].kind == xPlace) && items[m].inner {
			for m >= 0 && items[m].inner {
				m--
			}
		}
		if m >= 2 && (items[m].kind == xOrg || items[m].kind == xPlace) {
			q := m - 1
			if art.isWord(items, q, "the") {
				q--
			}
			if art.isWord(items, q, "of") && q-1 >= 0 && items[q-1].kind == xTitle {
				org = art.ref(items, m)
				bound[m] = true
				m = q - 1
			}
		}
		for m >= 0 && items[m].kind == xTitle {
			titles = append([]string{art.titleText(items, m)}, titles...)
			m--
			if art.isWord(items, m, "and") && m-1 >= 0 && items[m-1].kind == xTitle {
				m--
			}
		}
		if len(titles) > 0 {
			if org < 0 && m >= 0 && exIsParty(&items[m]) {
				org = art.ref(items, m)
				bound[m] = true
			}
			if org < 0 {
				// "Secretary X and President Y of O"
				q := k + 1
				for q < len(items) && (items[q].kind == xTitle || items[q].kind == xPerson || art.isWord(items, q, "and")) {
					q++
				}
				if art.isWord(items, q, "of") {
					q++
					if art.isWord(items, q, "the") {
						q++
					}
					if q < len(items) && exIsParty(&items[q]) {
						org = art.ref(items, q)
						bound[q] = true
					}
				}
			}
			if org < 0 && art.isWord(items, m, ",", "and", ";") {
				org = carry // a list goes on: "…, Mayor Wen Ran"
			}
			if org < 0 && len(art.leads[art.r.find(person)]) > 0 {
				continue // already known from an earlier sentence
			}
			if org < 0 {
				org = art.defaultOrg(items, titles[0])
			}
			for _, t := range titles {
				art.bind(person, org, t, si)
			}
			if org >= 0 {
				carry = org
				if exPluralTitle(titles[len(titles)-1]) {
					plural.org, plural.title = org, titles[len(titles)-1]
				} else {
					plural.org = -1
				}
			}
			continue
		}
		// (C) a name in a list after a plural title: "vice presidents A, B"
		if plural.org >= 0 && art.isWord(items, k-1, ",", "and") && k-2 >= 0 && items[k-2].kind == xPerson {
			art.bind(person, plural.org, plural.title, si)
			continue
		}
		plural.org = -1
	}
}

// listAfter returns the parties listed from item k on: "A, B and the C".
func (art *exArticle) listAfter(items []exItem, k int) []int {
	var out []int
	for k < len(items) {
		if art.isWord(items, k, "the", ",", "and", "&", "as") || (art.isWord(items, k, "well") && art.isWord(items, k-1, "as")) {
			k++
			continue
		}
		if exIsParty(&items[k]) && !items[k].paren {
			if e := art.ref(items, k); e >= 0 {
				out = append(out, e)
			}
			k = exSkipName(items, k)
			continue
		}
		break
	}
	return out
}

// looseListAfter reads a list whose members carry a phrase each:
// "agreements with A to build the base, B for strategic cooperation, and C".
func (art *exArticle) looseListAfter(items []exItem, k int) []int {
	var out []int
	for k < len(items) {
		xs := art.listAfter(items, k)
		if len(xs) == 0 {
			break
		}
		out = append(out, xs...)
		// skip the member's phrase up to the next comma
		m := k
		for m < len(items) && (exIsParty(&items[m]) || items[m].inner || art.isWord(items, m, "the", ",", "and", "&")) {
			m++
		}
		if m >= len(items) || art.isWord(items, m, ";", "which", "who", "that") {
			break
		}
		q := m
		for q < len(items) && q < m+15 && !art.isWord(items, q, ",", ";", "which", "who", "that", ".") {
			q++
		}
		if !art.isWord(items, q, ",") {
			break
		}
		q++
		if art.isWord(items, q, "and") {
			q++
		}
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			break
		}
		k = q
	}
	return exUniq(out)
}

// partiesIn returns the unbound parties in items [from,to).
func (art *exArticle) partiesIn(items []exItem, si, from, to int) []int {
	var out []int
	for k := from; k < to && k < len(items); k++ {
		it := &items[k]
		if !exIsParty(it) || it.paren || art.bound[si][k] {
			continue
		}
		if e := art.ref(items, k); e >= 0 {
			out = append(out, art.r.find(e))
		}
	}
	return exUniq(out)
}

// personOrgs returns what the persons in items [from,to) lead.
func (art *exArticle) personOrgs(items []exItem, from, to int, all bool) []int {
	var out []int
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		ls := art.leads[art.r.find(items[k].ent)]
		if len(ls) > 0 {
			if all {
				out = append(out, ls...)
			} else {
				out = append(out, ls[0])
			}
		}
	}
	return exUniq(out)
}

func exUniq(xs []int) []int {
	var out []int
	seen := map[int]bool{}
	for _, x := range xs {
		if !seen[x] {
			seen[x] = true
			out = append(out, x)
		}
	}
	return out
}

func (art *exArticle) findWord(items []exItem, from int, ws ...string) int {
	for k := from; k < len(items); k++ {
		if art.isWord(items, k, ws...) {
			return k
		}
	}
	return -1
}

// related: one is the other's parent, so they do not sign with each other.
func (art *exArticle) related(a, b int) bool {
	ea, eb := art.r.ents[a], art.r.ents[b]
	return (ea.parent >= 0 && art.r.find(ea.parent) == b) || (eb.parent >= 0 && art.r.find(eb.parent) == a)
}

func (art *exArticle) sign(a, b, si int) {
	a, b = art.r.find(a), art.r.find(b)
	if a == b || art.related(a, b) {
		return
	}
	art.add(a, quads.SignedWith, b, "", si)
	art.signs[[2]int{a, b}], art.signs[[2]int{b, a}] = true, true
}

func (art *exArticle) signAll(xs []int, si int) {
	for i := range xs {
		for j := i + 1; j < len(xs); j++ {
			art.sign(xs[i], xs[j], si)
		}
	}
}

// signedIn reads agreements: who signed with whom.
func (art *exArticle) signedIn(si int) {
	items := art.items[si]
	v := art.findCue(items, 0, exSignCues)
	if v < 0 || art.unrealised(items, v) {
		return
	}
	if items[v].low == "signing" {
		// "… attended the signing ceremony": attendance, not a signature
		for k := v - 1; k >= 0 && k >= v-4; k-- {
			if items[k].kind == xWord && exAttendCues[items[k].low] {
				if art.findWord(items, v, "between") < 0 {
					return
				}
			}
		}
	}
	if b := art.findWord(items, v, "between"); b >= 0 {
		art.signAll(art.listAfter(items, b+1), si)
		return
	}
	if b := art.findWord(items, v, "behalf"); b >= 0 && art.isWord(items, b+1, "of") {
		if xs := art.listAfter(items, b+2); len(xs) >= 2 {
			art.signAll(xs, si)
			return
		}
	}
	from := art.afterWitnesses(items, v)
	left := art.partiesIn(items, si, from, v)
	if len(left) == 0 {
		left = art.personOrgs(items, from, v, false)
	}
	if len(left) == 0 && len(art.partiesIn(items, si, v, len(items))) == 0 && art.bothSides(items, v) {
		// "The two sides signed an agreement": the article's two parties
		if a, b := art.mainPair(); a >= 0 && b >= 0 {
			art.sign(a, b, si)
		}
		return
	}
	if w := art.findWord(items, v, "with"); w >= 0 {
		right := art.looseListAfter(items, w+1)
		if len(right) > 0 && len(left) > 0 {
			for _, l := range left {
				for _, r := range right {
					art.sign(l, r, si)
				}
			}
			return
		}
	}
	if len(left) >= 2 {
		art.signAll(left, si)
		return
	}
	if b := art.findWord(items, v, "by"); b >= 0 {
		if xs := art.listAfter(items, b+1); len(xs) >= 2 {
			art.signAll(xs, si)
			return
		}
	}
	right := art.partiesIn(items, si, v, len(items))
	all := exUniq(append(append([]int{}, left...), right...))
	if len(all) == 2 {
		art.signAll(all, si)
		return
	}
	if len(left) == 1 && len(right) == 0 && items[v].low != "signing" {
		for _, o := range art.personOrgs(items, 0, v, false) {
			art.sign(o, left[0], si)
		}
	}
}

// findCue returns the first word item from on that is in cues, or -1.
func (art *exArticle) findCue(items []exItem, from int, cues map[string]bool) int {
	for k := from; k < len(items); k++ {
		if items[k].kind == xWord && cues[items[k].low] {
			return k
		}
	}
	return -1
}

// unrealised: the signing at item v is hoped for, planned or future ("hope
// to sign", "will sign", "plans to deepen cooperation through signing"),
// not stated as done; only a signed or reached agreement is signed-with.
func (art *exArticle) unrealised(items []exItem, v int) bool {
	if items[v].low == "signed" || items[v].low == "inked" || items[v].low == "co-signed" {
		// "the agreement signed …" may still follow a modal clause
		for k := v - 1; k >= 0 && k >= v-2; k-- {
			if items[k].kind == xWord && exModalCues[items[k].low] {
				return true
			}
		}
		return false
	}
	for k := v - 1; k >= 0 && k >= v-6; k-- {
		if items[k].kind != xWord {
			break
		}
		if exModalCues[items[k].low] {
			return true
		}
	}
	return false
}

// afterWitnesses returns where the signers before item v begin: after the
// last comma when a witness phrase comes first ("witnessed by A, T of X and
// B, T of Y, C and D signed"): the witnesses are not parties. Otherwise 0.
func (art *exArticle) afterWitnesses(items []exItem, v int) int {
	w := -1
	for k := 0; k < v; k++ {
		if items[k].kind == xWord && exWitnessCues[items[k].low] {
			w = k
			break
		}
	}
	if w < 0 {
		return 0
	}
	for k := v - 1; k > w; k-- {
		if art.isWord(items, k, ",", ";") {
			return k + 1
		}
	}
	return 0
}

// bothSides: "the two sides", "both parties" comes before item v.
func (art *exArticle) bothSides(items []exItem, v int) bool {
	for k := 1; k < v && k < len(items); k++ {
		if art.isWord(items, k, "sides", "parties") && art.isWord(items, k-1, "two", "both") {
			return true
		}
	}
	return false
}

// mainPair returns the article's home organisation and the top-level
// organisation or place it deals with most, or -1s.
func (art *exArticle) mainPair() (int, int) {
	r := art.r
	if art.home < 0 {
		return -1, -1
	}
	h := r.find(art.home)
	best, bc := -1, 0
	for i, e := range r.ents {
		if r.find(i) != i || i == h || (e.typ != quads.Organization && e.typ != quads.Place) || e.parent >= 0 || e.level == 'p' || art.related(h, i) {
			continue
		}
		if e.count > bc || (e.count == bc && best >= 0 && e.first < r.ents[best].first) {
			best, bc = i, e.count
		}
	}
	if best < 0 {
		return -1, -1
	}
	return h, best
}

// basesIn reads bases: who sets one up at whom.
func (art *exArticle) basesIn(si int) {
	items := art.items[si]
	establish := false
	for k := range items {
		if items[k].kind == xWord && exEstablishCues[items[k].low] {
			establish = true
		}
	}
	cue := -1
	for k := range items {
		it := &items[k]
		if it.kind == xBase || (it.kind == xWord && (it.low == "base" || it.low == "bases" || it.low == "workstation" || it.low == "workstations" || it.low == "station" || it.low == "stations")) {
			cue = k
			break
		}
		if establish && it.kind == xOrg && !it.inner {
			l := strings.ToLower(it.name)
			if strings.HasSuffix(l, "centre") || strings.HasSuffix(l, "center") || strings.Contains(l, "centre for") || strings.Contains(l, "center for") || strings.HasSuffix(l, " park") {
				cue = k
				break
			}
		}
	}
	if cue < 0 {
		return
	}
	// (a) a base "of A" whose name begins with a place: A hosts it there
	done := false
	for k := range items {
		it := &items[k]
		if it.kind != xBase || it.parent < 0 {
			continue
		}
		host := art.ref(items, it.parent)
		if host < 0 {
			continue
		}
		f := strings.Fields(it.name)
		if len(f) > 0 {
			if pl, ok := art.r.byKey[string(quads.Place)+"|"+exPlaceKey(f[0])]; ok {
				art.add(host, quads.HostsBaseAt, art.r.find(pl), "", si)
				done = true
			}
		}
	}
	if done {
		return
	}
	// (b) "the plaque of the 'X Base' [of A] at Y", "a … station in Y": Y is
	// where it is; A, or the one other party, or Y's partner hosts it
	if it := &items[cue]; it.kind == xBase || it.kind == xWord {
		m := cue + 1
		if it.kind == xBase {
			m = exSkipName(items, cue)
		}
		for m < len(items) && items[m].kind == xWord && (items[m].low == "\"" || items[m].low == "”" || items[m].low == "’" || items[m].low == "'" || items[m].low == ")") {
			m++
		}
		if art.isWord(items, m, "at", "in") {
			q := m + 1
			if art.isWord(items, q, "the") {
				q++
			}
			if q < len(items) && exIsParty(&items[q]) {
				if loc := art.ref(items, q); loc >= 0 {
					loc = art.r.find(loc)
					if host := art.baseHost(items, si, cue, loc); host >= 0 {
						art.add(host, quads.HostsBaseAt, loc, "", si)
						return
					}
				}
			}
		}
	}
	// (d) "selected … announced by A and B": the designators host the base
	if b := art.findWord(items, cue, "by"); b >= 0 {
		subj := art.partiesIn(items, si, 0, cue)
		des := art.listAfter(items, b+1)
		if len(subj) == 1 && len(des) > 0 {
			for _, d := range des {
				art.add(d, quads.HostsBaseAt, subj[0], "", si)
			}
			return
		}
	}
	// (e) "agreements with B to build the … base, C for …": L hosts at B
	if w := art.findWord(items, 0, "with"); w >= 0 && w < cue {
		v := art.findWord(items, 0, "sign", "signed", "signing", "co-signed")
		if v >= 0 && v < w {
			left := art.partiesIn(items, si, 0, v)
			for k := cue - 1; k > w; k-- {
				if art.isWord(items, k, ",", ";") {
					break
				}
				if exIsParty(&items[k]) && !items[k].inner {
					for _, l := range left {
						art.add(l, quads.HostsBaseAt, art.ref(items, k), "", si)
					}
					return
				}
			}
		}
	}
	// generic: the two parties of the sentence (signers standing for what
	// they lead; a centre named after one of them counts as that one)
	var parties []int
	for k := range items {
		it := &items[k]
		if k == cue && it.kind != xWord {
			if o := art.prefixOrg(it.name); o >= 0 {
				parties = append(parties, o)
			}
			continue
		}
		if it.kind == xPerson && it.ent >= 0 {
			parties = append(parties, art.leads[art.r.find(it.ent)]...)
			continue
		}
		if exIsParty(it) && !it.paren && it.kind != xBase {
			if e := art.ref(items, k); e >= 0 {
				parties = append(parties, art.r.find(e))
			}
		}
	}
	parties = exUniq(parties)
	if len(parties) > 2 {
		// "XTU's School of X and Y": the unit acts, not its parent
		var keep []int
		for _, p := range parties {
			parent := false
			for _, q := range parties {
				if q != p && art.related(p, q) && art.r.ents[q].parent >= 0 && art.r.find(art.r.ents[q].parent) == p {
					parent = true
				}
			}
			if !parent {
				keep = append(keep, p)
			}
		}
		parties = keep
	}
	if len(parties) > 2 {
		var keep []int
		for _, p := range parties {
			for _, q := range parties {
				if art.signs[[2]int{p, q}] {
					keep = append(keep, p)
					break
				}
			}
		}
		parties = keep
	}
	if len(parties) == 2 && !art.related(parties[0], parties[1]) {
		art.add(parties[0], quads.HostsBaseAt, parties[1], "", si)
	}
}

// baseHost returns who hosts the base at item cue located at loc: the
// organisation the base is "of", else the one other party the sentence
// names (or its signers lead), else the one party loc signed with.
func (art *exArticle) baseHost(items []exItem, si, cue int, loc int) int {
	r := art.r
	if it := &items[cue]; it.kind == xBase && it.parent >= 0 {
		if h := art.ref(items, it.parent); h >= 0 && r.find(h) != loc {
			return r.find(h)
		}
	}
	var others []int
	for _, p := range art.partiesIn(items, si, 0, len(items)) {
		if p != loc && !art.related(p, loc) {
			others = append(others, p)
		}
	}
	if len(others) == 0 {
		for _, p := range art.personOrgs(items, 0, len(items), false) {
			if r.find(p) != loc && !art.related(r.find(p), loc) {
				others = append(others, r.find(p))
			}
		}
	}
	others = exUniq(others)
	if len(others) == 1 {
		return others[0]
	}
	if len(others) > 1 {
		return -1
	}
	one := -1
	for pq := range art.signs {
		if pq[1] == loc && pq[0] != loc {
			if one >= 0 && one != pq[0] {
				return -1
			}
			one = pq[0]
		}
	}
	if one < 0 && art.home >= 0 && r.find(art.home) != loc {
		one = r.find(art.home)
	}
	return one
}

// prefixOrg returns the organisation whose name begins name ("Dijiang
// Group Intelligent Manufacture Innovation Center"), or -1.
func (art *exArticle) prefixOrg(name string) int {
	best, bl := -1, 0
	for i, e := range art.r.ents {
		if art.r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		for n := range e.names {
			if len(n) > bl && len(n) < len(name) && strings.HasPrefix(name, n+" ") {
				best, bl = i, len(n)
			}
		}
	}
	return best
}

// visitsIn reads visits: who went where.
func (art *exArticle) visitsIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xWord {
			continue
		}
		obj := -1 // first item of the objects
		switch {
		case it.low == "visiting" && art.isWord(items, k+1, "delegation", "team", "group"):
			// "received the visiting delegation led by P of O": O visited
			if b := art.findWord(items, k, "by"); b >= 0 && b <= k+4 {
				visitors := art.personOrgs(items, b+1, len(items), false)
				if len(visitors) == 0 {
					visitors = art.partiesIn(items, si, b+1, len(items))
				}
				hosts := art.personOrgs(items, 0, k, false)
				if len(hosts) == 0 {
					hosts = art.partiesIn(items, si, 0, k)
				}
				for _, v := range visitors {
					for _, h := range hosts {
						art.add(v, quads.Visited, h, "", si)
					}
				}
			}
			continue
		case exVisitCues[it.low]:
			obj = k + 1
		case (it.low == "went" || it.low == "came" || it.low == "go" || it.low == "travelled" || it.low == "traveled" || it.low == "trip" || it.low == "delegation" || it.low == "team") && art.isWord(items, k+1, "to"):
			obj = k + 2
			if art.isWord(items, obj, "visit") {
				obj++
			}
		case (it.low == "activities" || it.low == "research" || it.low == "investigation" || it.low == "inspection") && art.isWord(items, k+1, "at"):
			obj = k + 2
		default:
			continue
		}
		var objects []int
		q := obj
		if art.isWord(items, q, "the") {
			q++
		}
		if q < len(items) && items[q].kind == xWord && items[q].low == "our" {
			if art.home >= 0 {
				objects = []int{art.home}
			}
		} else if q < len(items) && exIsParty(&items[q]) {
			objects = art.listAfter(items, obj)
		}
		if len(objects) == 0 {
			continue
		}
		subj := art.personOrgs(items, 0, k, false)
		for _, s := range art.partiesIn(items, si, 0, k) {
			if art.r.ents[s].typ == quads.Organization {
				subj = append(subj, s)
			}
		}
		subj = exUniq(subj)
		if len(subj) == 0 {
			// "The delegation also visited …": the last visitors
			for q := 0; q < k; q++ {
				if art.isWord(items, q, "delegation", "team", "group") {
					subj = art.visitors
					break
				}
			}
		} else {
			art.visitors = subj
		}
		for _, s := range subj {
			for _, o := range objects {
				if art.r.find(o) != s && !art.related(s, art.r.find(o)) {
					art.add(s, quads.Visited, o, "", si)
				}
			}
		}
	}
}

// partsIn states part-of for sub-units whose parent this sentence names.
func (art *exArticle) partsIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xOrg || it.fold || it.ent < 0 {
			continue
		}
		e := art.r.ents[art.r.find(it.ent)]
		if e.parent < 0 {
			continue
		}
		if it.parent >= 0 || e.prefixParent || art.mentionsEnt(items, art.r.find(e.parent)) {
			art.add(it.ent, quads.PartOf, e.parent, "", si)
		}
	}
}

func (art *exArticle) mentionsEnt(items []exItem, e int) bool {
	for k := range items {
		if items[k].ent >= 0 && art.r.find(items[k].ent) == e {
			return true
		}
	}
	return false
}
