package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// member-of, issue 12 class 4: the ways the genre states a membership that
// the apposition rules of leads.go leave unread. A body's members listed
// after the body and a plural post ("X Society members including A, B";
// "CAE Members A, B"), a member of a body's organ that names no body,
// followed by a second post that does ("member of the Standing Committee
// and Secretary General of the Municipal Committee of X"), a representative
// of a body ("chief representative of X", "engineer-in-chief of X"), a post of an office no name
// gives ("director of teaching affairs, X"), and a member of an organ
// named after its body ("Honorary Chairman of X Governing Board" is of X).

// memberPostsIn reads the member posts of sentence si these rules cover;
// it runs after leadsIn, whose relations of the sentence it extends.
func (art *exArticle) memberPostsIn(si int) {
	items := art.items[si]
	for k := range items {
		if items[k].kind != xPerson || items[k].ent < 0 {
			continue
		}
		person := items[k].ent
		if o, post := art.bodyMembersListed(items, k); o >= 0 {
			art.bind(person, o, post, si)
		}
		for _, mp := range art.organMemberPosts(items, k) {
			art.addSeat(person, mp.org, mp.title, si)
		}
		if o, post := art.wordPostOf(items, k); o >= 0 {
			art.dropPartialLeads(person, o, post, si)
			art.add(person, quads.MemberOf, o, post, si)
		}
		if o, post := art.assistantPostOf(items, k); o >= 0 {
			art.add(person, quads.MemberOf, o, post, si)
		}
		if o, post := art.officePostOf(items, k); o >= 0 {
			art.dropPartialLeads(person, o, post, si)
			art.add(person, quads.MemberOf, o, post, si)
		}
		if o, post := art.honoraryMemberWorkplace(items, k); o >= 0 {
			art.add(person, quads.MemberOf, o, post, si)
		}
	}
	art.organBodyMembers(si)
}

// addSeat states that person holds a seat in the party organ of org that
// title names ("member of the Standing Committee"): where an apposition rule
// already read the bare "member", the post gets the organ's name, so that a
// leadership of org does not outrank it (validate.go exOutranked).
func (art *exArticle) addSeat(person, org int, title string, si int) {
	p, o := art.r.find(person), art.r.find(org)
	if art.seen[exRelKey{p, o, si, quads.MemberOf}] {
		for i := range art.rels {
			if rel := &art.rels[i]; rel.p == quads.MemberOf && rel.s == p && rel.o == o && rel.sent == si && !exPartyOrganSeat(rel.title) {
				rel.title = title
			}
		}
		return
	}
	art.add(person, quads.MemberOf, org, title, si)
}

// dropPartialLeads removes the leads of person at org that sentence si
// gave for a part of the member post post ("chief" of "chief
// representative", "director" of "director of teaching affairs"): the whole
// post is no leadership of org.
func (art *exArticle) dropPartialLeads(person, org int, post string, si int) {
	p, o := art.r.find(person), art.r.find(org)
	lpost := strings.ToLower(post)
	keep := art.rels[:0]
	dropped := false
	for _, rel := range art.rels {
		if rel.p == quads.Leads && rel.s == p && rel.o == o && rel.sent == si && rel.title != "" && strings.HasPrefix(lpost, strings.ToLower(rel.title)) {
			delete(art.seen, exRelKey{rel.s, rel.o, rel.sent, rel.p})
			dropped = true
			continue
		}
		keep = append(keep, rel)
	}
	art.rels = keep
	if !dropped {
		return
	}
	var still []int
	for _, e := range art.leads[p] {
		if e != o {
			still = append(still, e)
		}
	}
	art.leads[p] = still
}

// memberPost is a member's post and the body it is of.
type memberPost struct {
	org   int
	title string
}

