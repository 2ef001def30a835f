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
		// a post followed by an "of" phrase no name gives is of that
		// unnamed body: never the body before it in the list, nor the
		// article's
		"OwnUnnamedBodyAfterSemicolon": {
			text: "Attendees are as follows: Wang Lei, the secretary of the Party committee of the Luoxi Bureau of Commerce; Huang Min, the general manager of the business department of the head office of MCB; Zhao Hui, the director of the Mingcheng Museum.",
			want: []string{"Wang Lei|leads|Luoxi Bureau of Commerce", "Zhao Hui|leads|Mingcheng Museum"},
			not:  []string{"Huang Min|leads|Luoxi Bureau of Commerce", "Huang Min|leads|Mingcheng Museum"},
		},
		"OwnUnnamedBodyAfterComma": {
			text: "Tanhai University welcomed the guests. Zhao Hui, curator of the Mingcheng Museum, and Huang Min, deputy manager of the sales office of the regional head office, attended.",
			want: []string{"Zhao Hui|leads|Mingcheng Museum"},
			not:  []string{"Huang Min|leads|Mingcheng Museum", "Huang Min|leads|Tanhai University"},
		},
		// near-miss: a bare post in the list is still the body's before it
		"BarePostCarriesInList": {
			text: "Zhao Hui, curator of the Mingcheng Museum, and Huang Min, deputy curator, received the guests from Tanhai University.",
			want: []string{"Zhao Hui|leads|Mingcheng Museum", "Huang Min|leads|Mingcheng Museum"},
		},
		// a society's central committee is the society, as a
		// university's party committee is the university
		"PossessedCentralCommittee": {
			text: "Zhao Hui, chairman of the Luoxi League's Central Committee, visited Tanhai University.",
			want: []string{"Zhao Hui|leads|Luoxi League"},
			not:  []string{"Zhao Hui|leads|Central Committee"},
		},
		"PossessedCentralCommitteeSecondPost": {
			text: "Zhao Hui, vice chairman of the Mingcheng People's Congress and chairman of the Luoxi League's Central Committee, spoke at Tanhai University.",
			want: []string{"Zhao Hui|leads|Luoxi League"},
			not:  []string{"Zhao Hui|leads|Central Committee"},
		},
		// near-miss: another possessed unit is its own body
		"PossessedTechnologyCentre": {
			text: "Zhao Hui, director of the Luoxi Group's Technology Centre, visited Tanhai University.",
			want: []string{"Zhao Hui|leads|Technology Centre*"},
			not:  []string{"Zhao Hui|leads|Luoxi Group"},
		},
		// "chief representative" is a representative's rank, no leadership
		"ChiefRepresentativeIsNoLeader": {
			text: "Zhao Hui, chief representative of the Luoxi Chamber of Commerce, and Qian Wen, president of Tanhai University, signed the agreement with Mingcheng Group.",
			want: []string{"Zhao Hui|member-of|Luoxi Chamber of Commerce", "Qian Wen|leads|Tanhai University"},
			not:  []string{"Zhao Hui|leads|Mingcheng Group", "Zhao Hui|leads|Luoxi Chamber of Commerce", "Zhao Hui|leads|Tanhai University"},
		},
		"ChiefRepresentativeInList": {
			text: "Tanhai University welcomed Sun Hao, vice chairman of Mingcheng Group, and Zhao Hui, chief representative of Mingcheng Group for China.",
			want: []string{"Sun Hao|leads|Mingcheng Group"},
			not:  []string{"Zhao Hui|leads|Mingcheng Group", "Zhao Hui|leads|Tanhai University"},
		},
		// near-miss: a chief's other post words keep their reading
		"ChiefEngineerStaysMember": {
			text: "Sun Hao, chief engineer of Mingcheng Group, visited Tanhai University.",
			want: []string{"Sun Hao|member-of|Mingcheng Group"},
			not:  []string{"Sun Hao|leads|Mingcheng Group"},
		},
		// a government post never takes a university's "of X" shared
		// across a coordinated post of another kind
		"MayorAndPresidentOfUniversity": {
			text: "Mayor Zhao Hui and President Qian Wen of Tanhai University signed the agreement in Luoxi City.",
			want: []string{"Qian Wen|leads|Tanhai University", "Zhao Hui|leads|Luoxi"},
			not:  []string{"Zhao Hui|leads|Tanhai University"},
		},
		"ViceGovernorAndDeanOfCollege": {
			text: "The meeting was held in Luoxi City. Vice Governor Zhao Hui and Dean Qian Wen of Mingcheng College attended.",
			want: []string{"Qian Wen|leads|Mingcheng College"},
			not:  []string{"Zhao Hui|leads|Mingcheng College"},
		},
		// near-miss: two posts of one kind share the "of X"
		"PresidentAndDeanOfUniversity": {
			text: "President Zhao Hui and Dean Qian Wen of Tanhai University received the guests in Luoxi City.",
			want: []string{"Qian Wen|leads|Tanhai University", "Zhao Hui|leads|Tanhai University"},
		},
	})
}
