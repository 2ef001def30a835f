package extract

import "testing"

// TestNameGrammarNames6 checks the names of real pages that came out cut or
// glued (round 6): two fields of one body joined by "and", and their
// near-misses. Every name is made up.
func TestNameGrammarNames6(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// "and" inside one field or between two fields of one body
		"BeltAndRoadAcademyOfParent": {
			text: "Xu Baofeng, Dean of the Belt and Road Academy of Fenglin University, attended the ceremony.",
			want: []string{"Xu Baofeng|leads|Belt and Road Academy, Fenglin University", "Belt and Road Academy, Fenglin University|part-of|Fenglin University"},
			not:  []string{"Xu Baofeng|leads|Belt", "Road Academy, Fenglin University|part-of|Fenglin University"},
		},
		"BeltAndRoadInstituteVisits": {
			text: "Tao Renjie, President of the Belt and Road Research Institute of Linhe University, visited Qiaotou.",
			want: []string{"Tao Renjie|leads|Belt and Road Research Institute*"},
			not:  []string{"Tao Renjie|leads|Belt"},
		},
		"EconomyAndInformatizationCommission": {
			text: "Chen Fenghua, deputy director of Economy and Informatization Commission, signed the agreement with Fenglin University.",
			want: []string{"Chen Fenghua|leads|Economy and Informatization Commission"},
			not:  []string{"Chen Fenghua|leads|Informatization Commission", "Informatization Commission|signed-with|Fenglin University"},
		},
		"HistoryAndStudyCommittee": {
			text: "Xu Jing (Director of the Cultural History and Study Committee of Linhe University) attended the forum.",
			want: []string{"Xu Jing|leads|Cultural History and Study Committee*"},
			not:  []string{"Xu Jing|leads|Cultural History"},
		},
		// near-misses: a place, or a word of a name's own, before "and"
		"PlaceAndRoadBureauStaySplit": {
			text: "Linhe and Road Bureau of Qiaotou signed an agreement with Fenglin University.",
			not:  []string{"Linhe and Road Bureau|signed-with|Fenglin University", "Linhe and Road Bureau of Qiaotou|signed-with|Fenglin University"},
		},
		"TwoBodiesOneAStudyCentre": {
			text: "Fenglin University and Tanhai Study Center signed an agreement.",
			want: []string{"Fenglin University|signed-with|Tanhai Study Center"},
		},
	})
}

// TestNameGrammarWesternPair checks a common European given name and a
// family name read as a person with no post or comma to mark them, and its
// near-misses. Every name is made up.
func TestNameGrammarWesternPair(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostOfCompanyThenGuest": {
			text: "A delegation led by CEO of Tanhai GmbH Rudolf Berger visited Linhe.",
			want: []string{"Rudolf Berger|leads|Tanhai GmbH", "Rudolf Berger|visited|Linhe"},
			not:  []string{"Tanhai GmbH Rudolf Berger|visited|Linhe"},
		},
		"PostOfCityThenGuest": {
			text: "Deputy Mayor of Nordhafen Michael Kern attended the signing ceremony.",
			want: []string{"Michael Kern|leads|Nordhafen"},
		},
		"PostOfUniversityThenGuest": {
			text: "President of Fenglin University Peter Lindqvist visited Linhe University.",
			want: []string{"Peter Lindqvist|leads|Fenglin University", "Peter Lindqvist|visited|Linhe University"},
			not:  []string{"Fenglin University Peter Lindqvist|visited|Linhe University"},
		},
		// near-misses: a body named after a person keeps its name
		"FoundationNamedAfterPerson": {
			text: "The Paul Hamlyn Foundation signed an agreement with Fenglin University.",
			want: []string{"Paul Hamlyn Foundation|signed-with|Fenglin University"},
		},
		"UniversityNamedAfterPerson": {
			text: "The Johann Kessler University signed an agreement with Fenglin University.",
			want: []string{"Johann Kessler University|signed-with|Fenglin University"},
		},
	})
}

