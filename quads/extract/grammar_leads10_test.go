package extract

import "testing"

// TestNameGrammarLeads10SpeakerOurBody checks a bare post whose holder
// speaks of "our X": "President P said that our university …" — the
// speaker's own body is the one the post is of, even when the partner is
// named more often. Thanking or praising "our X" is said to the other side.
func TestNameGrammarLeads10SpeakerOurBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SaidThatOur": {
			text: "Nanhu Laboratory and Tanhai University signed an agreement. Nanhu Laboratory is a new lab.\nPresident Li Wen said that our university had always valued cooperation.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Laboratory"},
		},
		"PointedOutThatOur": {
			text: "Nanhu Laboratory and Tanhai University signed an agreement. Nanhu Laboratory is a new lab.\nVice President Zhao Min pointed out that our university would support the lab.",
			want: []string{"Zhao Min|leads|Tanhai University"},
			not:  []string{"Zhao Min|leads|Nanhu Laboratory"},
		},
		"NotedOurCompany": {
			text: "Tanhai University and Nanhu Group signed an agreement. Tanhai University will train engineers. Tanhai University is old.\nChairman Chen Qiu noted that our company needs talent.",
			want: []string{"Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Chen Qiu|leads|Tanhai University"},
		},
		// near-miss: the holder thanks "our X", so is of the other side
		"ThankedOur": {
			text: "Nanhu Laboratory and Tanhai University signed an agreement. Nanhu Laboratory is a new lab.\nPresident Li Wen thanked our university for its support.",
			not:  []string{"Li Wen|leads|Tanhai University"},
		},
	})
}

// TestNameGrammarLeads10UnnamedOwnBody checks a person whose post is "of
// our X" where the text never names X: a bare title of theirs later in
// the article is the same post of that unnamed body, never the post of the
// partner the article names most.
func TestNameGrammarLeads10UnnamedOwnBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"TitleBeforeNameLater": {
			text: "The School of Management and Nanhu Group signed an agreement.\nLi Wen, Vice President of our university, and Chen Qiu, Director of Nanhu Group, attended the ceremony. Vice President Li Wen delivered a speech.",
			want: []string{"Chen Qiu|leads|Nanhu Group"},
			not:  []string{"Li Wen|leads|*"},
		},
		"AppositionLater": {
			text: "The School of Management and Nanhu Group signed an agreement.\nLi Wen, Vice President of our university, and Chen Qiu, Director of Nanhu Group, attended the ceremony. Li Wen, the vice president, delivered a speech.",
			not:  []string{"Li Wen|leads|*"},
		},
		"DeanOfOurCollege": {
			text: "The Tanhai Primary School and Nanhu Group opened a base.\nZhao Min, Vice Dean of our College, and Sun Mei, Principal of Tanhai Primary School, attended. Dean Zhao Min thanked the school.",
			want: []string{"Sun Mei|leads|Tanhai Primary School"},
			not:  []string{"Zhao Min|leads|*"},
		},
		// near-miss: "our university" is named, so the bare title is its
		"OurBodyNamed": {
			text: "Tanhai University and Nanhu Group signed an agreement at Nanhu Group.\nLi Wen, Vice President of our university, and Chen Qiu, Director of Nanhu Group, attended the ceremony. Vice President Li Wen delivered a speech.",
			want: []string{"Li Wen|leads|Tanhai University"},
			not:  []string{"Li Wen|leads|Nanhu Group"},
		},
	})
}
