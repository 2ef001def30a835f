package extract

// Places named without a suffix (xvisits, issue 12 class 6): the
// constructions that say a bare name is a place, beyond those learnPlaces
// reads — "Xiling, a county in Donghu Province", "Beihai's mayor",
// "Beihai Mayor Tang Li", "the mayor and party secretary of Beihai".

// learnApposedPlaces records the places toks establish by an apposition
// or a government post: a word run of one name token, then
//   - ", a/the <place noun>" ("Xiling, a county of Donghu");
//   - "'s <government post>" ("Beihai's mayor");
//   - "<Government Post> <Name>" ("Beihai Mayor Tang Li").
func (p *exParser) learnApposedPlaces(toks []exTok, placeWord func(*exTok) bool) {
	if n := len(toks); n >= 2 && placeWord(&toks[n-1]) && !toks[n-1].poss && !toks[n-1].is(xfSurnames) &&
		toks[n-2].in(exVisitCues) {
		// (xvisited2) a heading ends in the place: "Delegation Visits Taolin"
		p.places[placeKey(toks[n-1].low)] = true
	}
	for k := 0; k+1 < len(toks); k++ {
		t := &toks[k]
		if !placeWord(t) || k > 0 && p.isNameTok(&toks[k-1]) && !toks[k-1].is(xfFunctionWords) {
			continue // the last word of a longer name is no place
		}
		n := &toks[k+1]
		switch {
		case !t.poss && n.low == "," && k+3 < len(toks) && (toks[k+2].low == "a" || toks[k+2].low == "the") &&
			!toks[k+3].cap && toks[k+3].in(exApposedPlaceNouns):
			p.places[placeKey(t.low)] = true
		case t.poss && n.in(exGovTitles):
			p.places[placeKey(t.low)] = true
		case !t.poss && n.cap && n.in(exGovTitles) && k+2 < len(toks) && p.personAt(toks, k+2) > 0:
			p.places[placeKey(t.low)] = true
		case !t.poss && n.low == "and" && k+2 < len(toks) && p.lonePlaceAt(toks, k+2):
			// "visited Xiling and Jinan": the conjunct of a place, itself
			// a lone name, is a place too
			p.places[placeKey(t.low)] = true
		case k >= 2 && !t.poss && !p.isNameTok(n) && !t.is(xfSurnames) && !t.is(xfMonths) &&
			(toks[k-1].in(exVisitCues) || toks[k-1].low == "to" && toks[k-2].in(exGoCues)):
			// (xvisited2) "visited Taolin", "Delegation Visits Taolin", "went to Taolin", "led a
			// delegation to Taolin": one lone name a visit goes to is a
			// place (a brand visited so is still the object: the visit
			// scores the same)
			p.places[placeKey(t.low)] = true
		case k >= 2 && toks[k-1].low == "in" && !t.poss && !p.isNameTok(n) && !t.is(xfSurnames) && !t.is(xfMonths) &&
			(toks[k-2].in(exBaseWords) || toks[k-2].in(exLocatedVerbs)):
			// (xvisited2) "set up a practice base in Taolin", "the
			// station, located in Taolin": a base stands in a place
			p.places[placeKey(t.low)] = true
		case k >= 2 && toks[k-1].low == "in" && toks[k-2].in(exStayCues) && !t.poss && !p.isNameTok(n):
			// (xvisited2) "the delegation arrived in Xiling", "during
			// their stay in Xiling": one lone name where visitors stay
			p.places[placeKey(t.low)] = true
		case k >= 2 && toks[k-1].low == "and" && !t.poss && (k+1 >= len(toks) || !p.isNameTok(n)) && p.lonePlaceAt(toks, k-2):
			p.places[placeKey(t.low)] = true
		}
	}
}

// lonePlaceAt: toks[k] is a known place named alone, no longer name
// before or after it ("Jinan" of "visited Xiling and Jinan", not
// "Beihai" of "Qiantang and Beihai University").
func (p *exParser) lonePlaceAt(toks []exTok, k int) bool {
	if k < 0 || k >= len(toks) || !p.isNameTok(&toks[k]) || toks[k].poss || !p.isPlace(toks[k].low) {
		return false
	}
	if k+1 < len(toks) && p.isNameTok(&toks[k+1]) {
		return false
	}
	return k == 0 || !p.isNameTok(&toks[k-1]) || toks[k-1].is(xfFunctionWords)
}