// TestNameGrammarCompanyForms checks company forms typed without their
// period, in capitals or in lower case, and "&" between two trades of one
// company, with near-misses. Every name is made up.
func TestNameGrammarCompanyForms(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LowerCoCapitalLtd": {
			text: "Fenglin University and Shanghai Tanhai Environmental Biotechnology co., LTD signed an agreement.",
			want: []string{"Fenglin University|signed-with|Shanghai Tanhai Environmental Biotechnology co., LTD"},
			not:  []string{"Fenglin University|signed-with|LTD"},
		},
		"LtdWithoutPeriodBeforeComma": {
			text: "Deng Qunce, Party Secretary and chairman of Hunan Tanhai Group Co., Ltd, attended the signing ceremony.",
			want: []string{"Deng Qunce|leads|Hunan Tanhai Group Co., Ltd"},
			not:  []string{"Deng Qunce|leads|Hunan Tanhai Group Co."},
		},
		"CoLtdWithoutCommaInList": {
			text: "Fenglin University visited Qiwu Aquatic Production Co. Ltd, Fengyuan Fungus Co. Ltd and Linhe Textile Mill Co. Ltd.",
			want: []string{"Fenglin University|visited|Qiwu Aquatic Production Co. Ltd", "Fenglin University|visited|Fengyuan Fungus Co. Ltd"},
			not:  []string{"Fenglin University|visited|Qiwu Aquatic Production Co."},
		},
		"LimitedEndsName": {
			text: "Fenglin University signed an agreement with Linhe Optronics (Qiaotou) Limited.",
			want: []string{"Fenglin University|signed-with|Linhe Optronics (Qiaotou) Limited"},
		},
		"TwoTradesJoinedByAmpersand": {
			text: "Fenglin University signed an agreement with Tanhai Drink & Food Co., Ltd.",
			want: []string{"Fenglin University|signed-with|Tanhai Drink & Food Co., Ltd."},
			not:  []string{"Fenglin University|signed-with|Food Co., Ltd."},
		},
		// near-misses: "Limited" goes on into a longer form; a company's
		// name ends at its form
		"LimitedLiabilityCompanyIsOneName": {
			text: "Fenglin University signed an agreement with Linhe Graphene Materials Limited Liability Company.",
			want: []string{"Fenglin University|signed-with|Linhe Graphene Materials Limited Liability Company"},
			not:  []string{"Fenglin University|signed-with|Liability Company"},
		},
		"LowerWordsAfterLtdStayOut": {
			text: "The signing ceremony between Fenglin University and the Hunan Tanhai Group Co., Ltd. camellia oil project was held.",
			want: []string{"Fenglin University|signed-with|Hunan Tanhai Group Co., Ltd."},
		},
	})
}

// TestNameGrammarAcronymInsideName checks an acronym in brackets after a
// name whose last words have no head ("University of Finance and Economics
// (LUFE) Party Committee"): the acronym closes that name; after a headed
// name it stays inside ("University (NFU) Library"). Every name is made up.
func TestNameGrammarAcronymInsideName(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"FieldsThenAcronymThenPartyCommittee": {
			text: "Zhong Ruoyu, a former member of Linhe University of Finance and Economics (LUFE) Party Committee, Vice Principal of LUFE, attended.",
			want: []string{"Zhong Ruoyu|leads|Linhe University of Finance and Economics"},
			not:  []string{"Linhe University, Finance and Economics (LUFE) Party Committee|part-of|Finance and Economics (LUFE) Party Committee"},
		},
		"ScienceAndTechnologyThenAcronym": {
			text: "Tao Renjie, Secretary of Linhe University of Science and Technology (LUST) Party Committee, visited Fenglin University.",
			want: []string{"Tao Renjie|leads|Linhe University of Science and Technology"},
		},
		// near-misses: a headed name keeps the unit after its acronym; a
		// place in brackets stays inside a company's name
		"HeadedNameKeepsUnitAfterAcronym": {
			text: "Peking Fenglin Library signed an agreement with the National Linhe University (NLU) Library.",
			want: []string{"Peking Fenglin Library|signed-with|National Linhe University (NLU) Library"},
		},
		"PlaceInBracketsStaysInside": {
			text: "The Tanhai Power (Beihai) Co., Ltd. signed an agreement with Fenglin University.",
			want: []string{"Tanhai Power (Beihai) Co., Ltd.|signed-with|Fenglin University"},
		},
	})
}

// TestNameGrammarForeignBodies checks European bodies named in their own
// language: a head noun of that language opens the name and the words after
// it, joined by particles, are the name's. Every name is made up.
func TestNameGrammarForeignBodies(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PortugueseUniversityWithParticle": {
			text: "Fenglin University signed a cooperation agreement with Universidade Federal do Linhar on Monday.",
			want: []string{"Fenglin University|signed-with|Universidade Federal do Linhar"},
			not:  []string{"Fenglin University|signed-with|Universidade Federal"},
		},
		"GermanUniversityCityAfterHead": {
			text: "Fenglin University signed a cooperation agreement with Technische Universität Nordhafen.",
			want: []string{"Fenglin University|signed-with|Technische Universität Nordhafen"},
		},
		"ItalianHospitalWithParticle": {
			text: "Mario Rossi, president of Ospedale Maggiore della Linara, signed an agreement of cooperation with Fenglin University.",
			want: []string{"Mario Rossi|leads|Ospedale Maggiore della Linara", "Ospedale Maggiore della Linara|signed-with|Fenglin University"},
		},
		// near-misses: an English "do" is no particle after an English
		// head; an English head still ends a title-case heading's name
		"EnglishDoStaysOut": {
			text: "Why do Fenglin University and Linhe Museum sign the agreement?",
			not:  []string{"Why do Fenglin University|signed-with|Linhe Museum"},
		},
		"EnglishHeadEndsHeading": {
			text: "Fenglin University Signed Cooperation Agreement with Linhe Museum",
			not:  []string{"Fenglin University Signed Cooperation Agreement|signed-with|Linhe Museum"},
		},
	})
}

