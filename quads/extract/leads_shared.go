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

// pairedPostsFirstIn reads coordinated posts of one body before the names
// that hold them, in order: "the president and the vice president of X, A
// and B" (A is president, B vice president of X). Each post has its own
// article or comma ("the director and party secretary of X, A" is one
// name's post), and the counts must match: otherwise the text does not say
// who holds which.
func (art *exArticle) pairedPostsFirstIn(si int) {
	items := art.items[si]
	for k := 0; k < len(items); k++ {
		if items[k].kind != xTitle || k > 0 && (items[k-1].kind == xTitle || art.isWord(items, k-1, "and")) {
			continue
		}
		var titles []int
		m := k
		for m < len(items) && items[m].kind == xTitle {
			titles = append(titles, m)
			m++
			n, own := m, false
			for art.isWord(items, n, "and", ",", "the") {
				own = own || art.isWord(items, n, ",", "the")
				n++
			}
			if !own || n >= len(items) || items[n].kind != xTitle {
				break // "the director and party secretary": one post of one name
			}
			m = n
		}
		if len(titles) < 2 || !art.isWord(items, m, "of") {
			continue
		}
		q := m + 1
		if art.isWord(items, q, "the") {
			q++
		}
		if q >= len(items) || !exIsParty(&items[q]) {
			continue
		}
		o := art.ref(items, art.possessedAfter(items, q))
		m = exSkipName(items, q)
		if o < 0 || !art.isWord(items, m, ",") {
			continue
		}
		var names []int
		for m++; m < len(items); m++ {
			if items[m].kind == xPerson {
				names = append(names, m)
				continue
			}
			if !art.isWord(items, m, ",", "and") {
				break
			}
		}
		if len(names) != len(titles) {
			continue
		}
		for n, p := range names {
			art.bind(items[p].ent, o, art.titleText(items, titles[n]), si)
		}
	}
}
