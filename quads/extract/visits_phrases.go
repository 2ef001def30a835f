package extract

import (
	"strings"

	"github.com/coopgraph/coopgraph/quads"
)

// visited, the phrase forms: a visit named as a noun with its visitors
// ("the visit of P to Z", "received a visit from P"), a going verb whose
// delegation is qualified ("led a team of experts to Z"), a visit by a
// pronoun ("He also visited Z") and the leaders of a received delegation.

// visitOfTo returns the "to" of "visit of V to Z" for the visit noun at k,
// or -1: V is a short run of names, posts and their bodies, with no verb
// or clause between.
func (art *exArticle) visitOfTo(items []exResolved, k int) int {
	if !art.isWord(items, k+1, "of") {
		return -1
	}
	named := false
	for q := k + 2; q < len(items) && q < k+24; q++ {
		it := &items[q]
		switch {
		case it.kind == xPerson || exIsParty(it):
			named = true
		case it.kind == xTitle || it.inner:
		case art.isWord(items, q, "to"):
			if named && q+1 < len(items) {
				return q
			}
			return -1
		case it.kind == xWord && (it.in(exVisitListWords) || it.in(exDelegationNouns) || it.in(exHonorifics)):
		default:
			return -1
		}
	}
	return -1
}

// namedVisitors returns who visits when items [from,to) name the visitors:
// each person and the body they lead, the bodies named, and the body of a
// delegation among them ("a Qiantang University delegation").
func (art *exArticle) namedVisitors(items []exResolved, si, from, to int) []int {
	out := art.visitingPersons(items, from, to)
	for _, e := range art.agentPartiesIn(items, si, from, to) {
		if art.r.ents[e].typ == quads.Organization && !art.ledByNamed(items, from, to, e) {
			out = append(out, e)
		}
	}
	return exUniq(append(out, art.delegationFrom(items, from, to)...))
}

// ledByNamed: e is a body only as the post of a person named in items
// [from,to) ("P, president of O"); visitingPersons has it already.
func (art *exArticle) ledByNamed(items []exResolved, from, to, e int) bool {
	for k := from; k < to && k < len(items); k++ {
		if items[k].kind == xPerson && items[k].ent >= 0 && art.leadsBody(items[k].ent, e) {
			return true
		}
	}
	return false
}

// addVisits states that every visitor visited every host, none itself nor
// a body it leads, and keeps the visitors for a later "the delegation".
func (art *exArticle) addVisits(items []exResolved, si int, visitors, hosts []int) {
	for _, v := range visitors {
		for _, h := range hosts {
			if art.r.find(v) != art.r.find(h) && !art.related(art.r.find(v), art.r.find(h)) && !art.leadsBody(v, h) {
				art.add(v, quads.Visited, h, "", si)
			}
		}
	}
	if len(visitors) > 0 && len(hosts) > 0 {
		art.visitors = visitors
	}
}

// goTo returns the "to" after the going word at k ("went to", "led a
// delegation to", "led a team of 12 experts to", "a delegation of the X
// Group to"), or -1. The words between are a short qualifier of the
// delegation with no verb, clause or comma.
func (art *exArticle) goTo(items []exResolved, k int) int {
	if art.isWord(items, k+1, "to") {
		return k + 1
	}
	if !items[k].in(exDelegationNouns) || !art.isWord(items, k+1, "of", "from") {
		return -1
	}
	for q := k + 2; q < len(items) && q < k+10; q++ {
		it := &items[q]
		if art.isWord(items, q, "to") {
			if q > k+2 {
				return q
			}
			return -1
		}
		if it.kind == xWord && !exDelegationQualifier(it.low) {
			return -1
		}
		if it.kind == xPerson || it.kind == xTitle {
			return -1
		}
	}
	return -1
}

// exDelegationQualifier: a word that can qualify a delegation noun before
// its destination ("of 12 experts", "of the municipal government"): a
// lower-case word that is no verb form and no clause or list mark, or a
// number.
func exDelegationQualifier(w string) bool {
	if w == "" || exVisitQualifierStops.has(w) || exModalCues.has(w) || exVisitCues.has(w) {
		return false
	}
	if w[0] >= '0' && w[0] <= '9' {
		return true
	}
	if !(w[0] >= 'a' && w[0] <= 'z') {
		return false
	}
	n := len(w)
	return !(n > 3 && w[n-2:] == "ed") && !(n > 4 && w[n-3:] == "ing")
}