// TestNameGrammarCongressSession checks a numbered session of a party's
// congress read as an event, not a body, and its near-miss, a people's
// congress. Every name is made up.
func TestNameGrammarCongressSession(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"NumberedNationalCongressOfParty": {
			text: "To carry out the spirit of the 20th National Congress of the Communist Party of China, Fenglin University signed an agreement with Linhe Museum.",
			want: []string{"Fenglin University|signed-with|Linhe Museum"},
			not:  []string{"Fenglin University|signed-with|National Congress of the Communist Party of China"},
		},
		"OrdinalWordPartyCongressOfUniversity": {
			text: "The tenth Party Congress of Fenglin University put forward the goal, and Tao Renjie visited Linhe Museum.",
			want: []string{"Tao Renjie|visited|Linhe Museum"},
			not:  []string{"Party Congress, Fenglin University|part-of|Fenglin University"},
		},
		"PeoplesCongressStaysBody": {
			text: "Tao Renjie, a deputy to the 14th National People's Congress, visited Fenglin University.",
			want: []string{"Tao Renjie|member-of|National People's Congress"},
		},
	})
}

// TestNameGrammarGovernmentUnit checks a unit of a place's people's
// government named with the government ("the General Office of X Municipal
// People's Government"), and its near-miss, a unit of a body. Every name is
// made up.
func TestNameGrammarGovernmentUnit(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"OfficeOfProvincePeoplesGovernment": {
			text: "The delegation members include Meng Lengmei, Deputy Director of the Nanhu Office of Linhe Province People’s Government, and Tao Renjie.",
			want: []string{"Meng Lengmei|leads|Nanhu Office of Linhe Province People’s Government"},
			not:  []string{"Meng Lengmei|leads|Nanhu Office"},
		},
		"GeneralOfficeOfMunicipalGovernment": {
			text: "Tao Renjie, director of the General Office of Linhe Municipal People's Government, signed an agreement with Fenglin University.",
			want: []string{"Tao Renjie|leads|General Office of Linhe Municipal People's Government"},
			not:  []string{"Tao Renjie|leads|General Office"},
		},
		// near-miss: a unit of a body keeps its parent
		"OfficeOfUniversityKeepsParent": {
			text: "Tao Renjie, director of the International Office of Fenglin University, visited Linhe Museum.",
			want: []string{"International Office, Fenglin University|part-of|Fenglin University"},
		},
	})
}

// TestNameGrammarOneWordName checks a family name alone read as a person
// when an honorific stands before it or a post of a body follows it
// mid-sentence, and its near-misses. Every name is made up.
func TestNameGrammarOneWordName(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SignedWithOneWordNameThenPost": {
			text: "Zhou Linghua, vice president of FNU, signed a cooperation agreement with Albernaz, vice president of Linhar Federal University, and delivered a speech.",
			want: []string{"Albernaz|leads|Linhar Federal University", "FNU|signed-with|Linhar Federal University"},
			not:  []string{"FNU|signed-with|Albernaz"},
		},
		"HonorificOneWordNameThenPost": {
			text: "Dr. Bertolli, director of the Nanhu Cancer Center, and Tao Renjie visited Fenglin University.",
			want: []string{"Bertolli|leads|Nanhu Cancer Center"},
		},
		// near-misses: a place before a descriptor, a body before a post
		// of its own
		"PlaceThenCapitalStaysPlace": {
			text: "Fenglin University signed an agreement with Qiaotou, capital of Linhe Province.",
			not:  []string{"Qiaotou|leads|*"},
		},
		"SentenceStartWordIsNoName": {
			text: "Meanwhile, president of Fenglin University Tao Renjie visited Linhe Museum.",
			want: []string{"Tao Renjie|leads|Fenglin University"},
			not:  []string{"Meanwhile|leads|Fenglin University"},
		},
	})
}
