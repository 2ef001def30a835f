package extract

import "testing"

// TestNameGrammarSigned10 checks three classes of signing: parties named
// after a compound of representative nouns ("with government
// representatives of A and B"), a count word opening the sentence that is
// no place ("Eight municipal libraries in A, B and C signed"), and bodies
// whose name holds a common noun's possessive ("X Teachers’ College", "X
// Children's Hospital"). Every name is made up; near-misses must not fire.
func TestNameGrammarSigned10(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"GovernmentRepresentativesOfTwoCities": {
			text: "Cooperation News\n\nOn May 3, Donghu University held talks and signed contracts of cooperation respectively with government representatives of Beihai City and Luoxi City.",
			want: []string{"Donghu University|signed-with|Beihai", "Donghu University|signed-with|Luoxi"},
		},
		"TheGovernmentRepresentativesOf": {
			text: "Cooperation News\n\nDonghu University signed a framework agreement with the government representatives of Nanlu County.",
			want: []string{"Donghu University|signed-with|Nanlu County"},
		},
		"GovernmentOfficialsOfGroupAndCity": {
			text: "Cooperation News\n\nDonghu University signed agreements with government officials of Beihai City and Luoxi City on Friday.",
			want: []string{"Donghu University|signed-with|Beihai", "Donghu University|signed-with|Luoxi"},
		},
		// near-miss: the representatives attend; the signing is between others
		"RepresentativesAttendOnly": {
			text: "Cooperation News\n\nGovernment representatives of Beihai City attended the ceremony, and Donghu University signed an agreement with Qiantang Group.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai", "Qiantang Group|signed-with|Beihai"},
		},
		"CountOfLibrariesIsNoPlace": {
			text: "Cooperation News\n\nEight municipal libraries in Beihai, Luoxi and Nanlu signed cooperation agreements with Donghu University.",
			not:  []string{"Eight|signed-with|Donghu University"},
		},
		"CountOfHospitalsIsNoPlace": {
			text: "Cooperation News\n\nThree county hospitals in Luoxi signed cooperation agreements with Donghu University.",
			not:  []string{"Three|signed-with|Donghu University"},
		},
		// near-miss: a place before "municipal" still signs as its city
		"PlaceMunicipalGovernmentSigns": {
			text: "Cooperation News\n\nBeihai Municipal Government signed an agreement with Donghu University.",
			want: []string{"Beihai|signed-with|Donghu University"},
		},
		"TeachersCollegeCurlyApostrophe": {
			text: "Cooperation News\n\nDonghu University signed a cooperation agreement with Luoxi Teachers’ College on May 3.",
			want: []string{"Donghu University|signed-with|Luoxi Teachers’ College"},
			not:  []string{"Donghu University|signed-with|Luoxi Teachers"},
		},
		"ChildrensHospitalStraightApostrophe": {
			text: "Cooperation News\n\nQiantang Children's Hospital and Donghu University signed an agreement on joint training.",
			want: []string{"Qiantang Children's Hospital|signed-with|Donghu University"},
		},
		"WomensFederationSigns": {
			text: "Cooperation News\n\nThe agreement was signed by Beihai Women’s Federation and Donghu University.",
			want: []string{"Beihai Women’s Federation|signed-with|Donghu University"},
		},
		// near-miss: a body's possessive before its unit is the unit's owner
		"UniversityPossessiveUnitStaysUnit": {
			text: "Cooperation News\n\nDonghu University's School of Law signed an agreement with Qiantang Group.",
			want: []string{"School of Law*"},
			not:  []string{"Donghu University's School of Law|signed-with|Qiantang Group"},
		},
		// a city's own museum or library "at" a university is where it
		// signed, not a unit of it; a generic-named museum there is one
		"CityMuseumAtUniversitySigns": {
			text: "Cooperation News\n\nXiling City and Qiantang University have cooperated for years. On May 3, an agreement was signed by Donghu Group and Xiling Folk Museum at Qiantang University in Xiling.",
			want: []string{"Donghu Group|signed-with|Xiling Folk Museum"},
			not:  []string{"Xiling Folk Museum|part-of|Qiantang University", "Donghu Group|signed-with|Qiantang University"},
		},
		"CityLibraryAtUniversity": {
			text: "Cooperation News\n\nXiling City is near the coast. Donghu Group signed an agreement with Xiling Municipal Library at Qiantang University.",
			want: []string{"Donghu Group|signed-with|Xiling Municipal Library"},
			not:  []string{"Xiling Municipal Library|part-of|Qiantang University"},
		},
		"GenericMuseumAtUniversityIsUnit": {
			text: "Cooperation News\n\nXiling City is near the coast. Donghu Group signed an agreement with the Art Museum at Qiantang University.",
			want: []string{"Art Museum, Qiantang University|part-of|Qiantang University"},
		},
		"CityNamedInstituteAtUniversityIsUnit": {
			text: "Cooperation News\n\nXiling City is near the coast. Donghu Group signed an agreement with Xiling Research Institute at Qiantang University.",
			want: []string{"Xiling Research Institute, Qiantang University|part-of|Qiantang University"},
		},
		// "the two sides" after the article's signing are its sides, not
		// the two bodies the sentence before happens to name
		"TwoSidesAfterSigningAreItsSides": {
			text: "Cooperation News\n\nDonghu University signed an agreement with Qiantang Group on May 3.\n\nLi Ming thanked Beihai Museum and Luoxi Library for their support.\n\nFinally, the two sides signed a memorandum on internships.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai Museum|signed-with|Luoxi Library"},
		},
		"PassiveAgreementAfterSigningNamesNoNewPair": {
			text: "Cooperation News\n\nDonghu University and Qiantang Group signed a framework agreement in Beihai.\n\nThe guests visited Beihai Museum and Luoxi Library in the afternoon.\n\nThe agreement was signed on Friday.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai Museum|signed-with|Luoxi Library"},
		},
		// near-miss: with no signing before, the pair named before signs
		"TwoSidesWithNoSigningBefore": {
			text: "Cooperation News\n\nBeihai Museum and Luoxi Library held talks on May 3.\n\nThe two sides signed an agreement.",
			want: []string{"Beihai Museum|signed-with|Luoxi Library"},
		},
		// a city's department named in lower case after the city's bare
		// name is a body of its own, not the city (SCHEMA.md)
		"DistrictEducationBureausSign": {
			text: "Cooperation News\n\nBeihai City and Luoxi County are neighbours. The Beihai district education bureau and the Luoxi culture and tourism bureau signed a framework agreement on Sept 23.",
			want: []string{"Beihai district education bureau|signed-with|Luoxi culture and tourism bureau"},
			not:  []string{"Beihai|signed-with|Luoxi"},
		},
		"HealthCommissionHeadline": {
			text: "Beihai health commission signs cooperation deal with Donghu University\n\nBeihai City has many hospitals.",
			want: []string{"Beihai health commission|signed-with|Donghu University"},
			not:  []string{"Beihai|signed-with|Donghu University"},
		},
		"MunicipalEducationBureauAfterCity": {
			text: "Cooperation News\n\nBeihai City is near the coast. Donghu University signed an agreement with the Beihai municipal education bureau.",
			want: []string{"Donghu University|signed-with|Beihai municipal education bureau"},
		},
		// near-misses: the district government is the place; a field word
		// without a department's head names no body
		"DistrictGovernmentStaysPlace": {
			text: "Cooperation News\n\nBeihai City is near the coast. The Beihai district government signed an agreement with Donghu University.",
			want: []string{"Beihai|signed-with|Donghu University"},
		},
		"FieldWithoutHeadIsNoBody": {
			text: "Cooperation News\n\nBeihai City is near the coast. In Beihai education reform goes on, and Donghu University signed an agreement with Qiantang Group.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Beihai education reform|*", "Beihai education|*"},
		},
		// capitalised back-references joined by "and the" are two bodies
		"TheUniversityAndTheCitySigned": {
			text: "Beihai Mayor visits Donghu University\n\nOn May 3, Li Ming, Mayor of Beihai City, visited Donghu University (DHU). Since the University and the City signed a strategic cooperation agreement in 2007, the two sides have cooperated widely.",
			want: []string{"Beihai|signed-with|Donghu University"},
		},
		"TheCityAndTheUniversitySigned": {
			text: "Cooperation News\n\nOn May 3, Li Ming, Mayor of Beihai City, visited Donghu University. In 2007 the City and the University signed a framework agreement.",
			want: []string{"Beihai|signed-with|Donghu University"},
		},
		// near-miss: "the City Government" is no conjunct; a name follows
		"TheCityGovernmentIsNoBackPlace": {
			text: "Cooperation News\n\nLi Ming, Mayor of Beihai City, visited Donghu University. The University and the City Library signed an agreement.",
			not:  []string{"Beihai|signed-with|Donghu University"},
		},
	})
}
