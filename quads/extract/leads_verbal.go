package extract

// Posts stated by a verb rather than a title: "the centre is led by chief
// engineer P", "X, led by its director P,", "Heading the school is
// Professor P", "P, who also chairs X". The rule runs before the title rules
// so that a bare title of the same sentence ("chief engineer P") does not
// go to a default body.

// exLeadVerbs say that their subject leads their object.
var exLeadVerbs = exSet(`chairs heads leads directs chaired headed`)

// verbalLeadsIn reads the verbal posts of sentence si.
func (art *exArticle) verbalLeadsIn(si int) {
	items := art.items[si]
	for k := range items {
		it := &items[k]
		if it.kind != xWord {
			continue
		}
		switch {
		case (it.low == "led" || it.low == "headed" || it.low == "chaired") && art.isWord(items, k+1, "by"):
			// "O is led by [T] P", "O, led by its T P"
			o := k - 1
			if art.isWord(items, o, "is", "was", "are", "were") {
				o--
			}
			if art.isWord(items, o, ",") {
				o--
			}
			for o >= 0 && items[o].inner {
				o--
			}
			if o >= 0 && items[o].kind == xWord && items[o].in(exOrgHeads) && !items[o].in(exDelegationNouns) {
				// "its cardiology department, led by chief physician P": the
				// unit is named by no name; P's post is of no body here
				art.bindVerbal(items, -1, k+2, it.low, si)
				continue
			}
			before := o - 1
			if art.isWord(items, before, "the") {
				before-- // parts12: "experts from the X Department, led by P"
			}
			if o >= 0 && items[o].kind == xOrg && art.isWord(items, before, "from", "of") {
				// "experts from X, led by Chief Physician P": a staff
				// post says P is one of X's (members_posts.go)
				art.groupLeaderMember(items, art.ref(items, o), k+2, si)
			}
			if o < 0 || !(items[o].kind == xOrg || items[o].kind == xHome && items[o].back) || art.isWord(items, before, "from", "of") {
				continue // "a delegation from X, led by P": P's post is read elsewhere
			}
			art.bindVerbal(items, art.ref(items, o), k+2, it.low, si)
		case it.low == "heading" && k+1 < len(items):
			// "Heading the school is Professor P"
			o := k + 1
			if art.isWord(items, o, "the") {
				o++
			}
			if o >= len(items) || !exIsParty(&items[o]) {
				continue
			}
			v := exSkipName(items, o)
			if !art.isWord(items, v, "is", "was") {
				continue
			}
			art.bindVerbal(items, art.ref(items, o), v+1, "head", si)
		case it.in(exLeadVerbs) && it.low[len(it.low)-1] == 's':
			// "P, who also chairs O", "P heads O"
			p := k - 1
			if art.isWord(items, p, "also") {
				p--
			}
			if art.isWord(items, p, "who") {
				p--
				if art.isWord(items, p, ",") {
					p--
				}
			}
			if p < 0 || items[p].kind != xPerson {
				continue
			}
			o := k + 1
			if art.isWord(items, o, "the") {
				o++
			}
			if o < len(items) && exIsParty(&items[o]) && !art.unnamedUnitAfter(items, o) {
				// (but "P heads X's education department": a unit no name gives)
				art.bind(items[p].ent, art.ref(items, exPossessed(items, o)), it.low, si)
			}
		}
	}
}

// bindVerbal binds the person at items[m:] (after "its", a title or an
// honorific) to org, with the title the text gives, or verb. With org < 0
// it only marks the person's post as stated, so that no title rule of the
// sentence gives it to another body.
func (art *exArticle) bindVerbal(items []exResolved, org, m int, verb string, si int) {
	if art.isWord(items, m, "its", "the") {
		m++
	}
	title := ""
	for m < len(items) && items[m].kind == xTitle {
		title = art.titleText(items, m)
		m++
	}
	if m < len(items) && items[m].kind == xWord && items[m].in(exHonorifics) {
		m++
	}
	if m >= len(items) || items[m].kind != xPerson {
		return
	}
	if title == "" || exTitleRole(title) != roleLeads {
		title = verb // "led by chief engineer P": the verb says P leads
	}
	if org >= 0 {
		art.bind(items[m].ent, org, title, si)
	}
	if art.verbalPost == nil {
		art.verbalPost = map[int]int{}
	}
	art.verbalPost[items[m].ent] = si + 1
}
