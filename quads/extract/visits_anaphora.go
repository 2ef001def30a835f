package extract

// visited (rvisit): who a later "the delegation", "the deputy mayors" or
// "the university delegations" stands for.

// ledDelegationVisitors returns who went when the delegation noun at k is
// led to an occasion rather than a body — "P, rector of X, led a
// five-member delegation to the signing": P and X are the visitors a later
// "The delegation also visited Z" means, though "the signing" is no
// object. A delegation only hoped for or planned gives none.
func (art *exArticle) ledDelegationVisitors(items []exResolved, k int) []int {
	if !exDelegationNouns[items[k].low] || art.goTo(items, k) < 0 || art.visitUnrealised(items, k) {
		return nil
	}
	verb := -1
	for q := k - 1; q >= 0 && q >= k-3; q-- {
		if items[q].kind != xWord {
			break
		}
		if exGoNounVerbs[items[q].low] {
			verb = q
			break
		}
	}
	if verb < 0 {
		return nil
	}
	return art.visitingPersons(items, art.relativeSubjectFrom(items, verb), verb)
}