// bodyMembersListed returns the body and the singular post of the name at k
// in "O members (including) A, B and C", "CAE Members A and B", "O
// academicians, namely A and B": a plural member post after its body,
// before the list it covers. The body is a mention, or a word that is the
// acronym of a body the article names ("CAE" where no mention took it).
func (art *exArticle) bodyMembersListed(items []exResolved, k int) (int, string) {
	j := k - 1
	for j >= 0 && (items[j].kind == xPerson || art.isWord(items, j, ",", "and") ||
		items[j].kind == xWord && items[j].in(exHonorifics) && j+1 < len(items) && items[j+1].kind == xPerson) {
		j--
		// a name in the list that no mention took ("A, Cong Bin, C"): its
		// capitalised words, set off by the list's commas
		if w := art.untakenNameStart(items, j); w < j {
			j = w
		}
	}
	if art.isWord(items, j, ":") {
		j--
	} else if art.isWord(items, j, "including", "namely") {
		j--
		if art.isWord(items, j, ",") {
			j--
		}
	} else if art.isWord(items, j, "as") && art.isWord(items, j-1, "such") {
		j -= 2
	}
	if j < 1 || j+1 >= len(items) || items[j].kind != xWord || !items[j].in(exListedMemberPlurals) {
		return -1, ""
	}
	if !(items[j+1].kind == xPerson || items[j+1].in(exHonorifics) || items[j+1].in(exListOpeners) || art.isWord(items, j+1, ",", ":")) {
		return -1, ""
	}
	post := exSingular(items[j].low)
	b := j - 1
	if art.isWord(items, j+1, ",") && exCoordinatedNamesBefore(items, b-1) {
		return -1, "" // "A and B, CAS academicians, and C": the post is A's and B's (leads_coordinated.go)
	}
	switch {
	case exIsParty(&items[b]) && items[b].kind == xOrg && !exGovernedBody(art, items, b) && !art.possessiveOfOther(items, b):
		return art.ref(items, b), post
	case items[b].kind == xWord:
		if e := art.acronymBody(art.text[items[b].s:items[b].e]); e >= 0 && !exGovernedBody(art, items, b) {
			return e, post
		}
	}
	return -1, ""
}

// untakenNameStart returns the index before two or three capitalised
// words ending at j that a comma follows and a comma or a list opener
// precedes (a name in a list that no mention took), or j. The last word
// may be a given name that is also an English function word after a
// surname ("…, Luo An, …": members6).
func (art *exArticle) untakenNameStart(items []exResolved, j int) int {
	if !art.isWord(items, j+1, ",") {
		return j
	}
	q := j
	for q >= 0 && q > j-3 && items[q].kind == xWord && exCapitalisedWord(art.text[items[q].s:items[q].e]) && !items[q].in(exHonorifics) &&
		(!items[q].in(exFunctionWords) || q == j && q > 0 && items[q-1].in(exSurnames) && exCapitalisedWord(art.text[items[q-1].s:items[q-1].e])) {
		q--
	}
	if q >= j-1 || !(art.isWord(items, q, ",") || q >= 0 && items[q].kind == xWord && items[q].in(exListOpeners)) {
		return j
	}
	return q
}

