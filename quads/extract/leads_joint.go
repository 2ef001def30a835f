package extract

import "strings"

// jointBodyAfter reads a second body joined by "and" to the body a post
// of an apposition names, the "and" at item a ("P, Chairman of A Co., Ltd.
// and B Co., Ltd., Q, …"): the post is of both. It returns the second
// body's entity and the item after it, or -1. The second body must end the
// apposition (a comma before the next name, a semicolon, the sentence's
// end): "P, president of A, and B signed the agreement" joins B to P as a
// party of the signing, not as a body of P's post. The two names must be of
// one kind (the same head word: two companies, two schools), so that a
// name cut in two at its "and" ("Belt" and "Road Academy") is not read as
// two bodies.
func (art *exArticle) jointBodyAfter(items []exResolved, a int) (org, end int) {
	first := a - 1
	for first >= 0 && items[first].inner {
		first--
	}
	if first < 0 || items[first].kind != xOrg || exNameHead(strings.Fields(strings.ToLower(items[first].name))) == "" {
		return -1, a
	}
	q := a
	if art.isWord(items, q, ",") {
		q++
	}
	if !art.isWord(items, q, "and") {
		return -1, a
	}
	q++
	if art.isWord(items, q, "the") {
		q++
	}
	if q >= len(items) || items[q].kind != xOrg || items[q].inner || exNameHead(strings.Fields(strings.ToLower(items[q].name))) != exNameHead(strings.Fields(strings.ToLower(items[first].name))) {
		return -1, a
	}
	n := exSkipName(items, q)
	next := n + 1
	if art.isWord(items, next, "and") {
		next++
	}
	closes := n >= len(items) || art.isWord(items, n, ";", ".") ||
		art.isWord(items, n, ",") && next < len(items) && items[next].kind == xPerson
	if !closes {
		return -1, a
	}
	o := art.ref(items, q)
	if o < 0 {
		return -1, a
	}
	return o, n
}

// quotedNameAt reports whether item m opens quotes around one body's name
// and nothing else ("President of “X Heritage Union”, …"): the post is of
// the body inside.
func (art *exArticle) quotedNameAt(items []exResolved, m int) bool {
	if !art.isWord(items, m, "“", "\"") || m+1 >= len(items) || !exIsParty(&items[m+1]) {
		return false
	}
	return art.isWord(items, exSkipName(items, m+1), "”", "\"")
}

// exTitleAmpersands makes an ampersand between two titles the "and" that
// joins posts ("Chairman & CEO of X", "General Manager & Deputy Secretary
// of the Party Committee"), so that the title rules read both posts.
func exTitleAmpersands(items []exItem) {
	for k := 1; k+1 < len(items); k++ {
		if it := &items[k]; it.kind == xWord && it.low == "&" && items[k-1].kind == xTitle && items[k+1].kind == xTitle {
			it.low, it.lists = "and", exListsOf("and")
		}
	}
}
