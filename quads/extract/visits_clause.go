package extract

import "strings"

// visited (rvisit): the clause a visit word stands in decides whether it
// reports a visit and whose.
//   - A fieldwork noun before a place ("research in Xiling County") reports
//     a stay there only as the object of a verb of doing — "experts
//     conducted research in X", "the team carried out a survey in X". As a
//     topic of an agreement or a field ("a memorandum on joint education and
//     research in X") it reports none.
//   - In reported speech ("P said the teachers went to X") the speaker is no
//     visitor.

// fieldworkDone: the fieldwork noun at k is the object of a verb of doing
// that stands before it, past a few fillers ("carried out an in-depth
// survey").
func (art *exArticle) fieldworkDone(items []exResolved, k int) bool {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if items[q].kind != xWord {
			return false
		}
		w := items[q].low
		if exFieldworkVerbs.has(w) {
			return true
		}
		if !exFieldworkFillers.has(w) {
			return false
		}
	}
	return false
}

// reportedClauseFrom returns where the reported clause before the visit
// verb at k begins when a reporting verb stands in items [from,k) — "P
// said (that) the teachers went to Z": past the verb and its "that" — or
// from. The speaker is no subject of the visit, unless the reported clause's
// subject is "he" or "she" ("P stated that he visited Z").
func (art *exArticle) reportedClauseFrom(items []exResolved, from, k int) int {
	out := from
	for q := from; q < k; q++ {
		if items[q].kind == xWord && items[q].in(exReportingVerbs) {
			out = q + 1
			if art.isWord(items, out, "that") {
				out++
			}
			if out < len(items) && items[out].kind == xWord && items[out].in(exPersonPronouns) {
				out = from // "P said he visited Z": the pronoun is the speaker
			}
		}
	}
	return out
}

// companionsAfter returns the persons a visit's objects ending at e are
// followed by as co-visitors — "P visited Z together with Q, dean of its
// School of Law", "… along with Q" — with the bodies they lead; nil when
// none follows. ("Accompanied by Q", the hosts, is no such phrase.)
func (art *exArticle) companionsAfter(items []exResolved, e int) []int {
	if !art.isWord(items, e, "together", "along") || !art.isWord(items, e+1, "with") {
		return nil
	}
	return art.visitingPersons(items, e+2, art.appositionEnd(items, e+2))
}

// partyAt: item q is a body or place, maybe after "the".
func (art *exArticle) partyAt(items []exResolved, q int) bool {
	if art.isWord(items, q, "the") {
		q++
	}
	return q < len(items) && exIsParty(&items[q]) && !items[q].paren
}

// intoAt returns the object after the going word at k when "into" names
// where it went — "went deep into X", "went into X's workshops" — or -1:
// "went into effect" names no body.
func (art *exArticle) intoAt(items []exResolved, k int) int {
	q := k + 1
	if art.isWord(items, q, "deep") {
		q++
	}
	if !art.isWord(items, q, "into") || !art.partyAt(items, q+1) {
		return -1
	}
	return q + 1
}

// goNounVerbBefore returns the word before the verb that takes the
// delegation noun at k as its object — "who led a delegation to Z", "which
// sent a five-member team to Z": the verb's subject stands before it — or r
// when no such verb stands within a few words.
func (art *exArticle) goNounVerbBefore(items []exResolved, k, r int) int {
	for q := k - 1; q >= 0 && q >= k-4; q-- {
		if items[q].kind != xWord {
			return r
		}
		if items[q].in(exGoNounVerbs) || items[q].in(exSendVerbs) {
			return q - 1
		}
	}
	return r
}

// purposeTailEnd returns where a visit object's lower-case tail after "for"
// ends when another object follows it — "the training center for
// intelligent manufacturing and its School of X", "Y for exchanges and Z" —
// so that the list goes on; else n. A body followed by a verb ("… for
// talks and Z signed …") begins the next clause.
func (art *exArticle) purposeTailEnd(items []exResolved, n int) int {
	if !art.isWord(items, n, "for") {
		return n
	}
	m := n + 1
	for m < len(items) && m <= n+4 && items[m].kind == xWord && exLowerWord(items[m].low) {
		m++
	}
	if m == n+1 || !art.isWord(items, m, "and", ",") {
		return n
	}
	next := m + 1
	if art.isWord(items, next, "its", "their") {
		next++
	}
	if !art.partyAt(items, next) {
		return n
	}
	if art.isWord(items, next, "the") {
		next++
	}
	if after := exSkipName(items, next); after < len(items) && items[after].kind == xWord {
		if w := items[after].low; exSignCues.has(w) || len(w) > 3 && strings.HasSuffix(w, "ed") {
			return n // "… for talks and Z signed …": Z is the next clause's subject
		}
	}
	return m
}

// metInPlaceIn reads a host who received or met a person in a place — "Gao
// Yun, mayor of X, met Lu Qiang, president of Y, in Lanxia", "… received P
// and Q in Lanxia" —: the persons met, and the bodies they lead, were in
// that place. The host, who leads it or lives there, is no visitor.
func (art *exArticle) metInPlaceIn(si int) {
	items := art.items[si]
	for c := 1; c+2 < len(items); c++ {
		if items[c].kind != xWord || !items[c].in(exReceptionCues) || art.passiveAt(items, c) || art.visitUnrealised(items, c) {
			continue
		}
		q := c + 1
		if art.isWord(items, q, "with") {
			q++
		}
		if q < len(items) && items[q].kind == xWord && items[q].in(exHonorifics) {
			q++
		}
		if q < len(items) && items[q].kind == xTitle {
			q++
		}
		if q >= len(items) || items[q].kind != xPerson {
			continue
		}
		end := art.appositionEnd(items, q)
		for art.isWord(items, end-1, ",") && end-1 > q {
			end-- // "…, president of Y, in Lanxia"
		}
		in := end
		if art.isWord(items, in, ",") {
			in++
		}
		if !art.isWord(items, in, "in") || in+1 >= len(items) || items[in+1].kind != xPlace || items[in+1].fold || items[in+1].ent < 0 {
			continue
		}
		art.addVisits(items, si, art.visitingPersons(items, q, end), []int{items[in+1].ent})
	}
}

// purposeOpeningEnd returns where the subject of a sentence that opens with
// its purpose begins — past the comma closing "In order to implement the
// decision made by X," — or 0: who is named in the purpose did not go.
// (visits6)
func (art *exArticle) purposeOpeningEnd(items []exResolved, k int) int {
	for _, open := range exPurposeOpenings {
		matched := true
		for i, w := range open {
			if !art.isWord(items, i, w) {
				matched = false
				break
			}
		}
		if !matched {
			continue
		}
		for q := len(open); q < k; q++ {
			if art.isWord(items, q, ",") {
				return q + 1
			}
		}
	}
	return 0
}
