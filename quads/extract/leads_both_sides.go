package extract

// A post before the name and an apposition after it (leads13): "Academician
// of the Chinese Academy of Engineering P, a professor at Q University, …",
// "President of X University P, dean of its School of Y": the name holds
// both. The apposition rules read the posts after the name and stop there;
// the post of a body right before the name is read here as well.

// postOfBodyBefore returns the body and the titles of "T [and T] of [the] O"
// that ends right before the name at k, or -1.
func (art *exArticle) postOfBodyBefore(items []exResolved, k int) (int, []string) {
	e := k - 1
	for e >= 0 && items[e].inner {
		e-- // "Dean of the School of X of Y University P": the unit, not its parent
	}
	if e < 0 || !art.postOfBodyEndsAt(items, e) {
		return -1, nil
	}
	q := e - 1
	if art.isWord(items, q, "the") {
		q--
	}
	var titles []string
	for t := q - 1; t >= 0 && (items[t].kind == xTitle || art.isWord(items, t, "and") && t >= 1 && items[t-1].kind == xTitle); t-- {
		if items[t].kind == xTitle {
			titles = append([]string{art.titleText(items, t)}, titles...)
		}
	}
	o := art.ref(items, e)
	if o < 0 || len(titles) == 0 {
		return -1, nil
	}
	return o, titles
}
