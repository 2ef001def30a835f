package extract

import "testing"

// TestNameGrammarSigned9 checks who the parties of a signing are when a
// clause of another verb comes before the signing's own clause ("The
// ceremony was hosted by X and Y, and A and B signed", "P, director of
// X, attended, and Q, president of A, signed with B"): the earlier
// clause's bodies host, attend, speak or meet and sign nothing. Also that
// the gerund after "the signing ceremony of" names the agreement's topic,
// not its parties. Every name is made up; near-misses must not fire.
func TestNameGrammarSigned9(t *testing.T) {
	const ab = "Donghu University|signed-with|Qiantang Group"
	checkGrammar(t, map[string]grammarCase{
		"HostsPassiveThenSigners": {
			text: "Cooperation News\n\nThe ceremony was co-hosted by Beihai Education Bureau and Luoxi Science Park, and Donghu University and Qiantang Group signed an agreement.",
			want: []string{ab},
			not: []string{"Beihai Education Bureau|signed-with|Donghu University", "Luoxi Science Park|signed-with|Qiantang Group",
				"Beihai Education Bureau|signed-with|Luoxi Science Park"},
		},
		"PresiderThenSignerWith": {
			text: "Cooperation News\n\nBeihai Education Bureau presided over the ceremony, and Donghu University signed an agreement with Qiantang Group.",
			want: []string{ab},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University", "Beihai Education Bureau|signed-with|Qiantang Group"},
		},
		"AttendeesThenSigners": {
			text: "Cooperation News\n\nOfficials of Beihai Education Bureau and Luoxi Science Park attended, and Donghu University and Qiantang Group signed an agreement.",
			want: []string{ab},
			not:  []string{"Beihai Education Bureau|signed-with|Donghu University", "Beihai Education Bureau|signed-with|Luoxi Science Park"},
		},
		"TalksThenSignersSemicolon": {
			text: "Cooperation News\n\nBeihai Education Bureau and Luoxi Science Park held talks in May; Donghu University and Qiantang Group then signed an agreement in June.",
			want: []string{ab},
			not:  []string{"Beihai Education Bureau|signed-with|Luoxi Science Park", "Luoxi Science Park|signed-with|Donghu University"},
		},
		"SpeechesThenSigners": {
			text: "Cooperation News\n\nBeihai Education Bureau and Luoxi Science Park delivered speeches, and then Donghu University and Qiantang Group signed an agreement.",
			want: []string{ab},
			not:  []string{"Beihai Education Bureau|signed-with|Luoxi Science Park", "Beihai Education Bureau|signed-with|Qiantang Group"},
		},
		"GuestWithPostThenSignerWithPost": {
			text: "Cooperation News\n\nZhang Wei, director of Beihai Education Bureau, attended the event, and Li Ming, president of Donghu University, signed an agreement with Qiantang Group.",
			want: []string{ab},
			not:  []string{"Beihai Education Bureau|signed-with|Qiantang Group", "Beihai Education Bureau|signed-with|Donghu University"},
		},
		"CeremonyOfSupportingHeldAtGovernment": {
			text: "Cooperation News\n\nOn May 3, the signing ceremony of supporting Luoxi School Affiliated to Donghu University was held at the office of the Beihai District Government.",
			not:  []string{"Luoxi School Affiliated to Donghu University|signed-with|Beihai District", "Donghu University|signed-with|Beihai District"},
		},
		"CeremonyForJointlyBuilding": {
			text: "Cooperation News\n\nThe signing ceremony for jointly building Luoxi Science Park was held at Nanlu Hotel of Qiantang Group.",
			not:  []string{"Luoxi Science Park|signed-with|Qiantang Group", "Luoxi Science Park|signed-with|Nanlu Hotel"},
		},
		// near-misses: a list of signers with an Oxford comma, an aside or
		// a relative clause in the subject, a clause whose sides the
		// signing names by "the two sides", and a ceremony of two bodies
		"OxfordCommaListSigns": {
			text: "Cooperation News\n\nDonghu University, Qiantang Group, and Nanlu Bank signed a tripartite agreement.",
			want: []string{ab, "Donghu University|signed-with|Nanlu Bank", "Qiantang Group|signed-with|Nanlu Bank"},
		},
		"AsideInSubjectSigns": {
			text: "Cooperation News\n\nDonghu University, founded in 1950, and Qiantang Group signed an agreement on Monday.",
			want: []string{ab},
		},
		"RelativeClauseInSubjectSigns": {
			text: "Cooperation News\n\nDonghu University, which has cooperated with Nanlu Bank since 2010, and Qiantang Group signed an agreement on Monday.",
			want: []string{ab},
		},
		"TalksThenTwoSidesSign": {
			text: "Cooperation News\n\nDonghu University and Qiantang Group held talks, and the two sides signed an agreement.",
			want: []string{ab},
		},
		"CeremonyOfTwoBodies": {
			text: "Cooperation News\n\nThe signing ceremony of Donghu University and Qiantang Group was held on Monday.",
			want: []string{ab},
		},
	})
}
