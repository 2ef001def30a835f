package extract

// visited (r13-visits): "the delegates", or "delegates" bare as the subject
// opening the main clause, stand for the last visitors, as "the guests" do
// (exVisitorNouns; the subject search is in visits.go).

// bareVisitorsSubject: the visitor noun at q stands bare as the subject of
// the visit verb at k, opening the sentence or its main clause ("At the
// invitation of X on September 8, delegates visited Z"): the last
// visitors, as "the delegates" are. ("Delegates from twenty companies
// visited Z" names others: the noun is not next to the verb.)
func (art *exArticle) bareVisitorsSubject(items []exResolved, q, k int) bool {
	return q+1 == k && (q == 0 || art.isWord(items, q-1, ","))
}
