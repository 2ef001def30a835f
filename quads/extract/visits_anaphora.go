package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// visited (rvisit): who a later "the delegation", "the deputy mayors" or
// "the university delegations" stands for.

// ledDelegationVisitors returns who went when the delegation noun at k is
// led to an occasion rather than a body — "P, rector of X, led a
// five-member delegation to the signing": P and X are the visitors a later
// "The delegation also visited Z" means, though "the signing" is no
// object. A delegation only hoped for or planned gives none.
func (art *exArticle) ledDelegationVisitors(items []exResolved, k int) []int {
	if !items[k].in(exDelegationNouns) || art.goTo(items, k) < 0 || art.visitUnrealised(items, k) {
		return nil
	}
	verb := -1
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		if items[q].kind != xWord {
			break
		}
		if items[q].in(exGoNounVerbs) {
			verb = q
			break
		}
	}
	if verb < 0 {
		return nil
	}
	return art.visitingPersons(items, art.relativeSubjectFrom(items, verb), verb)
}

// postVisitors returns who a post standing as the subject of the visit
// verb at k means — "the deputy mayors and their party visited Z", "the two
// presidents toured Z", "The president also toured Z": for a plural, the
// persons the article named with that post, those among the last visitors
// when there are any (the hosts may hold it too); for a singular, the one
// of the last visitors who holds it (a host holds posts as often). A post
// naming the persons that follow ("deputy mayors A and B visited") is read
// with its names, not here.
func (art *exArticle) postVisitors(items []exResolved, from, k int) []int {
	post, plural := "", false
	for q := from; q < k; q++ {
		if items[q].kind != xTitle || !art.isWord(items, q-1, "the") && !(exIsNumberWord(items, q-1) && art.isWord(items, q-2, "the")) {
			continue
		}
		if q+1 < len(items) && items[q+1].kind == xPerson {
			continue
		}
		t := strings.ToLower(art.titleText(items, q))
		post, plural = exSingularPost(t), exSingularPost(t) != t
	}
	if post == "" {
		return nil
	}
	var holders []int
	for _, r := range art.rels {
		if (r.p == quads.Leads || r.p == quads.MemberOf) && exSingularPost(strings.ToLower(r.title)) == post {
			holders = append(holders, art.r.find(r.s))
		}
	}
	holders = exUniq(holders)
	visiting := map[int]bool{}
	for _, v := range art.visitors {
		visiting[art.r.find(v)] = true
	}
	var among []int
	for _, p := range holders {
		if visiting[p] {
			among = append(among, p)
		}
	}
	switch {
	case len(among) > 0 && (plural || len(among) == 1):
		holders = among
	case !plural:
		return nil
	}
	var out []int
	for _, p := range holders {
		out = append(out, art.personVisitors(p)...)
	}
	return exUniq(out)
}

// countedVisitors returns the last visitors when the subject of the visit
// verb at k is a bare count of them — "The two then toured Z", "Both also
// visited Z" — or nil. ("The two sides" names the parties of an agreement.)
func (art *exArticle) countedVisitors(items []exResolved, from, k int) []int {
	q := k - 1
	for q >= from && items[q].kind == xWord && items[q].in(exVisitAdverbs) {
		q--
	}
	if q < from || !exIsNumberWord(items, q) {
		return nil
	}
	if items[q].low != "both" && !art.isWord(items, q-1, "the") {
		return nil
	}
	return art.visitors
}

// exSingularPost returns a post's singular, by its last word: "deputy
// mayors" is "deputy mayor", "vice secretaries" "vice secretary".
func exSingularPost(t string) string {
	ws := strings.Fields(t)
	if len(ws) == 0 {
		return t
	}
	w := ws[len(ws)-1]
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 3:
		w = w[:len(w)-1]
	}
	ws[len(ws)-1] = w
	return strings.Join(ws, " ")
}

// exIsNumberWord: item q is a small number word ("the two presidents").
func exIsNumberWord(items []exResolved, q int) bool {
	return q >= 0 && q < len(items) && items[q].kind == xWord && items[q].in(exSmallNumbers)
}

// pluralDelegationVisitors returns the bodies a back-reference before a
// plural delegation noun at the subject of the visit verb at k means —
// "the university delegations visited Z": every body of the article with
// that head noun, none of the visit's objects — or nil. ("The university
// delegation", singular, is the one university the reference names.)
func (art *exArticle) pluralDelegationVisitors(items []exResolved, from, k int, objects []int) []int {
	noun, count := "", 0
	for q := from; q+1 < k; q++ {
		if items[q].kind == xHome && items[q].back && items[q+1].kind == xWord && items[q+1].in(exPluralDelegationNouns) {
			noun = items[q].name
		}
		if n, c := art.countedBodiesOf(items, q, k); n != "" {
			noun, count = n, c // "the delegations of the two universities" (synth13)
		}
	}
	if noun == "" {
		return nil
	}
	visited := map[int]bool{}
	for _, o := range objects {
		visited[art.r.find(o)] = true
	}
	var out []int
	for i, e := range art.r.ents {
		if art.r.find(i) != i || e.typ != quads.Organization || e.parent >= 0 || visited[i] || !art.orgHeads(i)[noun] {
			continue
		}
		out = append(out, i)
	}
	if len(out) < 2 || count > 0 && len(out) != count {
		return nil // one body: the singular reading serves; a count the bodies do not match
	}
	return out
}

