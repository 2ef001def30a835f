package extract

// Where "and" joins two words of one name and where it separates two names
// (issue 12, class 1). The parser (mention.go, parseName) asks these when a
// run of name words without a head noun meets "and".

// commonNameWord: the token is an ordinary word of a name (a field, an
// activity, a trade: "Water", "Jewelry", "Children's"), not a word of the
// name's own (a place, a romanised Chinese name, an acronym) that opens a
// name of its own.
func (p *exParser) commonNameWord(t *exTok) bool {
	if !t.word || !t.cap || t.acr || p.isPlace(t.low) {
		return false
	}
	return exLex[t.low] != 0 || !exIsPinyin(t.low)
}

// fieldsJoinEnd returns the end of the name when "and" at toks[end] joins
// the head-less run toks[i:end] and the headed run after it into one name,
// or -1: "Luoxi Water Conservancy and Hydropower Bureau", "Tanhai Gold and
// Jewelry Co., Ltd.", "Luoxi Women and Children's Hospital". The name opens
// with a word of its own and its fields are ordinary words on both sides of
// "and". A run that is only a name of its own ("Qiantang and Beihai
// University") or a right run opening with one ("Weichai Power and Beihai
// University") makes two names.
func (p *exParser) fieldsJoinEnd(toks []exTok, i, end int) int {
	k := end + 1
	if end-i < 2 || k >= len(toks) || p.commonNameWord(&toks[i]) || !p.commonNameWord(&toks[end-1]) || !p.commonNameWord(&toks[k]) {
		return -1
	}
	r := p.runEnd(toks, k)
	if r > k && toks[r-1].poss {
		// "Women and Children's Hospital": a possessive field word
		r = p.runEnd(toks, r)
	}
	if r <= k {
		return -1
	}
	if rr := p.runInfo(toks, k, r); !rr.head || rr.place {
		return -1
	}
	return r
}
