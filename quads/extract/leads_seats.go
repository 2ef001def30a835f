package extract

import "strings"

// A seat in a body's party organ named as the body (leads13): "member of
// Zibo Municipal Standing Committee and Deputy Mayor" — the mention that
// names the place takes in its organ, and the bare post "member" would be
// outranked by the leadership beside it (validate.go exOutranked), though
// the seat is a post of its own. The seat keeps the organ in its title.

// organSeatTitle returns the member's title with the party organ the body's
// mention at m names ("member of Zibo Municipal Standing Committee"), or
// title itself when the post is no member's or the mention names no organ.
func (art *exArticle) organSeatTitle(title string, items []exResolved, m int) string {
	if exTitleRole(title) != roleMember || exPartyOrganSeat(title) {
		return title
	}
	surf := art.text[items[m].s:items[m].e]
	low := strings.ToLower(surf)
	for _, organ := range exPartyOrganSeats {
		if strings.Contains(low, organ) {
			return title + " of " + surf
		}
	}
	return title
}

// exLevelPartyPostAt returns the index of the title in "District CPC
// Committee member", "County CPC Standing Committee Member" at j: a party
// post of a place's level, whose level word and "CPC" the title did not take
// in; the place is the one a post after it names ("…, deputy director of X
// District"). Otherwise j.
func exLevelPartyPostAt(items []exResolved, j int) int {
	if j+2 >= len(items) || items[j].kind != xWord || !items[j].in(exGovLevelWords) {
		return j
	}
	if items[j+1].kind != xWord || items[j+1].low != "cpc" && items[j+1].low != "party" || items[j+2].kind != xTitle {
		return j
	}
	return j + 2
}

// postsRunToName reports whether a post phrase that ended at n runs on to
// the name it is written before, past more posts of bodies joined by "and"
// ("Member of the Standing Committee of X and Minister of Y Q"): the posts
// are that name's, not an apposition of a name before them. A bare post
// after "and" opens a conjunct of its own ("Deputy Minister of X and
// Chairman Q": Q is the chairman only).
func (art *exArticle) postsRunToName(items []exResolved, n int) bool {
	for art.isWord(items, n, "and") && n+1 < len(items) && items[n+1].kind == xTitle {
		q := art.skipPostPhrase(items, n+1)
		if q == exSkipTitles(items, n+1) {
			return false
		}
		n = q
	}
	if art.isHonorific(items, n) {
		n++
	}
	return n < len(items) && items[n].kind == xPerson
}

// levelSeatBefore returns the place and the title of a party seat of a
// place's level joined by "and" to the body of the post before a name ("the
// District Standing Committee Member and [Organization Department]
// Director P", at m the body), or -1: the seat is in the organ of the
// article's place at that level.
func (art *exArticle) levelSeatBefore(items []exResolved, m int) (int, string) {
	if m < 2 || !art.isWord(items, m-1, "and") || items[m-2].kind != xTitle {
		return -1, ""
	}
	title := art.titleText(items, m-2)
	if exTitleRole(title) != roleMember || !exPartyOrganSeat(title) {
		return -1, ""
	}
	if e, ok := art.titleLevelPlace(title); ok && e >= 0 {
		return e, title
	}
	return -1, ""
}
