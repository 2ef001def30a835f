package extract

import "testing"

// TestNameGrammarHome7 checks what the article's own body is (resolve_home.go):
// "our <noun>" is the body of that kind the text never sets against itself
// (not its partner "with" or "and", not a namesake in the same sentence),
// even when the text names it once and its partners often; a post "of our
// X" is a post of that body; where no body of the kind is left, "our X"
// stands for none and its posts go to no partner. And "the university" or
// "the group" that no name explains is the body the text names only by an
// abbreviation holding the noun's initial. Every name is made up;
// near-misses must not fire.
func TestNameGrammarHome7(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"OurUniversityNamedOnceInQuotedTitle": {
			text: "From May 3 to 6, Li Wei, Secretary of the Discipline Inspection Commission of our university, led a delegation to Beihai. " +
				"Li Wei and his party signed a cooperation agreement with Qiantang Institute of Science and Technology. " +
				"They also held talks with the School of Business of Qiantang University of Science and Technology. " +
				"They discussed the \"Strategic Cooperation Agreement between Donghu University and Beihai Municipal People's Government\".",
			want: []string{"Li Wei|leads|Donghu University"},
			not:  []string{"Li Wei|leads|Qiantang University of Science and Technology", "Li Wei|leads|Qiantang Institute of Science and Technology"},
		},
		"OurUniversityIsAnInstituteNotItsPartner": {
			text: "Our university and Qiantang Agricultural University signed a strategic cooperation agreement\n\n" +
				"On May 6, Chairman Wang Lin led a team to Qiantang Agricultural University. Zhao Min, President of Qiantang Agricultural University, met them. " +
				"The Framework Agreement between Qiantang Agricultural University and Donghu Institute of Technology was signed. " +
				"Zhou Lan, Vice President of our university, spoke.",
			want: []string{"Zhou Lan|leads|Donghu Institute of Technology", "Zhao Min|leads|Qiantang Agricultural University"},
			not:  []string{"Zhou Lan|leads|Qiantang Agricultural University"},
		},
		"OurDepartmentNamedInDateline": {
			text: "A Return Visit to Qiantang Rental Co., Ltd\n\n" +
				"On May 27, the department of mechanical engineering of Donghu Polytechnic and Qiantang Rental Co., Ltd held a meeting. " +
				"Wang Lin, director of our department, and Zhao Min, deputy director of our department, attended the meeting.",
			want: []string{"Wang Lin|leads|department of mechanical engineering, Donghu Polytechnic", "Zhao Min|leads|department of mechanical engineering, Donghu Polytechnic"},
			not:  []string{"Wang Lin|leads|Qiantang Rental Co., Ltd", "Wang Lin|leads|Donghu Polytechnic"},
		},
		"OurCompanyBesideItsPartner": {
			text: "Beihai Lijiang Biotech Co., Ltd. and Donghu University signed an internship base agreement. " +
				"The ceremony held by the company and Donghu University was held at our company. " +
				"Mao Lin, chairman of our company, spoke at the ceremony.",
			want: []string{"Mao Lin|leads|Beihai Lijiang Biotech Co., Ltd."},
			not:  []string{"Mao Lin|leads|Donghu University"},
		},
		"GroupKnownOnlyByAbbreviation": {
			text: "Strategic Cooperation Agreement between XQCG and Beihai\n\n" +
				"On May 3, Liu Ming, president of the group, signed an agreement with Beihai Municipal Government. Zhou Lan, vice president of the group, attended.",
			want: []string{"Liu Ming|leads|XQCG", "Zhou Lan|leads|XQCG"},
		},
		"UniversityKnownOnlyByAbbreviation": {
			text: "Delegation Visits Qiantang Hospital\n\n" +
				"On June 5, a delegation went to Qiantang Hospital. Luo Jie, President of Qiantang Hospital, received them. " +
				"The two sides reviewed the agreement between the university and the hospital signed in 2018. " +
				"The tenth Party Congress of DHAU set the goal of building DHAU into a world-class university.",
			want: []string{"DHAU|signed-with|Qiantang Hospital"},
		},
		"HospitalOpeningBesidePartner": {
			text: "On 22 August, Dr. Wang Lin, president of the hospital, and Dr. Mario Rossi, president of Beihai University Hospital of Italy, signed an agreement on behalf of both sides.\n\n" +
				"This is the first time for DQH to build a partnership with an institute of the EU.",
			want: []string{"Wang Lin|leads|DQH", "Mario Rossi|leads|Beihai University Hospital of Italy"},
			not:  []string{"Wang Lin|leads|Beihai University Hospital of Italy"},
		},
		"HospitalNamedInLaterSentence": {
			text: "On 22 August, Dr. Wang Lin, president of the hospital, met the visitors.\n\nQiantang Hospital has 700 beds.",
			want: []string{"Wang Lin|leads|Qiantang Hospital"},
		},
		// near-misses: the text never names its own body
		"OurCollegeUnnamedAwardTitle": {
			text: "Our College was Awarded the Title of Excellent Partner College by Qiantang Motors\n\n" +
				"On January 8, a seminar sponsored by Qiantang Motors was held in Beihai. Zhou Lan, Vice President of our College, attended the seminar.",
			not: []string{"Zhou Lan|leads|Qiantang Motors", "Zhou Lan|leads|Excellent Partner College"},
		},
		"OurSchoolOnlyPartnerSchool": {
			text: "Our school signed a contract with Beihai Primary School. " +
				"Wang Lin, Vice Dean of our College, and Zhao Min, Principal of Beihai Primary School, attended the signing ceremony.",
			want: []string{"Zhao Min|leads|Beihai Primary School"},
			not:  []string{"Wang Lin|leads|Beihai Primary School"},
		},
		"UniversityNamedBesideAbbreviation": {
			text: "On June 5, QTUT signed an agreement with Donghu University. Luo Jie, President of the university, spoke.",
			want: []string{"Luo Jie|leads|Donghu University"},
			not:  []string{"Luo Jie|leads|QTUT"},
		},
	})
}
