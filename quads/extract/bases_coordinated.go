package extract

import "github.com/coopgraph/coopgraph/quads"

// hosts-base-at (r12-bases): a second set-up clause after ", and" — "A
// will set up a practice base at B, and B will set up a 'Science
// Workstation' at A's campus", "X will set up a joint training base at the
// School, and the School will set up an 'Innovation Workstation' at the
// company". basesIn reads the sentence's first base; the clause after ",
// and" names its own setter, base and site, and each clause's setter hosts
// its own base.

// coordinatedSetUpBasesIn reads the set-up clauses after ", and" in
// sentence si: "…, and P [will] set up BASE at Y": P hosts a base at Y.
func (art *exArticle) coordinatedSetUpBasesIn(si int) {
	items := art.items[si]
	for c := 1; c+4 < len(items); c++ {
		if !art.isWord(items, c, "and") || !art.isWord(items, c-1, ",") {
			continue
		}
		q := c + 1
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) || items[q].kind == xPlace {
			continue
		}
		v := art.setUpVerbAfter(items, q)
		if v < 0 {
			continue
		}
		b := art.setUpBaseAfter(items, v+1)
		if b < 0 {
			continue
		}
		at := art.siteAt(items, art.pastBaseName(items, b))
		host, loc := art.ref(items, q), art.ref(items, at)
		if at >= 0 && loc < 0 && items[at].kind == xHome && items[at].back {
			loc = art.firstSetter(items, c) // "… at the company": the first clause's setter
		}
		if at < 0 || host < 0 || loc < 0 || art.r.find(host) == art.r.find(loc) {
			continue
		}
		art.add(host, quads.HostsBaseAt, art.r.find(loc), "", si)
	}
}

// setUpBaseAfter returns the base a set-up verb's object names from item m
// on ("up a 'Science Workstation'", "a joint training base"), within a few
// words, or -1.
func (art *exArticle) setUpBaseAfter(items []exResolved, m int) int {
	for k := m; k < len(items) && k < m+6; k++ {
		if items[k].kind == xBase || art.isBaseWord(items, k) {
			return k
		}
		if items[k].kind != xWord {
			return -1
		}
	}
	return -1
}

// pastBaseName returns the index after the base at b and its closing
// quotation marks.
func (art *exArticle) pastBaseName(items []exResolved, b int) int {
	m := b + 1
	if items[b].kind != xWord {
		m = exSkipName(items, b)
	}
	for art.isWord(items, m, "\"", "”", "’", "'") {
		m++
	}
	return m
}

// setUpVerbAfter returns the set-up verb right after the party at q ("P
// [will] set up"), or -1.
func (art *exArticle) setUpVerbAfter(items []exResolved, q int) int {
	v := exSkipName(items, q)
	if art.isWord(items, v, "will", "shall") {
		v++
	}
	if v >= len(items) || items[v].kind != xWord || !items[v].in(exEstablishCues) {
		return -1
	}
	return v
}

// firstSetter returns who the first clause of the sentence, before item c,
// says sets something up ("A will set up X at B, and B will set up Y at
// the company": A), or -1 when no party before c is followed by a set-up
// verb or the setter is unresolved.
func (art *exArticle) firstSetter(items []exResolved, c int) int {
	for q := 0; q < c; q++ {
		if exIsParty(&items[q]) && items[q].kind != xPlace && art.setUpVerbAfter(items, q) >= 0 {
			return art.ref(items, q)
		}
	}
	return -1
}