// exCapitalisedWord: a letter in capitals, then lower-case letters only.
func exCapitalisedWord(w string) bool {
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	for i := 1; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// possessiveOfOther: the body at b ends in 's and what it owns is named
// before the plural post ("X's Standing Committee members"): not read here.
func (art *exArticle) possessiveOfOther(items []exResolved, b int) bool {
	return art.possessive(items, b) && b+1 < len(items) && items[b+1].kind != xWord
}

// acronymBody returns the organisation the article names by the acronym w
// ("CAE" of the Chinese Academy of Engineering), or -1: a word in capitals
// that no mention took is the body it abbreviates.
func (art *exArticle) acronymBody(w string) int {
	if len(w) < 2 || strings.ToUpper(w) != w || strings.ToLower(w) == w || exNotOrgAcronyms.has(strings.ToLower(w)) || exGenericAcronyms.has(strings.ToLower(w)) {
		return -1
	}
	r := art.r
	found := -1
	for i, e := range r.ents {
		if r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		if _, ok := e.names[w]; ok {
			if found >= 0 && found != i {
				return -1 // two bodies share it: the text must say which
			}
			found = i
		}
	}
	return found
}

// organMemberPosts returns the bodies of the member posts in the
// apposition after the name at k that are posts in an organ no name grammar
// read as a body's ("a member of the Party Leadership Group", "member of
// the Standing Committee"): the organ's body is the one named right after
// it ("… Group of the X Department", "… Committee of the Party Committee"),
// or else that of the post joined to it by "and" ("member of the Standing
// Committee and Secretary General of the Municipal Committee of X": X).
func (art *exArticle) organMemberPosts(items []exResolved, k int) []memberPost {
	var out []memberPost
	if !art.isWord(items, k+1, ",", "(") {
		return nil
	}
	for j := k + 2; j < len(items); j++ {
		if items[j].kind == xPerson || art.isWord(items, j, ";", ")") {
			break
		}
		if items[j].kind != xTitle || j+1 < len(items) && items[j+1].kind == xPerson {
			continue
		}
		title := art.titleText(items, j)
		ws := strings.Fields(strings.ToLower(title))
		if len(ws) == 0 || ws[len(ws)-1] != "member" || exTitleRole(title) != roleMember {
			continue
		}
		m := j + 1
		if !art.isWord(items, m, "of") {
			continue
		}
		m++
		if art.isWord(items, m, "the") {
			m++
		}
		if art.postsRunToName(items, exSkipName(items, m)) {
			break // "…, and Member of the Standing Committee of X [and T of Y] Q": the next name's post (leads_seats.go)
		}
		if o := art.placeOrganSeat(items, m); o >= 0 {
			// "member of District Party Standing Committee": the organ
			// is the place's, at the level it names
			out = append(out, memberPost{org: o, title: art.text[items[j].s:items[m].e]})
			continue
		}
		if m >= len(items) || items[m].kind != xOrg || items[m].inner || !exGenericOrgan(items[m].name) {
			continue
		}
		if o := art.organOwnerAfter(items, k, m); o >= 0 {
			// the post names its organ: a seat in it stays beside a
			// leadership of the body (validate.go exOutranked)
			out = append(out, memberPost{org: o, title: art.text[items[j].s:items[m].e]})
		}
	}
	return out
}

// placeOrganSeat returns the place whose party organ the mention at m is
// when the organ names only the place's level ("District Party Standing
// Committee", "Municipal Party Leadership Group") and the article names one
// place of that level, else -1.
func (art *exArticle) placeOrganSeat(items []exResolved, m int) int {
	if m >= len(items) || items[m].kind != xPlace || items[m].ent >= 0 || items[m].level == 0 || items[m].inner {
		return -1
	}
	if !exPartyOrganSeat("member of " + art.text[items[m].s:items[m].e]) {
		return -1
	}
	return art.ref(items, m)
}

// exGenericOrgan: the name is an organ's that names no body ("Standing
// Committee", "Party Leadership Group"): every word an organ's.
func exGenericOrgan(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	if len(ws) == 0 || !exOrganNouns.has(ws[len(ws)-1]) && !exPartyBodyWords.has(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		if !exOrganNouns.has(w) && !exPartyBodyWords.has(w) {
			return false
		}
	}
	return true
}

// organOwnerAfter returns the body whose organ the generic organ at m is:
// the body its name took in or that follows it with only "of (the)"
// between ("the Standing Committee of the County Party Committee", "the
// Party Leadership Group of the X Department"); else the body of the post
// that "and" joins to the member post ("… and deputy director of the X
// Department"), at the top of its parents (a party organ is the whole
// body's); else, when the organ is of "the Party Committee" of no named
// body, the body named last before the person at k. -1 when none is named.
func (art *exArticle) organOwnerAfter(items []exResolved, k, m int) int {
	n := exSkipName(items, m)
	unnamed := false // the organ is of a party organ of no named body
	if n > m+1 {
		// the organ's name took its body in
		if o := art.ref(items, n-1); o >= 0 {
			return art.topOf(o)
		}
		unnamed = items[n-1].kind == xOrg && exGenericOrgan(items[n-1].name)
	} else if n < len(items) && (items[n].kind == xOrg || items[n].kind == xPlace) && !items[n].inner && exOnlyOfBetween(art.text[items[m].e:items[n].s]) {
		if o := art.ref(items, n); o >= 0 {
			return art.topOf(o)
		}
		unnamed = items[n].kind == xOrg && exGenericOrgan(items[n].name)
		n = exSkipName(items, n)
	}
	if o := art.joinedPostBody(items, n); o >= 0 {
		return o
	}
	if unnamed {
		return art.bodyNamedBefore(items, k)
	}
	return -1
}

// joinedPostBody returns the top-level body of "and T of [the] O" at n, or
// -1 (also when O is a unit whose body the text does not say: "… and
// Director of the General Office").
func (art *exArticle) joinedPostBody(items []exResolved, n int) int {
	if !art.isWord(items, n, "and") || n+1 >= len(items) || items[n+1].kind != xTitle {
		return -1
	}
	q := n + 2
	if !art.isWord(items, q, "of") {
		return -1
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	q = art.lowerUnitOfBody(items, q)
	if q >= len(items) || !(items[q].kind == xOrg || items[q].kind == xPlace) || items[q].inner {
		return -1
	}
	o := art.ref(items, q)
	if o < 0 {
		return -1
	}
	o = art.topOf(o)
	if !art.namedBody(o) {
		return -1
	}
	return o
}

// lowerUnitOfBody returns the index of the body after "u of [the]" at q, u
// one to three lower-case words that name a unit no mention took ("the
// organization of X Municipal Party Committee", "the general office of
// X"), or q: a post of the unit is one at the body's.
func (art *exArticle) lowerUnitOfBody(items []exResolved, q int) int {
	e := q
	for e < len(items) && e < q+3 && items[e].kind == xWord && items[e].low != "" &&
		items[e].low[0] >= 'a' && items[e].low[0] <= 'z' && !exFunctionWords.has(items[e].low) &&
		art.text[items[e].s] >= 'a' && art.text[items[e].s] <= 'z' {
		e++
	}
	if e == q || !art.isWord(items, e, "of") {
		return q
	}
	e++
	if art.isWord(items, e, "the") {
		e++
	}
	return e
}

// namedBody: the entity is a place or an organisation that is no unit
// of a body the text leaves unsaid ("General Office", "Organization
// Department").
func (art *exArticle) namedBody(o int) bool {
	e := art.r.ents[art.r.find(o)]
	if e.typ != quads.Organization {
		return true
	}
	if exGenericName(e.names) {
		return false
	}
	for n := range e.names {
		ws := strings.Fields(strings.ToLower(n))
		if len(ws) > 0 && exAdminUnitHeads.has(ws[len(ws)-1]) {
			return false
		}
	}
	return true
}

// bodyNamedBefore returns the top-level body of the organisation named
// last before k in the sentence, or -1.
func (art *exArticle) bodyNamedBefore(items []exResolved, k int) int {
	for b := k - 1; b >= 0; b-- {
		if items[b].kind != xOrg && !(items[b].kind == xHome && items[b].back) || items[b].inner {
			continue
		}
		o := art.ref(items, b)
		if o < 0 {
			continue
		}
		o = art.topOf(o)
		if art.r.ents[art.r.find(o)].typ == quads.Organization && art.namedBody(o) {
			return o
		}
	}
	return -1
}

// exOnlyOfBetween: the text between two mentions is "of" or "of the".
func exOnlyOfBetween(s string) bool {
	ws := strings.Fields(strings.ToLower(s))
	return len(ws) >= 1 && len(ws) <= 2 && ws[0] == "of" && (len(ws) == 1 || ws[1] == "the")
}

// wordPostOf returns the body of "P, [the] [chief|regional …]
// representative of/at O" or "P, engineer-in-chief of O" after the name at
// k, and the post: a post written as a word no title took (a body's
// representative, a member core "in chief") that is no leadership of the
// body. Its modifiers may be titles, places or words ("Zhejiang Regional
// Representative", "Beijing representative").
func (art *exArticle) wordPostOf(items []exResolved, k int) (int, string) {
	if !art.isWord(items, k+1, ",") {
		return -1, ""
	}
	j := k + 2
	if art.isWord(items, j, "a", "an", "the") {
		j++
	}
	start := j
	isPost := func(q int) bool { return q < len(items) && items[q].kind == xWord && exWordMemberPost(items[q].low) }
	for j < len(items) && j < start+4 && !isPost(j) && (items[j].kind == xTitle || items[j].kind == xPlace && !items[j].inner ||
		items[j].kind == xWord && !items[j].in(exFunctionWords) && items[j].low != ",") {
		j++
	}
	if !isPost(j) {
		return -1, ""
	}
	post := strings.TrimSpace(art.text[items[start].s:items[j].e])
	q := j + 1
	if !art.isWord(items, q, "of", "at") {
		return -1, ""
	}
	if o := art.postBodyAt(items, q+1); o >= 0 {
		return o, post
	}
	return -1, ""
}

// postBodyAt returns the body named at q, after an optional "the", that a
// post's "of", "at" or comma leads to ("… of the X Museum"), or -1. Unlike
// memberBodyAt (members.go) it takes no back-reference: these posts name
// their body.
func (art *exArticle) postBodyAt(items []exResolved, q int) int {
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || items[q].kind != xOrg || items[q].inner {
		return -1
	}
	return art.ref(items, q)
}

// exWordMemberPost: the word is a member's post no title took: a body's
// representative, or a member core "in chief" ("engineer-in-chief").
func exWordMemberPost(w string) bool {
	if exRepresentativePosts.has(w) {
		return true
	}
	core, ok := strings.CutSuffix(w, "-in-chief")
	return ok && exMemberCores.has(core)
}

// officePostOf returns the body of "P, director of teaching affairs, O" or
// "P, director of teaching affairs of O" after the name at k: a post of an
// office the text names only in lower case, never as a unit, is a post at
// the body the office is of, and no leadership of that body.
func (art *exArticle) officePostOf(items []exResolved, k int) (int, string) {
	if !art.isWord(items, k+1, ",") || k+2 >= len(items) || items[k+2].kind != xTitle {
		return -1, ""
	}
	title := art.titleText(items, k+2)
	q := k + 3
	if _, office, ok := strings.Cut(title, " of "); ok {
		// the title took the office in: "director of teaching affairs"
		if !exLowerOffice(office) {
			return -1, ""
		}
	} else {
		// the office's words after the title: "director of student affairs"
		if !art.isWord(items, q, "of") {
			return -1, ""
		}
		e := q + 1
		for e < len(items) && e < q+4 && items[e].kind == xWord && !art.isWord(items, e, "of", "at", ",") {
			e++
		}
		if e == q+1 || !exLowerOffice(strings.ToLower(art.text[items[q+1].s:items[e-1].e])) || art.text[items[q+1].s] < 'a' || art.text[items[q+1].s] > 'z' {
			return -1, ""
		}
		title = art.text[items[k+2].s:items[e-1].e]
		q = e
	}
	if !art.isWord(items, q, ",", "of", "at") {
		return -1, ""
	}
	if o := art.postBodyAt(items, q+1); o >= 0 {
		return o, title
	}
	return -1, ""
}

// exLowerOffice: the words name an office in lower case ("teaching
// affairs", "student affairs", "international cooperation"), ending in a
// word that names an office's business.
func exLowerOffice(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 || !exOfficeBusinessWords.has(ws[len(ws)-1]) {
		return false
	}
	for _, w := range ws {
		if w != strings.ToLower(w) || exFunctionWords.has(w) {
			return false
		}
	}
	return true
}

// organBodyMembers adds, for every member-of of sentence si whose object
// is an organ named after its body ("CAE Governing Board", "Fenglin
// University Academic Committee"), the membership of that body: a member
// of a body's organ is a member of the body.
func (art *exArticle) organBodyMembers(si int) {
	r := art.r
	n := len(art.rels)
	for i := 0; i < n; i++ {
		rel := art.rels[i]
		if rel.sent != si || rel.p != quads.MemberOf {
			continue
		}
		o := r.find(rel.o)
		if r.ents[o].typ != quads.Organization {
			continue
		}
		if b := art.organNamedBody(o); b >= 0 {
			art.add(rel.s, quads.MemberOf, b, rel.title, si)
		}
	}
}

// organNamedBody returns the body whose name (or acronym) the name of the
// organ e begins with, the rest organ words ("CAE Governing Board": CAE),
// or -1.
func (art *exArticle) organNamedBody(e int) int {
	r := art.r
	for name := range r.ents[e].names {
		ws := strings.Fields(name)
		if len(ws) < 2 || !exOrganNouns.has(strings.ToLower(ws[len(ws)-1])) {
			continue
		}
		for cut := len(ws) - 1; cut >= 1; cut-- {
			w := strings.ToLower(ws[cut])
			if !exOrganNouns.has(w) && !exPartyBodyWords.has(w) && !exOrganModifierWords.has(w) {
				break
			}
			prefix := strings.Join(ws[:cut], " ")
			for i, b := range r.ents {
				if r.find(i) != i || i == e || b.typ != quads.Organization {
					continue
				}
				if _, ok := b.names[prefix]; ok {
					return i
				}
			}
		}
	}
	return -1
}

// assistantPostOf returns the body of "P, (the) assistant to the president
// of O" after the name at k, and the post (members6): an assistant to a
// body's leader holds a post at the body, no leadership of it.
func (art *exArticle) assistantPostOf(items []exResolved, k int) (int, string) {
	if !art.isWord(items, k+1, ",") {
		return -1, ""
	}
	j := k + 2
	if art.isWord(items, j, "a", "an", "the") {
		j++
	}
	if j >= len(items) || items[j].kind != xWord || !items[j].in(exAssistantPosts) || !art.isWord(items, j+1, "to") {
		return -1, ""
	}
	q := j + 2
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || items[q].kind != xTitle || exTitleRole(art.titleText(items, q)) != roleLeads || !art.isWord(items, q+1, "of", "at") {
		return -1, ""
	}
	if o := art.postBodyAt(items, q+2); o >= 0 {
		return o, art.text[items[j].s:items[q].e]
	}
	return -1, ""
}

// exEngineerFieldAt reports whether toks[k] is a lower-case field of
// engineering right before an engineer's post ("logistics engineer",
// "software engineers"): the field is part of the post, as "chief" is. A
// capitalised field stays a name's word ("Tongda Logistics Engineer …" is
// read by the name rules).
func exEngineerFieldAt(toks []exTok, k int) bool {
	t := &toks[k]
	return !t.cap && !t.poss && t.in(exEngineerFields) && k+1 < len(toks) && toks[k+1].in(exEngineerPosts)
}

// exNamedOrganOfBody: the organ's name says the work it does for its body
// ("Academic Committee", "Expert Council", "Advisory Board",
// exOrganModifierWords), so the organ is a body of its own a seat is in;
// a party organ ("Standing Committee") is not: its seat is the body's.
func exNamedOrganOfBody(name string) bool {
	ws := strings.Fields(strings.ToLower(name))
	return len(ws) == 2 && exOrganModifierWords.has(ws[0]) && exOrganNouns.has(ws[1])
}

// exHonoraryMembershipBefore reports whether the name at toks[i] follows
// an elected membership's post and "of (the)" ("an academician of the X
// Academy …"): an "at Y" after the name says where the member works, not
// whose unit the body is.
func exHonoraryMembershipBefore(toks []exTok, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].low == "the" {
		k--
	}
	return k >= 1 && toks[k].low == "of" && toks[k-1].in(exHonoraryMemberPosts)
}

// honoraryMemberWorkplace returns the body an elected member at k works at
// when the apposition says so after the learned body ("P, an academician
// of the X Academy of Sciences at Y University"): the member is on Y's
// staff as well (SCHEMA.md: member-of), with the post that names the
// membership. -1 when the apposition has no "at" body.
func (art *exArticle) honoraryMemberWorkplace(items []exResolved, k int) (int, string) {
	j := k + 1
	if !art.isWord(items, j, ",") {
		return -1, ""
	}
	j++
	if art.isWord(items, j, "a", "an") {
		j++
	}
	if j >= len(items) || items[j].kind != xTitle {
		return -1, ""
	}
	post := art.titleText(items, j)
	ws := strings.Fields(strings.ToLower(post))
	if len(ws) == 0 || !exHonoraryMemberPosts.has(ws[len(ws)-1]) {
		return -1, ""
	}
	m := j + 1
	if !art.isWord(items, m, "of") {
		return -1, ""
	}
	m++
	if art.isWord(items, m, "the") {
		m++
	}
	if m >= len(items) || items[m].kind != xOrg {
		return -1, ""
	}
	n := exSkipName(items, m)
	if !art.isWord(items, n, "at") {
		return -1, ""
	}
	n++
	if art.isWord(items, n, "the") {
		n++
	}
	if n >= len(items) || items[n].kind != xOrg {
		return -1, ""
	}
	return art.ref(items, n), post
}

// groupLeaderMember states that the person at items[m:], named after a
// staff post ("experts from X, led by Chief Physician P"), is a member of
// org, the body the group led comes from: leading the group is no post of
// org, the staff post is. A leader's post ("led by Vice President P") is
// read by the title rules.
func (art *exArticle) groupLeaderMember(items []exResolved, org, m int, si int) {
	if org < 0 || m >= len(items) || items[m].kind != xTitle {
		return
	}
	title := art.titleText(items, m)
	if m+1 >= len(items) || items[m+1].kind != xPerson || exTitleRole(title) != roleMember {
		return
	}
	art.add(items[m+1].ent, quads.MemberOf, org, title, si)
	if art.verbalPost == nil {
		art.verbalPost = map[int]int{}
	}
	art.verbalPost[items[m+1].ent] = si + 1
}
