package extract

import "github.com/coopgraph/coopgraph/quads"

// A post in the plural after a run of bare names (issue 12, class 3): "A,
// President of X, B, C, Vice Presidents, and D, …" — B and C hold the
// plural post, and its body is the one the apposition rules found for the
// name right before it (C's). A singular post after a run of names is the
// last name's alone.

// sharedPluralPostIn gives the names before a plural post the body the
// last of them holds it at, when the rules bound none of them yet.
func (art *exArticle) sharedPluralPostIn(si int) {
	items := art.items[si]
	for k := 2; k < len(items); k++ {
		if items[k].kind != xTitle || !exPluralTitle(art.titleText(items, k)) || !art.isWord(items, k-1, ",") || items[k-2].kind != xPerson {
			continue
		}
		last := k - 2
		bodies := art.sentenceLeads(si, items[last].ent)
		if len(bodies) != 1 {
			continue // none, or the text does not say which
		}
		title := art.titleText(items, k)
		for _, p := range art.namesRunBefore(items, last) {
			if len(art.sentenceLeads(si, items[p].ent)) == 0 {
				// a name another rule bound ("A and B, presidents of X
				// and Y respectively") keeps its own
				art.bind(items[p].ent, bodies[0], title, si)
			}
		}
	}
}

// sentenceLeads returns the bodies the rules so far found person leads in
// sentence si.
func (art *exArticle) sentenceLeads(si, person int) []int {
	var bodies []int
	for _, r := range art.rels {
		if r.sent == si && r.p == quads.Leads && r.s == art.r.find(person) {
			bodies = append(bodies, r.o)
		}
	}
	return bodies
}

// namesRunBefore returns the bare names that run before the name at last,
// joined by "," or "and": "B" in "…, President of X, B, C, Vice
// Presidents". The run ends at anything but a bare name, so a name whose own
// post phrase follows it is never in it.
func (art *exArticle) namesRunBefore(items []exResolved, last int) []int {
	var names []int
	m := last - 1
	for art.isWord(items, m, ",", "and") && m-1 >= 0 && items[m-1].kind == xPerson {
		names = append(names, m-1)
		m -= 2
	}
	return names
}
