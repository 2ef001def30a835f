package extract

// Bodies a signing sentence names beside the signers: in an absolute
// phrase of attendance ("A and B signed the agreement with C attending as
// a witness", "… with leaders of C present") and as the subject of the
// clause an event noun's relative clause hangs on ("Leaders of C attended
// the ceremony where A and B signed", "C hosted the forum at which A and
// B signed"). They witness, host or attend; they sign nothing.

// absoluteWith: the "with" at w opens a phrase of attendance, not the
// signing's partner: one body (or the leaders of one) followed by a verb
// of attendance or "as (a) witness" ("with C attending", "with leaders of
// C present", "with C as witness"), or a list of them after a comma (",
// with C and D as witnesses"). "with B and C attending" without a comma
// keeps B as the partner (withoutClauseSubject).
func (art *exArticle) absoluteWith(items []exResolved, w int) bool {
	k := w + 1
	if art.isWord(items, k, "the") {
		k++
	}
	if k < len(items) && items[k].kind == xWord && items[k].in(exRepresentativeNouns) && art.isWord(items, k+1, "of") {
		k += 2
		if art.isWord(items, k, "the") {
			k++
		}
	}
	if k >= len(items) || !exIsParty(&items[k]) {
		return false
	}
	m := art.skipPartyList(items, k)
	if !art.isWord(items, w-1, ",") && exSkipName(items, exPossessed(items, k)) != m {
		return false // "with B and C attending": B is still the partner
	}
	if m < len(items) && items[m].kind == xWord && items[m].in(exAttendanceRoles) {
		return true
	}
	n := m + 1
	if art.isWord(items, n, "a", "the") {
		n++
	}
	return art.isWord(items, m, "as") && n < len(items) && items[n].kind == xWord && items[n].in(exAttendanceRoles)
}

// eventRelativeStart returns where a relative clause of signing begins
// when it hangs on an event noun without a comma ("the ceremony where A
// and B signed", "the forum at which A signed with B", "the event during
// which …"), or -1: the bodies before it attended or hosted the event.
func (art *exArticle) eventRelativeStart(items []exResolved, v int) int {
	for k := v - 1; k > 0; k-- {
		if art.isWord(items, k, ";") {
			return -1
		}
		switch {
		case art.isWord(items, k, "where", "when") && items[k-1].kind == xWord && items[k-1].in(exEventNouns):
			return k + 1
		case art.isWord(items, k, "which") && art.isWord(items, k-1, "at", "during", "in", "after") && k >= 2 && items[k-2].kind == xWord && items[k-2].in(exEventNouns):
			return k + 1
		}
	}
	return -1
}

// gerundSubject: the "signing" at v is a gerund whose subject the parties
// right before it are ("witnessed A and B signing the agreement", "saw A
// signing with B"): they sign, whoever watched.
func (art *exArticle) gerundSubject(items []exResolved, v int) bool {
	if v < 1 || !exIsParty(&items[v-1]) && !items[v-1].inner {
		return false
	}
	n := v + 1
	if art.isWord(items, n, "the", "a", "an", "their") {
		n++
	}
	return art.isWord(items, n, "with") || n < len(items) && items[n].kind == xWord && items[n].in(exAgreementNouns) ||
		n+1 < len(items) && items[n+1].kind == xWord && items[n+1].in(exAgreementNouns)
}