// countedBodiesOf reads a plural delegation noun at q, "of" or "from", and
// a count of bodies of one kind before k ("the delegations of the two
// universities", "delegations from both universities"), and returns the
// head noun of that kind and the count; "" when the words are not there.
func (art *exArticle) countedBodiesOf(items []exResolved, q, k int) (string, int) {
	if items[q].kind != xWord || !items[q].in(exPluralDelegationNouns) || !art.isWord(items, q+1, "of", "from") {
		return "", 0
	}
	m := q + 2
	if art.isWord(items, m, "the") {
		m++
	}
	if m+1 >= k || !exIsNumberWord(items, m) || items[m+1].kind != xWord {
		return "", 0
	}
	noun := exSingular(items[m+1].low)
	if noun == items[m+1].low || !exOrgHeads.has(noun) {
		return "", 0
	}
	return noun, exCountWords[items[m].low]
}

// levelBodyAt returns the body a visit's object "the county hospital", "the
// city museum" means at the folded place k ("the county") and the head noun
// after it: the one organisation of the article with that head whose name
// names a place of that level ("Baishui County People's Hospital"), or -1
// when there is none or more than one.
func (art *exArticle) levelBodyAt(items []exResolved, k int) int {
	it := &items[k]
	if it.kind != xPlace || !it.fold || it.ent >= 0 || k+1 >= len(items) || items[k+1].kind != xWord || !items[k+1].in(exOrgHeads) {
		return -1
	}
	level := strings.ToLower(strings.TrimPrefix(strings.ToLower(art.text[it.s:it.e]), "the "))
	if _, ok := exBackPlaceNouns[level]; !ok {
		return -1
	}
	head := items[k+1].low
	found := -1
	for i, e := range art.r.ents {
		if art.r.find(i) != i || e.typ != quads.Organization || !art.orgHeads(i)[head] {
			continue
		}
		named := false
		for n := range e.names {
			for _, w := range strings.Fields(strings.ToLower(n)) {
				if w == level {
					named = true
				}
			}
		}
		if !named {
			continue
		}
		if found >= 0 {
			return -1 // two such bodies: the text must say which
		}
		found = i
	}
	return found
}

// signedAtHostIn reads a signing held at one signer's premises — "A and B
// signed the agreement at the company's headquarters", "… at B's campus",
// "… at B" —: the other signers came to B, and are the visitors a later
// "The delegation also visited Z" means. No visit is stated for them here
// (the reference annotation has it at most as optional).
func (art *exArticle) signedAtHostIn(si int) {
	items := art.items[si]
	sign := -1
	for k := range items {
		if items[k].kind == xWord && items[k].in(exSignCues) {
			sign = k
			break
		}
	}
	if sign < 1 {
		return
	}
	host := -1
	for q := sign + 1; q+1 < len(items) && host < 0; q++ {
		if art.isWord(items, q, ";") {
			return
		}
		if !art.isWord(items, q, "at") {
			continue
		}
		v := q + 1
		if art.isWord(items, v, "the") {
			v++
		}
		switch {
		case v < len(items) && exIsParty(&items[v]) && items[v].kind != xPlace && items[v].ent >= 0:
			host = art.r.find(items[v].ent)
		case v < len(items) && items[v].kind == xHome && items[v].back && exEnterpriseBackNouns.has(items[v].name):
			host = art.enterpriseSigner(items, si, sign) // "at the company's headquarters"
		}
	}
	if host < 0 {
		return
	}
	var signers []int
	hostSigned := false
	for _, e := range art.partiesIn(items, si, 0, sign) {
		switch {
		case art.r.find(e) == host:
			hostSigned = true
		case art.r.ents[e].typ == quads.Organization && !art.related(art.r.find(e), host):
			signers = append(signers, e)
		}
	}
	if hostSigned && len(signers) > 0 {
		art.visitors = signers
	}
}

// enterpriseSigner returns the one signer named before the sign verb at
// sign that is no school or university — the body "the company" means when
// no name of the article has that head ("Ganzhou Polytechnic and Ruitong
// signed … at the company's headquarters") — or -1.
func (art *exArticle) enterpriseSigner(items []exResolved, si, sign int) int {
	found := -1
	for _, e := range art.partiesIn(items, si, 0, sign) {
		if art.r.ents[e].typ != quads.Organization || art.isEducational(e) {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = art.r.find(e)
	}
	return found
}

// shortNameBodyAt returns the body that a run of capitalised words at k
// names without its corporate suffix — "visited Hexin Special Alloy's
// rolling mill" for "Hexin Special Alloy Co., Ltd." — and the index after
// the run; -1 and k when the run is no such name. At least two words must
// match, and the rest of the full name must be only suffixes.
func (art *exArticle) shortNameBodyAt(items []exResolved, k int) (int, int) {
	var run []string
	end := k
	for end < len(items) && end < k+5 && items[end].kind == xWord && items[end].s < len(art.text) &&
		art.text[items[end].s] >= 'A' && art.text[items[end].s] <= 'Z' {
		run = append(run, items[end].low)
		end++
		if art.possessive(items, end-1) {
			break
		}
	}
	if len(run) < 2 {
		return -1, k
	}
	found := -1
	for i, e := range art.r.ents {
		if art.r.find(i) != i || e.typ != quads.Organization {
			continue
		}
		for n := range e.names {
			if exSuffixedName(n, run) {
				if found >= 0 && found != i {
					return -1, k // two bodies share the short name
				}
				found = i
			}
		}
	}
	if found < 0 {
		return -1, k
	}
	return found, end
}

// exSuffixedName: name is the words of run followed by corporate suffixes
// only ("Hexin Special Alloy Co., Ltd." for "hexin special alloy").
func exSuffixedName(name string, run []string) bool {
	ws := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", ".", " ").Replace(name)))
	if len(ws) <= len(run) {
		return false
	}
	for i, w := range run {
		if ws[i] != w {
			return false
		}
	}
	for _, w := range ws[len(run):] {
		if !exCorporateSuffixes.has(w) {
			return false
		}
	}
	return true
}
