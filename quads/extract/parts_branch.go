package extract

import "strings"

// part-of: a branch named after its enterprise and a comma.

// exCommaBranchNames reads the form banks and companies name their
// branches by ("Jinshui Bank, Suzhou Branch", "QCB, Beihai Branch"): a
// place-named branch right after an enterprise's name and a comma is one
// name, "Jinshui Bank Suzhou Branch", which the prefix grammar then makes
// the enterprise's unit (exBranchPrefix, adoptPrefixedUnits), and which a
// post before it leads. The branch must close the phrase, and its name be
// two or three capitalised words ending in a branch noun, so a list of
// bodies ("Jinshui Bank, Qiantang University and …") reads as before. It
// returns the sentence's items, parents re-indexed.
func exCommaBranchNames(items []exItem) []exItem {
	for k := 0; k+2 < len(items); k++ {
		x, b := &items[k], &items[k+2]
		if x.kind != xOrg || x.fold || x.inner || x.parent >= 0 || !exWordAt(items, k+1, ",") || !exBranchOwnerName(x.name) {
			continue
		}
		if b.kind != xOrg || b.fold || b.inner || b.parent >= 0 || !exPlaceBranchName(b.name) {
			continue
		}
		if e := exSkipMention(items, k+2); e < len(items) && !exWordAt(items, e, ",", ".", ";", ")", "and") {
			continue
		}
		x.name += " " + b.name
		x.surf += ", " + b.surf
		x.t1, x.e = b.t1, b.e
		items = append(items[:k+1], items[k+3:]...)
		for j := range items {
			switch p := items[j].parent; {
			case p == k+1 || p == k+2:
				items[j].parent = k
			case p > k+2:
				items[j].parent = p - 2
			}
		}
	}
	return items
}

// exBranchOwnerName: the name is an enterprise's that has branches (its
// head is a bank's, group's or company's, exBranchParentHeads) or a bare
// abbreviation (CCB, ICBC).
func exBranchOwnerName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 1 {
		return len(ws[0]) >= 2 && len(ws[0]) <= 6 && exHasAcronym(ws[0])
	}
	return exBranchParentHeads.has(strings.ToLower(ws[len(ws)-1]))
}

// exPlaceBranchName: two or three capitalised words ending in a branch
// noun, the words before it no organisation's head ("Suzhou Branch",
// "Pudong Sub Branch"), so "Zhongshan Hospital Branch" is none.
func exPlaceBranchName(name string) bool {
	ws := strings.Fields(name)
	if len(ws) < 2 || len(ws) > 3 || !exCapitalisedWords(name) || !exBranchNouns.has(strings.ToLower(ws[len(ws)-1])) {
		return false
	}
	for _, w := range ws[:len(ws)-1] {
		if exOrgHeads.has(strings.ToLower(w)) {
			return false
		}
	}
	return true
}
