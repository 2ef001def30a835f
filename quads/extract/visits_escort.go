package extract

import "github.com/coopgraph/coopgraph/quads"

// visited (visits9): a host who went along. "H accompanied the guests to
// visit Z", "H, T of Y, escorted the delegation to Z": H is the host who
// took the visitors round, no visitor; those H accompanied went — the
// persons or bodies named as H's object, else the last visitors the
// guests or the delegation stand for. ("Accompanied by H, the delegation
// visited Z" is withoutCompanions'.)

// escortAt returns the active escort verb whose object the visit word at k
// opens or follows — "accompanied the guests to visit Z", "accompanied the
// delegation to Z" — or -1. Between the verb and the visit there is only
// its object: no comma, clause or second verb.
func (art *exArticle) escortAt(items []exResolved, from, k int) int {
	end := k // "accompanied the delegation to Z": the delegation noun at k
	if exVisitCues.has(items[k].low) {
		if !art.isWord(items, k-1, "to") {
			return -1
		}
		end = k - 1 // "… the guests to visit Z"
	} else if !exDelegationNouns.has(items[k].low) && !exGuestNouns.has(items[k].low) || !art.isWord(items, k+1, "to") {
		return -1
	}
	for c := end - 1; c >= from && c >= end-12; c-- {
		it := &items[c]
		if it.kind == xWord && exHostEscortVerbs.has(it.low) {
			if art.isWord(items, c+1, "by") || art.passiveAt(items, c) {
				return -1 // "accompanied by H": H is the companion, not the verb's subject
			}
			return c
		}
		if art.isWord(items, c, ";", "which", "who", "that") || it.kind == xWord && exVisitCues.has(it.low) {
			return -1
		}
	}
	return -1
}

// escortedVisitors returns who the escort verb at c took along, named in
// items (c,end): the persons with the bodies they lead and the bodies
// named ("accompanied Zhou Ping, president of Y, to visit Z"; "… the
// leaders of Y to …"), else the last visitors ("the guests", "the
// delegation").
func (art *exArticle) escortedVisitors(items []exResolved, si, c, end int) []int {
	out := art.visitingPersons(items, c+1, end)
	for _, e := range art.partiesIn(items, si, c+1, end) {
		if art.r.ents[art.r.find(e)].typ == quads.Organization {
			out = append(out, e)
		}
	}
	if len(out) == 0 {
		return art.delegationBodies()
	}
	return exUniq(out)
}
