package extract

// Names (names11): a body named with its field after "on".

// onFieldEnd reads the field of a committee, commission or council named
// after "on" at toks[end] ("the Committee on Education of the X Provincial
// Committee", "the Party Working Committee on Health", "the Management
// Committee on Y Campus"): capitalised words that name no body, place or
// person, and are no date ("the committee on Monday"), or a campus its
// place names. It returns the
// field's end, or end when "on" opens no field.
func (p *exParser) onFieldEnd(toks []exTok, i, end int) int {
	if !exOnFieldHeads.has(p.lastHeadLow(toks, i, end)) || !toks[end-1].is(xfOrgHeads) {
		return end
	}
	k := end + 1
	if k >= len(toks) || !p.isNameTok(&toks[k]) || p.personAt(toks, k) > 0 {
		return end
	}
	r := p.runEnd(toks, k)
	if r == k {
		return end
	}
	if ri := p.runInfo(toks, k, r); ri.place || ri.acrOrg || ri.head && !p.namedCampus(toks, k, r) {
		return end
	}
	return r
}

// namedCampus: toks[k:r] is a campus named by its place ("Panjin Campus"),
// not a body's ("Y University Campus").
func (p *exParser) namedCampus(toks []exTok, k, r int) bool {
	return r-k >= 2 && toks[r-1].in(exGroundsNouns) && !p.runInfo(toks, k, r-1).head
}
