package extract

import "testing"

// TestNameGrammarSigned6 checks the places a signing sentence names only
// to say where a party or the ceremony is: the place of the event ("held
// in X", "signed in X and Y"), the country or province after a party and a
// comma, and a nationality before "city of"; and the bodies a fronted
// clause of purpose names ("In order to fulfil the requirements of X, A
// and B signed"), who sign nothing; and the partners named after a group
// noun ("with four universities at the ceremony, namely A, B", "with the
// counties of A, B and C"); and the object of a visit or attendance that
// "and" joins to the signing, which is no signer ("P visited X and signed
// with Y"). Every name is made up;
// near-misses must not fire.
func TestNameGrammarSigned6(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CeremonyHeldInCityBeforeSigners": {
			text: "The signing ceremony of Donghu University and Qiantang Group was held in Beihai, and Li Wei and Zhang Hua signed the agreement on behalf of the two sides.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai", "Qiantang Group|signed-with|Beihai"},
		},
		"SignedInTwoCities": {
			text: "Donghu University got five projects signed in Beihai and Luoxi, including the cooperation agreement with Qiantang Group.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Luoxi", "Qiantang Group|signed-with|Luoxi", "Donghu University|signed-with|Beihai"},
		},
		"CountryAfterPartnerInHeadline": {
			text: "Cooperation Agreement Signed between Donghu University and Qiantang Autonomous University, Mexico\n\nThe two universities will exchange students.",
			want: []string{"Donghu University|signed-with|Qiantang Autonomous University"},
			not:  []string{"Donghu University|signed-with|Mexico", "Qiantang Autonomous University|signed-with|Mexico"},
		},
		"CountryAfterPartnerWith": {
			text: "Donghu University signed an exchange agreement with the Qiantang Institute of Technology, Brazil, on Monday.",
			want: []string{"Donghu University|signed-with|Qiantang Institute of Technology"},
			not:  []string{"Donghu University|signed-with|Brazil"},
		},
		"NationalityBeforeCityOf": {
			text: "A memorandum of understanding was signed between Beihai and the German city of Luoxi.",
			want: []string{"Beihai|signed-with|Luoxi"},
			not:  []string{"Beihai|signed-with|German", "Luoxi|signed-with|German"},
		},
		// near-misses: a place that is a side stays one
		"PlaceSideBeforeVenue": {
			text: "Donghu University signed a strategic cooperation agreement with Beihai in Luoxi.",
			want: []string{"Donghu University|signed-with|Beihai"},
			not:  []string{"Donghu University|signed-with|Luoxi"},
		},
		"ProvinceListAfterPartner": {
			text: "Donghu University signed cooperation agreements with Qiantang Group, Yunnan and Hunan.",
			want: []string{"Donghu University|signed-with|Yunnan", "Donghu University|signed-with|Hunan", "Donghu University|signed-with|Qiantang Group"},
		},
		"SidesBeforeSigningInTheirCity": {
			text: "Donghu University and Beihai held talks on May 3.\n\nThe two sides then signed the agreement in Beihai.",
			want: []string{"Donghu University|signed-with|Beihai"},
		},
		"PurposeClauseRequirementsOf": {
			text: "In order to implement the spirit of the Beihai Education Conference, fulfill the requirements of the Nanlu Provincial Committee and the Nanlu Education Bureau, and promote vocational education, on June 21, Donghu Polytechnic and Qiantang Vocational School signed a cooperation agreement.",
			want: []string{"Donghu Polytechnic|signed-with|Qiantang Vocational School"},
			not:  []string{"Donghu Polytechnic|signed-with|Nanlu Education Bureau", "Qiantang Vocational School|signed-with|Nanlu Education Bureau"},
		},
		"PurposeClauseToImplement": {
			text: "To implement the strategy of the Luoxi Municipal Science Bureau, Donghu University, Qiantang Group and Xiling Institute of Optics signed a tripartite agreement on May 3.",
			want: []string{"Donghu University|signed-with|Qiantang Group", "Donghu University|signed-with|Xiling Institute of Optics", "Qiantang Group|signed-with|Xiling Institute of Optics"},
			not:  []string{"Donghu University|signed-with|Luoxi Municipal Science Bureau"},
		},
		"PurposeClauseNamingTheSigners": {
			text: "In order to promote the cooperation between Donghu University and Qiantang Group, after a friendly consultation, Donghu University and Qiantang Group signed the agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		// near-miss: "to" after the subject is no fronted purpose clause
		"SubjectBeforeToClause": {
			text: "Donghu University and Qiantang Group, to deepen cooperation, signed an agreement with the Xiling Museum.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Qiantang Group|signed-with|Xiling Museum"},
		},
		"GroupAtCeremonyNamely": {
			text: "Donghu Normal University signed cooperation agreements with four foreign universities at the ceremony, namely the Qiantang State University, the Beihai State University of Film, the Luoxi Pedagogical University and Xiling Normal University.",
			want: []string{"Donghu Normal University|signed-with|Qiantang State University", "Donghu Normal University|signed-with|Beihai State University of Film", "Donghu Normal University|signed-with|Luoxi Pedagogical University", "Donghu Normal University|signed-with|Xiling Normal University"},
			not:  []string{"Qiantang State University|signed-with|Luoxi Pedagogical University"},
		},
		"GroupDuringVisitIncluding": {
			text: "Donghu University signed agreements with three enterprises during the visit, including Qiantang Steel Group, Beihai Optics Group and Luoxi Foods Group.",
			want: []string{"Donghu University|signed-with|Qiantang Steel Group", "Donghu University|signed-with|Luoxi Foods Group"},
			not:  []string{"Qiantang Steel Group|signed-with|Beihai Optics Group"},
		},
		"CountiesOfList": {
			text: "Donghu University recently signed agreements with the counties of Beihai, Luoxi and Xiling in Nanlu province to jointly build 12 centers.",
			want: []string{"Donghu University|signed-with|Beihai", "Donghu University|signed-with|Luoxi", "Donghu University|signed-with|Xiling"},
			not:  []string{"Donghu University|signed-with|Nanlu", "Beihai|signed-with|Luoxi"},
		},
		"CitiesOfListWithAnd": {
			text: "The Qiantang Group signed investment agreements with the cities of Beihai and Luoxi on Monday.",
			want: []string{"Qiantang Group|signed-with|Beihai", "Qiantang Group|signed-with|Luoxi"},
		},
		// near-misses: one place after the group noun names where the group is
		"UniversitiesOfProvince": {
			text: "Donghu Museum signed agreements with the universities of Nanlu on student internships.",
			not:  []string{"Donghu Museum|signed-with|Nanlu"},
		},
		"GroupAtCeremonyNoList": {
			text: "Donghu University signed agreements with four universities at the ceremony, and Qiantang Group presented gifts.",
			not:  []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"AttendedForXAndSignedWithInstitute": {
			text: "Li Wei, president of Donghu University, visited Xiling Institute of Technology.\n\nOn November 17, Li Wei attended the conference on support for Xiling Institute of Technology and signed a strategic cooperation agreement with Xiling Institute of Technology.",
			want: []string{"Donghu University|signed-with|Xiling Institute of Technology"},
		},
		"VisitedCityAndSignedWithProvince": {
			text: "A delegation led by Donghu University President Li Wei visited Beihai, Nanlu Province, and signed a strategic cooperation agreement with the Nanlu Provincial Government.",
			want: []string{"Donghu University|signed-with|Nanlu"},
			not:  []string{"Beihai|signed-with|Nanlu"},
		},
		"TouredLabAndSigned": {
			text: "The delegation of Qiantang Group toured the laboratories of Donghu University and signed a cooperation agreement with Luoxi Institute.",
			want: []string{"Qiantang Group|signed-with|Luoxi Institute"},
			not:  []string{"Donghu University|signed-with|Luoxi Institute"},
		},
		// near-miss: two bodies as the subject of both verbs both sign
		"TwoSubjectsVisitedAndSigned": {
			text: "Donghu University and Qiantang Group visited the Beihai Science Park and signed a cooperation agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai Science Park"},
		},
	})
}
