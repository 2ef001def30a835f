package extract

import "testing"

// TestNameGrammarParts13PluralIsNoApposition: after one body and a comma,
// a plural unit noun and "of Y" ("X, hospitals of Y and Z enterprises")
// opens the list's next member: a plural says nothing of what the one
// body before it is. "X, one of the hospitals of Y", a singular "X, an
// affiliated hospital of Y" and a plural after a pair ("A and X,
// affiliated hospitals of Y") still make X Y's unit. Names are made up.
func TestNameGrammarParts13PluralIsNoApposition(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"HospitalsOfMinistry": {
			text: "Fenglin University Delegation Visits Donghu\n\nIn Donghu, the delegation exchanged views with the Donghu General Chamber of Commerce, hospitals of the Donghu Ministry of Health and local enterprises.",
			not:  []string{"Donghu General Chamber of Commerce|part-of|*", "Donghu General Chamber of Commerce, Donghu Ministry of Health|part-of|*"},
		},
		"SchoolsOfBureau": {
			text: "Fenglin University Delegation Visits Luoxi\n\nThe delegation met Qiantang Group, schools of the Luoxi Education Bureau and several museums.",
			not:  []string{"Qiantang Group|part-of|*", "Qiantang Group, Luoxi Education Bureau|part-of|*"},
		},
		"CompaniesUnderGroup": {
			text: "Fenglin University Delegation Visits Beihai\n\nThe delegation visited Beihai Port Authority, companies under the Nanlu Investment Group and two parks.",
			not:  []string{"Beihai Port Authority|part-of|*", "Beihai Port Authority, Nanlu Investment Group|part-of|*"},
		},
		// near-misses: "one of the" plural, and a singular apposition, state the part
		"OneOfTheHospitals": {
			text: "Cooperation News\n\nDonghu Central Hospital, one of the hospitals affiliated to Fenglin University, signed an agreement with Qiantang Group.",
			want: []string{"Donghu Central Hospital, Fenglin University|part-of|Fenglin University"},
		},
		"PluralAfterCoordinatedPair": {
			text: "Cooperation News\n\nDonghu Central Hospital and Beihai Children’s Hospital, affiliated hospitals of Fenglin University, signed agreements with Qiantang Group.",
			want: []string{"Beihai Children’s Hospital, Fenglin University|part-of|Fenglin University"},
		},
		"SingularAffiliatedHospital": {
			text: "Cooperation News\n\nDonghu Central Hospital, an affiliated hospital of Fenglin University, signed an agreement with Qiantang Group.",
			want: []string{"Donghu Central Hospital, Fenglin University|part-of|Fenglin University"},
		},
	})
}

// TestNameGrammarParts13RankOfCommaParent: "Unit, Body" makes a unit the
// body's only where the unit may be one of the body's as their heads
// tell: a school, college or institute is no bureau's, office's or
// department's unit, so in "A, Institute of X, Y Bureau of Z," the names
// are a list. A division or office of a bureau, and a school of a
// university, are still the body's. Names are made up.
func TestNameGrammarParts13RankOfCommaParent(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"InstituteThenBureauInList": {
			text: "Cooperation News\n\nLeaders of Donghu Planning Division, Institute of Coastal Agriculture, Nanlu Bureau of Agricultural and Rural Affairs, attended the meeting.",
			not: []string{"Institute of Coastal Agriculture, Nanlu Bureau of Agricultural and Rural Affairs|part-of|*",
				"Donghu Planning Division, Nanlu Bureau of Agricultural and Rural Affairs|part-of|*"},
		},
		"InstituteThenBureauThenGroup": {
			text: "Cooperation News\n\nExperts from the Institute of Geology, Nanlu Bureau of Natural Resources, and Donghu University attended the forum.",
			not:  []string{"Institute of Geology, Nanlu Bureau of Natural Resources|part-of|*"},
		},
		"SchoolOfUniversityThenInstituteThenBureau": {
			text: "Cooperation News\n\nTeachers from the School of Law, Fenglin University, the Institute of Physics, Qiantang Bureau of Commerce, and Donghu Group attended the lecture.",
			want: []string{"School of Law, Fenglin University|part-of|Fenglin University"},
			not:  []string{"Institute of Physics, Qiantang Bureau of Commerce|part-of|*"},
		},
		// near-misses: the unit may be the body's
		"SchoolOfUniversity": {
			text: "Cooperation News\n\nThe School of Law, Fenglin University, signed an agreement with Qiantang Group.",
			want: []string{"School of Law, Fenglin University|part-of|Fenglin University"},
		},
		"DivisionOfBureau": {
			text: "Cooperation News\n\nStaff of the Division of Finance, Donghu Bureau of Commerce, attended the meeting.",
			want: []string{"Division of Finance, Donghu Bureau of Commerce|part-of|Donghu Bureau of Commerce"},
		},
	})
}
