package extract

import "testing"

// TestNameGrammarRegions8 checks China's regions outside the gazetteer's
// table read as places, and their near-misses (a region's name inside a
// body's name). The bodies are made up.
func TestNameGrammarRegions8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DelegationsVisitToRegion": {
			text: "It was one of the results of a 40-member Fenglin University delegation's visit to Taiwan.",
			want: []string{"Fenglin University|visited|Taiwan"},
		},
		"BodyVisitedRegion": {
			text: "A delegation of Linhe University visited Macao on May 3.",
			want: []string{"Linhe University|visited|Macao"},
		},
		"RegionInsideBodyName": {
			text: "Linhe University Library and Taiwan Qiaotou University Library signed an agreement.",
			want: []string{"Linhe University Library|signed-with|Taiwan Qiaotou University Library"},
			not:  []string{"Linhe University Library|signed-with|Taiwan"},
		},
	})
}

// TestNameGrammarCityAfterHead8 checks a European university's name that
// ends in its city after the head word ("… University Nordau"), which the
// gazetteer of China lacks, and the near-misses a heading's next word or a
// person's name make. Every name is made up.
func TestNameGrammarCityAfterHead8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CityInCommaList": {
			text: "Gao Yun, Vice President of Fenglin University, led a delegation to visit Kessler University Nordau, Brantwick Technical University and Linhe University.",
			want: []string{"Gao Yun|visited|Kessler University Nordau"},
			not:  []string{"Gao Yun|visited|Kessler University"},
		},
		"CityBeforeAnd": {
			text: "A delegation of Fenglin University visited Harlow University Velmar and Linhe University.",
			want: []string{"Fenglin University|visited|Harlow University Velmar"},
			not:  []string{"Fenglin University|visited|Harlow University"},
		},
		"CityBeforeIn": {
			text: "Fenglin University signed an agreement with Ostrand University Kervel in Germany.",
			want: []string{"Fenglin University|signed-with|Ostrand University Kervel"},
		},
		// near-misses: a known word or a person's name after the head
		"KnownWordAfterHeadIsCut": {
			text: "Fenglin University Today, and Linhe University signed an agreement.",
			not:  []string{"Fenglin University Today|signed-with|Linhe University"},
		},
		"PersonAfterHeadIsCut": {
			text: "Linhe University Zhang Wei, and Gao Yun attended the ceremony.",
			not:  []string{"Zhang|leads|Linhe University Zhang"},
		},
	})
}

// TestNameGrammarUniversityOfFields8 checks a university named after fields
// whose last is also a head word ("Administration"), and a unit's name of
// the same make. Every name is made up.
func TestNameGrammarUniversityOfFields8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"FinanceAndAdministration": {
			text: "Gao Yun visited the University of Finance and Administration.",
			want: []string{"Gao Yun|visited|University of Finance and Administration"},
			not:  []string{"Gao Yun|visited|Finance and Administration"},
		},
		"PublicAdministrationPresident": {
			text: "Gao Yun, President of the University of Public Administration, visited Linhe.",
			want: []string{"Gao Yun|leads|University of Public Administration"},
		},
		// near-miss: a unit of a body named by a field
		"SchoolOfAdministrationStaysUnit": {
			text: "Gao Yun, Dean of the School of Public Administration of Linhe University, visited Qiaotou.",
			want: []string{"School of Public Administration, Linhe University|part-of|Linhe University"},
		},
	})
}

// TestNameGrammarAffiliatedName8 checks a body's official name that ties it
// to its parent ("X School Affiliated to Y University"): the name stays
// whole and Y is a body of its own, X's parent. Every name is made up.
func TestNameGrammarAffiliatedName8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SchoolAffiliatedToUniversity": {
			text: "The inauguration ceremony of Fenglin Trade School Affiliated to Linhe Normal University was held.",
			want: []string{"Fenglin Trade School Affiliated to Linhe Normal University|part-of|Linhe Normal University"},
		},
		"MiddleSchoolAffiliatedWithLeader": {
			text: "Gao Yun, President of the Middle School Affiliated with Linhe University, visited Qiaotou.",
			want: []string{"Gao Yun|leads|Middle School Affiliated with Linhe University", "Middle School Affiliated with Linhe University|part-of|Linhe University"},
			not:  []string{"Gao Yun|leads|Linhe University"},
		},
		"AffiliatedToAcronymKeepsName": {
			text: "Fenglin University (FLU) signed an agreement with Qiaotou. Zhou Ping, Principal of the Linhe School Affiliated to FLU, spoke.",
			want: []string{"Zhou Ping|leads|Linhe School Affiliated to FLU"},
			not:  []string{"Zhou Ping|leads|Linhe School Affiliated to FLU, Fenglin University"},
		},
		"HospitalAffiliatedSigns": {
			text: "Qiaotou People's Hospital Affiliated to Fenglin Medical University signed an agreement with Linhe University.",
			want: []string{"Qiaotou People's Hospital Affiliated to Fenglin Medical University|signed-with|Linhe University"},
			not:  []string{"Fenglin Medical University|signed-with|Linhe University"},
		},
	})
}

// TestNameGrammarOneWordAssistant8 checks a one-word pinyin name before the
// post of an assistant ("Hanjun, Assistant to the President of X") read as
// a person, and near-misses: a place before such words. Every name is made
// up.
func TestNameGrammarOneWordAssistant8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"OneWordNameInList": {
			text: "The delegation included Zeng Yong, Secretary-General of Fenglin Alumni Association, Qiaojun, Assistant to the President of Linhe Institute, and Liu Hao, Secretary of Tanhai Center.",
			want: []string{"Qiaojun|member-of|Linhe Institute", "Liu Hao|leads|Tanhai Center"},
		},
		"OneWordNameAlone": {
			text: "The delegation included Fengmin, assistant to the president of Qiaotou University.",
			want: []string{"Fengmin|member-of|Qiaotou University"},
		},
		"OneWordNameNoThe": {
			text: "Donglan, Assistant to President of Qiaotou University, attended the ceremony.",
			want: []string{"Donglan|member-of|Qiaotou University"},
		},
		// near-miss: a known place before the words
		"PlaceBeforeAssistant": {
			text: "The ceremony was held in Suzhou, assistant to the president of Qiaotou University said.",
			not:  []string{"Suzhou|member-of|Qiaotou University"},
		},
	})
}

// TestNameGrammarNationalityPlural8 checks nationality adjectives sharing a
// plural head ("Chinese, Russian museums"): museums of two countries, no
// bodies' names; and the near-miss of names of their own sharing the head.
// Every name is made up.
func TestNameGrammarNationalityPlural8(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CommaNationalitiesHeadline": {
			text: "Chinese, Russian museums sign cooperation memorandum.",
			not:  []string{"Chinese Museum|signed-with|Russian Museum"},
		},
		"AndNationalities": {
			text: "German and French universities signed an agreement with Fenglin University.",
			not:  []string{"German University|signed-with|Fenglin University", "French University|signed-with|Fenglin University"},
		},
		// near-miss: names of their own share the plural head
		"OwnNamesShareHead": {
			text: "Tanhai and Luoxi universities signed an agreement.",
			want: []string{"Tanhai University|signed-with|Luoxi University"},
		},
	})
}
