package extract

import "testing"

// TestNameGrammarNames13AffiliatedToWholeParent: a capitalised tie to the
// parent in an official name ("The High School Affiliated to the X Academy
// of Fine Arts", "Y Hospital Affiliated to Z University of Science and
// Technology") names the whole parent: the unit's name runs to the end of
// the parent's, "of …" included, and the parent is the unit's. A parent
// of one run is unchanged, and a lower-case tie ("the hospitals affiliated
// to X") is no name. Names are made up.
func TestNameGrammarNames13AffiliatedToWholeParent(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"HighSchoolAffiliatedToAcademyOfFineArts": {
			text:  "Cooperation News\n\nThe High School Affiliated to the Fenglin Academy of Fine Arts (FAFA) signed a strategic cooperation agreement with the Donghu Youth Arts Committee.",
			names: []string{"High School Affiliated to the Fenglin Academy of Fine Arts", "Fenglin Academy of Fine Arts"},
			not:   []string{"High School Affiliated to the Fenglin Academy"},
		},
		"HospitalAffiliatedToUniversityOfScience": {
			text:  "Cooperation News\n\nThe Second Hospital Affiliated to Donghu University of Science and Technology signed an agreement with Beihai Group.",
			names: []string{"Second Hospital Affiliated to Donghu University of Science and Technology", "Donghu University of Science and Technology"},
			not:   []string{"Second Hospital Affiliated to Donghu University"},
		},
		"MiddleSchoolAffiliatedWithAcademyOfSocialSciences": {
			text:  "Cooperation News\n\nThe Middle School Affiliated with Qiantang Academy of Social Sciences held a ceremony with Nanlu District.",
			names: []string{"Middle School Affiliated with Qiantang Academy of Social Sciences"},
			not:   []string{"Middle School Affiliated with Qiantang Academy"},
		},
		// near-misses: a parent of one run, and a lower-case tie
		"ParentOfOneRun": {
			text:  "Cooperation News\n\nThe High School Affiliated to Fenglin University signed an agreement with Donghu Group.",
			names: []string{"High School Affiliated to Fenglin University", "Fenglin University"},
		},
		"LowerCaseTieIsNoName": {
			text:  "Cooperation News\n\nFenglin University signed agreements with the hospitals affiliated to the Donghu Academy of Medical Sciences.",
			names: []string{"Donghu Academy of Medical Sciences"},
			not:   []string{"hospitals affiliated to the Donghu Academy of Medical Sciences"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"WholeNameSignsAndIsPart": {
			text: "Cooperation News\n\nThe High School Affiliated to the Fenglin Academy of Fine Arts (FAFA) signed a strategic cooperation agreement with the Donghu Youth Arts Committee.",
			want: []string{"High School Affiliated to the Fenglin Academy of Fine Arts|signed-with|Donghu Youth Arts Committee",
				"High School Affiliated to the Fenglin Academy of Fine Arts|part-of|Fenglin Academy of Fine Arts"},
		},
	})
}

// TestNameGrammarNames13DottedCapitals: a country's abbreviation written
// with periods and joined to a name word by a hyphen ("China-U.S. Chamber
// of Commerce", "Sino-U.K. Education Foundation") is one word of the name:
// its periods are no initials that end a name. Initials written apart ("J.
// K. Liu") stay a person's. Names are made up.
func TestNameGrammarNames13DottedCapitals(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"ChinaUSChamber": {
			text:  "Cooperation News\n\nOn May 3, Beihai city government and the China-U.S. Chamber of Commerce signed a strategic cooperation agreement.",
			names: []string{"China-U.S. Chamber of Commerce"},
			not:   []string{"S. Chamber of Commerce"},
		},
		"SinoUKFoundation": {
			text:  "Cooperation News\n\nFenglin University and the Sino-U.K. Education Foundation signed an agreement on May 3.",
			names: []string{"Sino-U.K. Education Foundation", "Fenglin University"},
			not:   []string{"K. Education Foundation"},
		},
		"PlaceUSFriendshipAssociation": {
			text:  "Cooperation News\n\nThe Beihai-U.S. Friendship Association held a forum with Donghu University.",
			names: []string{"Beihai-U.S. Friendship Association"},
			not:   []string{"S. Friendship Association"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"ChamberSigns": {
			text: "Cooperation News\n\nOn May 3, Beihai city government and the China-U.S. Chamber of Commerce signed a strategic cooperation agreement.",
			want: []string{"Beihai|signed-with|China-U.S. Chamber of Commerce"},
		},
		// near-misses: the abbreviation alone names no body, and spaced
		// initials stay a person's
		"StandaloneUSIsNoParty": {
			text: "Cooperation News\n\nFenglin University signed an agreement with Donghu Group in the U.S. on May 3.",
			want: []string{"Fenglin University|signed-with|Donghu Group"},
			not:  []string{"Fenglin University|signed-with|S."},
		},
		"SpacedInitialsStayPerson": {
			text: "Cooperation News\n\nAndrew K. Lowe, president of Fenglin University, signed the agreement with Donghu Group.",
			want: []string{"Andrew K. Lowe|leads|Fenglin University"},
		},
	})
}