// delegationLeaders returns the persons who lead the delegation noun at k
// ("a delegation from X led by Mayor P"): they visited, with the bodies
// they lead.
func (art *exArticle) delegationLeaders(items []exResolved, k int) []int {
	for q := k + 1; q < len(items) && q < k+12; q++ {
		if art.isWord(items, q, "led", "headed") && art.isWord(items, q+1, "by") {
			return art.visitingPersons(items, q+2, art.appositionEnd(items, q+2))
		}
		if art.isWord(items, q, ",", ";", ".") || items[q].kind == xWord && items[q].in(exReceptionCues) {
			return nil
		}
	}
	return nil
}

// pronounSubject: the visit verb at k has a personal pronoun for subject
// ("He also visited Z", "she then went to Z").
func (art *exArticle) pronounSubject(items []exResolved, k int) bool {
	q := k - 1
	if k >= 3 && items[k].in(exGoCues) && art.isWord(items, k-1, "a", "an", "his", "her", "the") && items[k-2].kind == xWord && items[k-2].in(exGoNounVerbs) {
		q = k - 3 // (xvisited2) "He then led a team to X": the pronoun before the verb
	}
	if art.paidVisitAt(items, k) {
		// (r13-visits) "He also paid a (working) visit to X": the pronoun
		// before the verb of paying
		q = k - 3
		if !art.isWord(items, k-1, "a", "an") {
			q = k - 4
		}
	}
	for q >= 0 && items[q].kind == xWord && items[q].in(exVisitAdverbs) {
		q--
	}
	return q >= 0 && items[q].kind == xWord && items[q].in(exPersonPronouns) && (q == 0 || art.isWord(items, q-1, ",", "and"))
}

// pronounVisitors returns who a personal pronoun before a visit in
// sentence si stands for: the last visitors when one person was among
// them, else the last person named before, with the body they lead.
func (art *exArticle) pronounVisitors(si int) []int {
	persons := 0
	for _, v := range art.visitors {
		if art.r.ents[art.r.find(v)].typ == quads.Person {
			persons++
		}
	}
	if persons == 1 {
		return art.visitors
	}
	for s := si - 1; s >= 0 && s >= si-2; s-- {
		items := art.items[s]
		for k := len(items) - 1; k >= 0; k-- {
			if items[k].kind == xPerson && items[k].ent >= 0 {
				return art.visitingPersons(items, k, k+1)
			}
		}
	}
	return nil
}

// visitorsEnd returns where the visitors named from item q on end ("a
// delegation from O led by P, T of O2,"): past names, posts, bodies and
// the words of a delegation, up to the first other word.
func (art *exArticle) visitorsEnd(items []exResolved, q int) int {
	for q < len(items) {
		it := &items[q]
		if it.kind == xPerson || it.kind == xTitle || exIsParty(it) || it.inner {
			q++
			continue
		}
		if it.kind == xWord && (it.in(exVisitListWords) || it.in(exDelegationNouns) || it.in(exHonorifics) ||
			it.in(exDelegationWords) || it.low != "" && it.low[0] >= '0' && it.low[0] <= '9') {
			q++
			continue
		}
		break
	}
	return q
}

