package extract

import "testing"

// TestNameGrammarLeads7 checks, on invented sentences, posts whose name
// follows an honorific after "T of O": "T of O professor P" is P's post at
// O, and the post before it is the earlier name's alone.
func TestNameGrammarLeads7(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostOfBodyHonorificName": {
			text: "Tanhai University and Luoxi Institute signed an agreement. Also present were Deputy Director of Tanhai University Office of International Affairs Chen Qiu, Deputy Director of Luoxi Institute professor Wu Lei and some researchers.",
			want: []string{"Chen Qiu|leads|Tanhai University Office of International Affairs", "Wu Lei|leads|Luoxi Institute"},
			not:  []string{"Chen Qiu|leads|Luoxi Institute"},
		},
		"PostOfBodyHonorificNameAfterApposition": {
			text: "Tanhai University and Luoxi Institute signed an agreement. Present were Chen Qiu, president of Tanhai University, director of Luoxi Institute Dr. Wu Lei and others.",
			want: []string{"Chen Qiu|leads|Tanhai University", "Wu Lei|leads|Luoxi Institute"},
			not:  []string{"Chen Qiu|leads|Luoxi Institute"},
		},
	})
}

// TestNameGrammarLeads7Its checks "its" after a post of a unit no name
// gives: "B, its deputy director" is of that unit, not of the body before.
func TestNameGrammarLeads7Its(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ItsAfterUnnamedUnit": {
			text: "Tanhai University hosted the forum. Guests included Wang Bo, vice minister of Sudland, part of the Norland Federation; Li Wen, director of the region's education department; and Zhao Yun, its deputy director.",
			not:  []string{"Zhao Yun|leads|Norland Federation", "Zhao Yun|leads|Sudland"},
		},
		"ItsAfterUnnamedUnitComma": {
			text: "Tanhai University hosted the forum. Guests included Wang Bo, president of Luoxi Institute, Li Wen, head of the city's planning office, and Zhao Yun, its deputy head.",
			want: []string{"Wang Bo|leads|Luoxi Institute"},
			not:  []string{"Zhao Yun|leads|Luoxi Institute"},
		},
		// near-miss: a named body before "its" is still its body
		"ItsAfterNamedBody": {
			text: "Tanhai University hosted the forum. Guests included Li Wen, director of Luoxi Institute, and Zhao Yun, its deputy director.",
			want: []string{"Zhao Yun|leads|Luoxi Institute", "Li Wen|leads|Luoxi Institute"},
		},
	})
}

// TestNameGrammarLeads7Former checks that the body of a past post ("P,
// former president of O") is spoken for by that post: no later rule of the
// sentence takes it for a party or for another name's body.
func TestNameGrammarLeads7Former(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"FormerPostBodyNoParty": {
			text: "Tanhai Polytechnic signed a new round of cooperation agreement with Luoxi Company. The ceremony was attended by distinguished leaders such as Wang Bo, former Deputy Director of the Department of Vocational Education of the Ministry of Industry; Sun Mei, former first-level inspector of the Department of Rural Affairs of the Ministry of Industry; Li Wen, President of Luoxi Company; and Zhao Yun, President of Tanhai Polytechnic.",
			want: []string{"Li Wen|leads|Luoxi Company", "Zhao Yun|leads|Tanhai Polytechnic"},
			not:  []string{"Wang Bo|leads|*", "Ministry of Industry|signed-with|*", "Department of Vocational Education|signed-with|*"},
		},
		"FormerPostThenCurrent": {
			text: "Tanhai University and Luoxi Company signed an agreement. Wang Bo, former president of Mingcheng College and now chairman of Luoxi Company, attended. Both parties agreed to share laboratories.",
			want: []string{"Wang Bo|leads|Luoxi Company"},
			not:  []string{"Wang Bo|leads|Mingcheng College", "Mingcheng College|signed-with|*"},
		},
	})
}

// TestNameGrammarLeads7Delegation checks bare posts of a delegation's
// leader: "President P and N delegation members from O" is O's president;
// "Vice President P led a delegation from the School of X of U" is U's
// vice president, the institution's post, not the school's.
func TestNameGrammarLeads7Delegation(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostAndMembersFromBody": {
			text: "Tanhai University signed an agreement with Luoxi Academy of Sciences. On May 9, President Wang Bo and seven delegation members from Luoxi Academy of Sciences visited Tanhai University for talks.",
			want: []string{"Wang Bo|leads|Luoxi Academy of Sciences"},
			not:  []string{"Wang Bo|leads|Tanhai University"},
		},
		"PostAndHisDelegationFromBody": {
			text: "Tanhai University hosted the talks. Vice President Wang Bo and his delegation from Luoxi Institute of Technology visited Tanhai University on Monday.",
			want: []string{"Wang Bo|leads|Luoxi Institute of Technology"},
			not:  []string{"Wang Bo|leads|Tanhai University"},
		},
		// near-miss: the name's own body is said before; "and" joins
		// another party
		"PostAndOtherPartyFrom": {
			text: "Tanhai University hosted the talks. President Wang Bo of Tanhai University and experts from Luoxi Institute of Technology discussed the plan.",
			want: []string{"Wang Bo|leads|Tanhai University"},
			not:  []string{"Wang Bo|leads|Luoxi Institute of Technology"},
		},
		"InstitutionPostLedSchoolDelegation": {
			text: "Tanhai University is in Mingcheng. Vice-President Zhao Yun led a delegation from the School of Civil Engineering of Tanhai University to Luoxi Company for an internship base event.",
			want: []string{"Zhao Yun|leads|Tanhai University"},
			not:  []string{"Zhao Yun|leads|School of Civil Engineering*"},
		},
	})
}

// TestNameGrammarLeads7UnreadBody checks a bare post before a name whose
// "of" is followed by a body no rule read as one: the post is of that
// body, so it is bound to none, not to the home body nor to a body named
// before.
func TestNameGrammarLeads7UnreadBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostsOfUnreadBody": {
			text: "Tanhai University opened a base.\n\nDeputy Secretary Feng Xiao and Vice Dean Wu Dang of Tanhai University, Dr. Hu Wei of the School of Chemistry, as well as CEO Mr. Zhang Zhi and Vice General Manager Wu Jun of Luoxi New Material, witnessed the establishment of the base.",
			want: []string{"Feng Xiao|leads|Tanhai University", "Wu Dang|leads|Tanhai University"},
			not:  []string{"Wu Jun|leads|Tanhai University", "Zhang Zhi|leads|Tanhai University"},
		},
		"PostOfUnreadBodyAtStart": {
			text: "Tanhai University signed an agreement.\n\nGeneral Manager Wu Jun of Luoxi Bright Material attended the ceremony and spoke.",
			not:  []string{"Wu Jun|leads|Tanhai University"},
		},
		// near-miss: a body that is read is the post's
		"PostOfReadBody": {
			text: "Tanhai University signed an agreement.\n\nGeneral Manager Wu Jun of Luoxi Materials Co., Ltd. attended the ceremony and spoke.",
			want: []string{"Wu Jun|leads|Luoxi Materials Co., Ltd."},
		},
	})
}
