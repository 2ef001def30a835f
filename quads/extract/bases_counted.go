package extract

import "github.com/coopgraph/coopgraph/quads"

// hosts-base-at (synth13): a base set up by "the two sides" or "the three
// parties" in a relative clause — "the Industry College, which the three
// parties set up at the College's Xinhe campus", "the Joint Laboratory,
// which the two sides set up on the university's campus" —: the parties
// the count stands for (countedPartiesAt: the nearest sentence that names
// that many) host it where the clause says, but the site itself.

// countedRelativeSetUp returns the hosts and the site of "BASE, which the
// N parties set up at/on/in Y" at the base cue, or nil and -1.
func (art *exArticle) countedRelativeSetUp(items []exResolved, si, cue int) ([]int, int) {
	m := exSkipName(items, cue)
	q := m + 2
	switch {
	case art.isWord(items, m, ",") && art.isWord(items, m+1, "which", "that"):
	case art.isWord(items, m, "which", "that"):
		q = m + 1
	default:
		return nil, -1
	}
	parties := art.countedPartiesAt(items, si, q, nil)
	if len(parties) == 0 {
		parties = art.countedSigners(items, q, si)
	}
	if len(parties) == 0 {
		return nil, -1
	}
	v := q + 2
	if art.isWord(items, q, "the", "all") {
		v++
	}
	for n := v; v < len(items) && v < n+3 && items[v].kind == xWord && !items[v].in(exEstablishCues); v++ {
		// "jointly", "will", "have"
	}
	if v >= len(items) || items[v].kind != xWord || !items[v].in(exEstablishCues) {
		return nil, -1
	}
	for v++; art.isWord(items, v, "up", "jointly", "there"); v++ {
	}
	if !art.isWord(items, v, "in", "at", "on") {
		return nil, -1
	}
	l := v + 1
	if art.isWord(items, l, "the") {
		l++
	}
	if l >= len(items) || !exIsParty(&items[l]) {
		return nil, -1
	}
	loc := art.ref(items, l)
	if loc < 0 {
		return nil, -1
	}
	loc = art.r.find(loc)
	var hosts []int
	for _, p := range parties {
		if p = art.r.find(p); p != loc && !art.related(p, loc) {
			hosts = append(hosts, p)
		}
	}
	return hosts, loc
}

// countedSetUpBase states countedRelativeSetUp's bases for the base at
// cue or one named after it ("The Industry College is a new type of
// industry college which the three parties set up at …"); it reports
// whether it stated any.
func (art *exArticle) countedSetUpBase(items []exResolved, si, cue int) bool {
	for k := cue; k < len(items); k++ {
		if items[k].kind != xBase && !art.isBaseWord(items, k) {
			continue
		}
		hosts, loc := art.countedRelativeSetUp(items, si, k)
		for _, h := range hosts {
			art.add(h, quads.HostsBaseAt, loc, "", si)
		}
		if len(hosts) > 0 {
			return true
		}
	}
	return false
}

// countedSigners returns, for "the N parties" or "the two sides" at q, the
// parties of the last signing stated up to sentence si when it had N of
// them ("A, B and C signed … The agreement was signed by P of A, Q of B
// and R of C. … which the three parties set up"): the parties the count
// stands for where no one sentence lists them bare. nil otherwise.
func (art *exArticle) countedSigners(items []exResolved, q, si int) []int {
	k := q
	if art.isWord(items, k, "the", "all") {
		k++
	}
	if k+1 >= len(items) || items[k].kind != xWord || !art.isWord(items, k+1, "parties", "sides") {
		return nil
	}
	n := exCountWords[items[k].low]
	last := -1
	for _, rel := range art.rels {
		if rel.p == quads.SignedWith && rel.sent <= si && rel.sent > last {
			last = rel.sent
		}
	}
	if n < 2 || last < 0 {
		return nil
	}
	seen := map[int]bool{}
	var out []int
	for _, rel := range art.rels {
		if rel.p != quads.SignedWith || rel.sent != last {
			continue
		}
		for _, e := range []int{art.r.find(rel.s), art.r.find(rel.o)} {
			if !seen[e] {
				seen[e] = true
				out = append(out, e)
			}
		}
	}
	if len(out) != n {
		return nil
	}
	return out
}
