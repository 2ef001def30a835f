package extract

// Names (names11): the words of an enterprise's name that the run of
// capitalised name words does not read: a branch named after an "X of Y"
// enterprise, a numbered unit of a group.

// ofPlaceBranchEnd reads the form a bank or company of a country names its
// branches by, "Bank of China Shanghai Branch", "Agricultural Bank of China
// Linhe Branch": the "of" at toks[k-1] (k after any "the") follows an
// enterprise's head (exBranchParentHeads) and the run k…r is a place, one
// or two more places and a branch noun. The branch's place words belong to
// the branch, so the whole run ends the one name, which the prefix grammar
// then reads; the body is not "China Shanghai Branch" of a bank. It returns
// r, or -1 when the run is no such branch.
func (p *exParser) ofPlaceBranchEnd(toks []exTok, i, end, k, r int) int {
	if h := p.lastHeadLow(toks, i, end); !exBranchParentHeads.has(h) || r-k < 3 || r-k > 4 || !toks[r-1].in(exBranchNouns) {
		return -1
	}
	for m := k; m < r-1; m++ {
		if t := &toks[m]; !t.word || !t.cap || t.poss || !(p.isPlace(t.low) || t.is(xfCountries)) {
			return -1
		}
	}
	return r
}

// ordinalInName: the numbered ordinal at j ("15th") stands between the
// words of one enterprise's name, "China Railway 15th Bureau Group Co.,
// Ltd.": the group numbers its bureaus, so the words before it are a name
// with no head of its own and a head follows it. After a body's name the
// ordinal opens what comes next ("Qiantang University 110th Anniversary").
func (p *exParser) ordinalInName(toks []exTok, i, j int) bool {
	if j <= i || j+1 >= len(toks) || !exNumberedOrdinal(toks[j].low) || !toks[j-1].word || !toks[j-1].cap || !p.isNameTok(&toks[j+1]) {
		return false
	}
	if p.runInfo(toks, i, j).head {
		return false
	}
	r := p.runEnd(toks, j+1)
	return r > j+1 && p.runInfo(toks, j+1, r).head
}

// exCoBeforeWordAt: the "Co" at j, typed without its period, is followed by
// a capitalised word that is no company form: it is the "co-" of a
// compound a heading split ("School-enterprise Co Construction"), not the
// company form that ends a name ("the X Polysilicon Co and …").
func exCoBeforeWordAt(toks []exTok, j int) bool {
	t := &toks[j]
	if t.low != "co" || !t.cap || j+1 >= len(toks) {
		return false
	}
	n := &toks[j+1]
	return n.word && n.cap && !exClosingCompanyForm(n)
}
