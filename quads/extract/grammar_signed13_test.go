package extract

import "testing"

// TestNameGrammarSigned13PlaceNounPossessive: a place that possesses a
// party through a lower-case place noun ("with Zhejiang province's X
// University", "Nanhu city's Y Group") only says where the party is, as
// "Zhejiang's X University" does: the party is the body possessed, never
// the place. Every name is made up; near-misses must not fire.
func TestNameGrammarSigned13PlaceNounPossessive(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ProvincesUniversity": {
			text: "Cooperation News\n\nDonghu Park signed a cooperation agreement with Qiantang province's Fenglin University on May 3.",
			want: []string{"Donghu Park|signed-with|Fenglin University"},
			not:  []string{"Donghu Park|signed-with|Qiantang"},
		},
		"SecondMemberOfList": {
			text: "Cooperation News\n\nDonghu Park signed an agreement with the city's Nanhu Park and Zhejiang province's Fenglin University, for their common development.",
			want: []string{"Donghu Park|signed-with|Nanhu Park", "Donghu Park|signed-with|Fenglin University"},
			not:  []string{"Donghu Park|signed-with|Zhejiang"},
		},
		"CitysGroup": {
			text: "Cooperation News\n\nFenglin University has signed a framework agreement with Beihai city's Luoxi Steel Group.",
			want: []string{"Fenglin University|signed-with|Luoxi Steel Group"},
			not:  []string{"Fenglin University|signed-with|Beihai"},
		},
		"CountysHospitalCurlyApostrophe": {
			text: "Cooperation News\n\nFenglin University signed agreements with Donghu Group and Nanlu county’s Qiantang People's Hospital.",
			want: []string{"Fenglin University|signed-with|Donghu Group", "Fenglin University|signed-with|Qiantang People's Hospital"},
			not:  []string{"Fenglin University|signed-with|Nanlu"},
		},
		// near-miss: a place noun without the possessive is the place's own
		// name, and the place signs
		"ProvinceItselfSigns": {
			text: "Cooperation News\n\nFenglin University signed a strategic agreement with Qiantang Province and Donghu Group on May 3.",
			want: []string{"Fenglin University|signed-with|Qiantang", "Fenglin University|signed-with|Donghu Group"},
		},
		// near-miss: the place's own unit in lower case is no party named
		"ProvincesGovernmentIsThePlace": {
			text: "Cooperation News\n\nFenglin University signed a strategic agreement with Qiantang Provincial Government on May 3.",
			want: []string{"Fenglin University|signed-with|Qiantang"},
		},
	})
}

// TestNameGrammarSigned13CountryAfterBracket: a country, or its
// abbreviation ("PRC"), set off by a comma after a party, locates that
// party even where the party's abbreviation in brackets stands between
// them ("College of X, Y University, (CXYU), PRC"); it is no party.
func TestNameGrammarSigned13CountryAfterBracket(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"UnitParentBracketPRC": {
			text: "Cooperation News\n\nDonghu Institute (DHI) and College of Tourism, Fenglin University, (CTFU), PRC signed the Memorandum of Cooperation on 18 October.",
			not: []string{"Donghu Institute|signed-with|PRC", "Donghu Institute, Fenglin University|signed-with|PRC",
				"College of Tourism, Fenglin University|signed-with|PRC"},
		},
		"AbbreviationThenPRCThenAnd": {
			text: "Cooperation News\n\nCTFU, PRC and DHI entered into the Memorandum of Cooperation on 18 October.",
			want: []string{"DHI|signed-with|CTFU"},
			not:  []string{"CTFU|signed-with|PRC", "DHI|signed-with|PRC"},
		},
		"AfterWithPRC": {
			text: "Cooperation News\n\nDonghu Institute signed an agreement with Fenglin University, PRC on May 3.",
			want: []string{"Donghu Institute|signed-with|Fenglin University"},
			not:  []string{"Donghu Institute|signed-with|PRC"},
		},
		"BracketThenCountryName": {
			text: "Cooperation News\n\nFenglin University (FLU), Mexico and Donghu Institute signed an agreement on May 3.",
			want: []string{"Fenglin University|signed-with|Donghu Institute"},
			not:  []string{"Fenglin University|signed-with|Mexico", "Donghu Institute|signed-with|Mexico"},
		},
	})
}

// TestNameGrammarSigned13AliasClause: a bracket that gives a party its
// short name ("(hereinafter referred to as X)", "(abbreviated as X)")
// stands between the parties of a list as a bracketed abbreviation does:
// the list goes on after it. Names are made up.
func TestNameGrammarSigned13AliasClause(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"EnteredIntoBetweenHereinafter": {
			text: "Cooperation News\n\nOn December 31, a Strategic Cooperation Agreement was made and entered into between Donghu Association for Science (hereinafter referred to as DAS) and Donghu Academy of Science (hereinafter referred to as DAC).",
			want: []string{"Donghu Association for Science|signed-with|Donghu Academy of Science"},
		},
		"SignedWithHereinafterQuoted": {
			text: "Cooperation News\n\nFenglin University signed a cooperation agreement with Beihai Luoxi Testing Institute Corporation (hereinafter referred to as “Luoxi Testing”) and Qiantang Group on May 3.",
			want: []string{"Fenglin University|signed-with|Beihai Luoxi Testing Institute Corporation", "Fenglin University|signed-with|Qiantang Group"},
		},
		"AbbreviatedAsBetween": {
			text: "Cooperation News\n\nThe agreement between Nanlu Vocational College (abbreviated as NVC) and Donghu Steel Group was signed on May 3.",
			want: []string{"Nanlu Vocational College|signed-with|Donghu Steel Group"},
		},
	})
}

// TestNameGrammarSigned13QuotedBetween: a "between" inside a quoted
// agreement title that names no party ("the “Framework Agreement for the
// Integrated Development Between School and City”") is the title's word,
// not the sentence's: the "with" after the title names the party. A title
// that names its parties after "between" still gives them. Names are made
// up.
func TestNameGrammarSigned13QuotedBetween(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CurlyTitleBetweenSchoolAndCity": {
			text: "Cooperation News\n\nSince Fenglin University signed the “Framework Agreement for the Integrated Development Between School and City” with Beihai City last year, both sides have fully cooperated.",
			want: []string{"Fenglin University|signed-with|Beihai"},
		},
		"StraightTitleBetweenSchoolAndCounty": {
			text: "Cooperation News\n\nDonghu Group signed the \"Agreement on Deep Integration between School and County\" with Fenglin University on May 3.",
			want: []string{"Donghu Group|signed-with|Fenglin University"},
		},
		"TitleBetweenMainClause": {
			text: "Cooperation News\n\nOn May 3, Nanlu Vocational College signed the “Memorandum on Joint Development Between Province and School” with Qiantang Normal University.",
			want: []string{"Nanlu Vocational College|signed-with|Qiantang Normal University"},
		},
		// near-misses: a title that names its parties gives them
		"TitleNamesItsParties": {
			text: "Cooperation News\n\nDonghu Group signed the “Cooperation Agreement between Donghu Group and Fenglin University” on May 3.",
			want: []string{"Donghu Group|signed-with|Fenglin University"},
		},
		"StraightTitleNamesGovernment": {
			text: "Cooperation News\n\nFenglin University signed the \"Agreement between Beihai Government and Fenglin University\" on May 3.",
			want: []string{"Fenglin University|signed-with|Beihai"},
		},
	})
}
