package extract

import "testing"

// TestNameGrammarSigned7 checks who "the two sides" of a signing are when
// the sentence names neither: not the guests an earlier sentence says
// attended ("The ceremony was attended by P, inspector of X"), nor the
// bodies of posts their holders no longer hold ("P, former director of
// X"), nor the body of a dateline ("X, May 23, 2011: …"). Every name is made up; near-misses must not fire.
func TestNameGrammarSigned7(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"BothPartiesAfterFormerPostGuests": {
			text: "On May 3, Donghu Polytechnic signed a pairing agreement with Qiantang Vocational College. The ceremony was attended by Li Wei, former deputy director of the Department of Rural Education of the Ministry of Education; and Zhang Hua, former inspector of the Department of Teacher Training of the Ministry of Education.\n\nAt the ceremony, both parties signed the Work Agreement.",
			want: []string{"Donghu Polytechnic|signed-with|Qiantang Vocational College"},
			not: []string{"Department of Rural Education|signed-with|Department of Teacher Training",
				"Department of Rural Education, Ministry of Education|signed-with|Department of Teacher Training, Ministry of Education"},
		},
		"TwoSidesAfterAttendedByGuests": {
			text: "Donghu University and Qiantang Group held talks on June 2.\n\nThe meeting was attended by Beihai Education Bureau and Luoxi Science Park.\n\nThe two sides then signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai Education Bureau|signed-with|Luoxi Science Park"},
		},
		"TwoSidesAfterInvertedAttendance": {
			text: "Donghu University and Qiantang Group held talks on June 2.\n\nAttending the meeting were officials of Beihai Education Bureau and Luoxi Science Park.\n\nThe two sides then signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai Education Bureau|signed-with|Luoxi Science Park"},
		},
		"TwoSidesAfterPresentWere": {
			text: "Donghu University and Qiantang Group held talks on June 2.\n\nPresent at the talks were Beihai Education Bureau and Luoxi Science Park.\n\nBoth parties then signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai Education Bureau|signed-with|Luoxi Science Park"},
		},
		"TwoSidesAfterFormerPostsMet": {
			text: "Donghu University and Qiantang Group held talks on June 2.\n\nLi Wei, former president of Nanlu University, and Zhang Hua, former chairman of Beihai Holdings, spoke at the meeting.\n\nThe two sides then signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Nanlu University|signed-with|Beihai Holdings"},
		},
		"DatelineBodyBeforeColon": {
			text: "Library News\n\nDonghu University, May 23, 2011: Donghu University Library and Qiantang Library vowed further cooperation as the two signed an exchange agreement on May 9.",
			want: []string{"Donghu University Library|signed-with|Qiantang Library"},
			not:  []string{"Donghu University|signed-with|Qiantang Library", "Donghu University|signed-with|Donghu University Library"},
		},
		"DatelineBodyThenBothSides": {
			text: "Library News\n\nBeihai Institute, March 4, 2019: Nanlu Library and Luoxi Library held talks in Beihai. Both sides signed a cooperation agreement.",
			want: []string{"Nanlu Library|signed-with|Luoxi Library"},
			not:  []string{"Beihai Institute|signed-with|Nanlu Library", "Beihai Institute|signed-with|Luoxi Library"},
		},
		// near-misses: the sides a sentence names still sign, also when
		// they attended, and a subject before a comma and an aside signs
		"SubjectBeforeAsideSigns": {
			text: "Donghu University, founded in May 1950, signed an agreement with Qiantang Group on Monday.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"TwoSidesWhoAttended": {
			text: "Donghu University and Qiantang Group attended the Beihai Fair on June 2.\n\nThe two sides signed a cooperation agreement there.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"TwoSidesNamedBefore": {
			text: "Donghu University and Qiantang Group held talks on June 2.\n\nBoth sides signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
	})
}