// withoutCompanions drops from subj who a phrase in items [from,to) names
// as no visitor: "accompanied by …" (the hosts who went along:
// "Accompanied by Ma Lin, vice mayor of Beihai, the delegation went to
// Z"), "at the invitation of …", "with the support of …" (who invited or
// helped). One the clause names elsewhere stays.
func (art *exArticle) withoutCompanions(items []exResolved, si, from, to int, subj []int) []int {
	for b := from; b+1 < to && b+1 < len(items); b++ {
		if items[b].kind != xWord {
			continue
		}
		if !(items[b].in(exCompanionCues) && art.isWord(items, b+1, "by")) && !(items[b].in(exNonAgentNouns) && art.isWord(items, b+1, "of")) {
			continue
		}
		end := min(art.phraseEnd(items, b+2), to)
		end = art.beforeDelegationNoun(items, b+2, end) // xvisited2: visits_site.go
		drop := map[int]bool{}
		for _, e := range art.visitingPersons(items, b+2, end) {
			drop[art.r.find(e)] = true
		}
		for _, e := range art.partiesIn(items, si, b+2, end) {
			drop[art.r.find(e)] = true
		}
		for _, e := range append(art.visitingPersons(items, from, b), art.partiesIn(items, si, from, b)...) {
			delete(drop, art.r.find(e)) // named outside the phrase too
		}
		for _, e := range append(art.visitingPersons(items, end, to), art.partiesIn(items, si, end, to)...) {
			delete(drop, art.r.find(e))
		}
		var keep []int
		for _, e := range subj {
			if !drop[art.r.find(e)] {
				keep = append(keep, e)
			}
		}
		subj = keep
	}
	return subj
}

// phraseEnd returns where the persons and bodies a phrase names from q on
// end: past names joined by "and", their posts and bodies, up to the comma
// before another person (the clause's own subject: "At the invitation of
// P, president of O, Q visited Z").
func (art *exArticle) phraseEnd(items []exResolved, q int) int {
	seen := false
	for k := q; k < len(items); k++ {
		it := &items[k]
		switch {
		case it.kind == xPerson:
			if seen && art.isWord(items, k-1, ",") {
				return k - 1
			}
			seen = true
		case it.kind == xTitle || exIsParty(it) || it.inner:
			if it.kind == xTitle && seen && art.isWord(items, k-1, ",") && k+1 < len(items) && items[k+1].kind == xPerson {
				return k - 1 // ", Mayor Q visited Z"
			}
			if exIsParty(it) && !it.inner && (k == q || k == q+1 && art.isWord(items, q, "the") || !art.isWord(items, k-1, "of", "the")) {
				seen = true // "At the invitation of X, P visited Z"
			}
		case art.isWord(items, k, ",", "and", "of", "the", "its", "his", "her"):
		case it.kind == xWord && it.in(exHonorifics):
		default:
			return k
		}
	}
	return len(items)
}

// modalAfter: a modal word follows the visit phrase ending at "to" q
// within a few words ("the visit of X to the university will deepen
// ties": the visit is spoken of, not reported).
func (art *exArticle) modalAfter(items []exResolved, q int) bool {
	for k := exSkipName(items, min(q+1, len(items)-1)); k < len(items) && k < q+6; k++ {
		if items[k].kind == xWord && (items[k].in(exModalCues) || items[k].in(exVisitModalCues)) {
			return true
		}
		if art.isWord(items, k, ",", ";") {
			return false
		}
	}
	return false
}

// dateBeforeNext returns the index after a date phrase at k ("on May 3",
// "on Monday") when another visit object follows it ("… and B"), else k:
// the date belongs to the first object, the list goes on.
func (art *exArticle) dateBeforeNext(items []exResolved, k int) int {
	if !art.isWord(items, k, "on", "in") { // "in 2019" too (xvisited2)
		return k
	}
	q := k + 1
	for q < len(items) && q < k+4 && items[q].kind == xWord && (items[q].in(exMonths) || items[q].in(exWeekdays) || exIsNumber(strings.TrimSuffix(items[q].low, ","))) {
		q++
	}
	if q == k+1 || !art.isWord(items, q, "and", ",") {
		return k
	}
	n := q + 1
	if art.isWord(items, n, "the") {
		n++
	}
	if n < len(items) && exIsParty(&items[n]) {
		return q
	}
	return k
}

// clauseModal: a modal word or a reception verb stands anywhere before k
// in the sentence ("X will welcome experts to conduct research in Y": the
// research is offered, and X is its host, not its visitor).
func (art *exArticle) clauseModal(items []exResolved, k int) bool {
	for q := 0; q < k && q < len(items); q++ {
		if items[q].kind != xWord {
			continue
		}
		w := items[q].low
		if (exModalCues.has(w) || exVisitModalCues.has(w)) && !art.isWord(items, q-1, "the", "a", "an", "this", "its", "their", "our") || exReceptionCues.has(w) {
			return true
		}
	}
	return false
}
