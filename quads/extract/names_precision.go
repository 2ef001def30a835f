package extract

// Entity precision: runs of capitalised words the mention stage would read
// as a body named without a head, which the page's typing shows to be no
// name at all.

// exClauseAfterGluedComma: the capitalised run toks[i:end] follows a comma
// typed without a space and a lower-case word other than a conjunction
// follows it ("… State Grid Company,Gives specific instructions", "in his
// speech,Highly praised …"): machine-translated pages start each clause so
// with a capital, and the run is the clause's first word, not a body named
// without a head. A glued list of names ("Secretariat,Planning Department
// and …", "Huawei,Tencent and ZTE") is no clause.
func exClauseAfterGluedComma(toks []exTok, i, end int) bool {
	if i == 0 || toks[i].sp || toks[i-1].low != "," || end >= len(toks) {
		return false
	}
	next := &toks[end]
	return next.word && !next.cap && !next.in(exListConjunctionWords)
}
