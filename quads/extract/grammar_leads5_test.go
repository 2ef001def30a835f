package extract

import "testing"

// TestNameGrammarLeads5 checks posts in lists of officials on invented
// sentences: a place name run on in lower case to a body's head noun
// ("director of Luoxi central hospital") is the body's, bound to the one
// the article names in capitals, and never to the place. Near-misses: a
// government post of the place keeps it; a place with no body noun after
// it keeps it.
func TestNameGrammarLeads5(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LowerBodyAfterPlaceNamedInCapitals": {
			text: "The meeting of Luoxi Central Hospital was held in Luoxi City. Zhao Lei, director of Luoxi central hospital, and Qian Wen, director of Luoxi maternal and child care service centre, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Luoxi Central Hospital"},
			not:  []string{"Zhao Lei|leads|Luoxi", "Qian Wen|leads|Luoxi", "Qian Wen|leads|Luoxi Central Hospital"},
		},
		"LowerBodyAfterPlaceUnnamed": {
			text: "Tanhai University held the meeting in Mingcheng City. Sun Hao, president of Mingcheng people's hospital, attended the ceremony.",
			not:  []string{"Sun Hao|leads|Mingcheng", "Sun Hao|leads|Tanhai University"},
		},
		"LowerBodyAfterPlaceAmongNamedBodies": {
			text: "The meeting was held in Luoxi City. Li Ming, dean of Luoxi vocational college, and Zhou Qiang, president of Tanhai University, signed the agreement.",
			want: []string{"Zhou Qiang|leads|Tanhai University"},
			not:  []string{"Li Ming|leads|Luoxi", "Li Ming|leads|Tanhai University"},
		},
		// near-miss: a government post of the place is the place's
		"GovPostBeforeLowerGovernmentWord": {
			text: "Tanhai University hosted the visit in Luoxi City. Zhao Lei, mayor of Luoxi city, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Luoxi"},
		},
		// near-miss: a post of the place's own party committee is the place's
		"PartyCommitteeOfPlaceLowerCase": {
			text: "Tanhai University hosted the visit in Luoxi City. Zhao Lei, secretary of Luoxi city party committee, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Luoxi"},
		},
		// near-miss: no body noun after the place: the post stays with it
		"PlaceWithoutBodyNoun": {
			text: "Tanhai University hosted the visit in Luoxi City. Zhao Lei, director of Luoxi, and Qian Wen, curator of Mingcheng Museum, attended the ceremony.",
			want: []string{"Qian Wen|leads|Mingcheng Museum"},
			not:  []string{"Qian Wen|leads|Luoxi"},
		},
	})
}
