package extract

import (
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// entityNameCase is one invented text and the names (entity names or
// aliases) its extraction must and must not carry.
type entityNameCase struct {
	text      string
	names     []string
	not       []string
	notPerson []string // names no person may carry
	notOrg    []string // names no organisation may carry (a place alone)
}

// checkEntityNames runs each case as a subtest on the extractor's entities.
func checkEntityNames(t *testing.T, cases map[string]entityNameCase) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			x, err := Extract(quads.Article{Text: tc.text})
			if err != nil {
				t.Fatal(err)
			}
			have, person, org := map[string]bool{}, map[string]bool{}, map[string]bool{}
			for _, e := range x.Entities {
				for _, n := range append([]string{e.Name}, e.Aliases...) {
					have[n] = true
					person[n] = person[n] || e.Type == quads.Person
					org[n] = org[n] || e.Type == quads.Organization
				}
			}
			for _, n := range tc.names {
				if !have[n] {
					t.Errorf("missing %s; have %v", n, have)
				}
			}
			for _, n := range tc.not {
				if have[n] {
					t.Errorf("unexpected %s; have %v", n, have)
				}
			}
			for _, n := range tc.notPerson {
				if person[n] {
					t.Errorf("a person is named %s; have %v", n, have)
				}
			}
			for _, n := range tc.notOrg {
				if org[n] {
					t.Errorf("an organisation is named %s; have %v", n, have)
				}
			}
		})
	}
}

// TestNameGrammarUnitOfParentAlias9 checks that a sub-unit named "X of P"
// keeps the text's own full name as an alias when P is the parent's
// acronym or its name without its own parent, not only its full name.
// Every name is made up.
func TestNameGrammarUnitOfParentAlias9(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"OfParentsAcronym": {
			text:  "Fenglin City University (FCU) signed an agreement with Nanhu Hospital. Zhao Minghui, director of the International Office of FCU, attended the ceremony.",
			names: []string{"International Office of FCU"},
		},
		"OfTheParentsBareName": {
			text:  "Gao Yun, Director of the Research Division of the Qiaotou Branch of the Linhe Academy of Sciences, visited Nanhu.",
			names: []string{"Research Division of the Qiaotou Branch"},
		},
		"AcronymInAttendeeList": {
			text:  "Linhe Normal University (LNU) and Qiaotou Museum signed an agreement. People in charge of the Party Office of LNU and the Teaching Affairs Department of LNU attended.",
			names: []string{"Party Office of LNU", "Teaching Affairs Department of LNU"},
		},
		// near-misses: a generic description is no name of the parent,
		// and a unit the text names only with a possessive has no "of" name
		"GenericParentIsNoName": {
			text: "Fenglin University signed an agreement with Nanhu Hospital. Zhao Minghui, director of the International Office of the university, attended.",
			not:  []string{"International Office of the university"},
		},
		"PossessiveGivesNoOfName": {
			text: "Fenglin City University (FCU) signed an agreement with Nanhu Hospital. Zhao Minghui, director of FCU's International Office, attended.",
			not:  []string{"International Office of FCU"},
		},
	})
}

// TestNameGrammarCantoneseNames9 checks the three-word names of Hong Kong
// and Macao (a Cantonese surname and two syllables) where a post or a list
// marks a person, and the near-misses: such words that run on into a
// body's name, a pinyin name, and a syllable that is an English word
// standing alone. Every name is made up.
func TestNameGrammarCantoneseNames9(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PostOfBodyThenName": {
			text: "The agreement was signed by the President of the Fenglin Cultural Bureau, Cheong Kin Fai, and the Director of Linhe Library, Zhao Minghui.",
			want: []string{"Cheong Kin Fai|leads|Fenglin Cultural Bureau", "Zhao Minghui|leads|Linhe Library"},
			not:  []string{"Kin Fai|leads|Fenglin Cultural Bureau"},
		},
		"NameThenPostApposition": {
			text: "Gao Yun met the delegation of Ieong Hoi Man, Director of the Nanhu Education Bureau, on May 3.",
			want: []string{"Ieong Hoi Man|leads|Nanhu Education Bureau"},
			not:  []string{"Hoi Man|leads|Nanhu Education Bureau"},
		},
		"SurnameAloneIsTheFirstWord": {
			text: "The agreement was signed by the President of the Fenglin Cultural Bureau, Leong Wai Man, and Zhao Minghui. Leong, who also chairs the Nanhu Reading Society, spoke at the ceremony.",
			want: []string{"Leong Wai Man|leads|Nanhu Reading Society"},
		},
		"HonorificBeforeName": {
			text: "Director Chui Sio Kuan of the Qiaotou Museum signed an agreement with Linhe University.",
			want: []string{"Chui Sio Kuan|leads|Qiaotou Museum"},
		},
	})
	checkEntityNames(t, map[string]entityNameCase{
		"PairAfterPost": {
			text:  "The heads of the Division for Rare Books of Fenglin Library, Fong Ka Wai and Tam Chi Lok, attended the ceremony.",
			names: []string{"Fong Ka Wai", "Tam Chi Lok"},
		},
		// near-misses
		"RunsIntoBodyName": {
			text:      "Linhe University signed an agreement with Wong Tai Sin Hospital on May 3.",
			notPerson: []string{"Wong Tai Sin", "Tai Sin"},
		},
		"PinyinNameStaysTwoWords": {
			text:  "The President of Fenglin University, Zhao Minghui, Linhe Museum and Qiaotou Library attended.",
			names: []string{"Zhao Minghui"},
			not:   []string{"Zhao Minghui Linhe"},
		},
		"EnglishSyllableIsNoReference": {
			text:      "The agreement was signed by the President of the Fenglin Cultural Bureau, Chan Chon In, and Zhao Minghui. In 2020, Linhe University visited Fenglin.",
			names:     []string{"Chan Chon In"},
			notPerson: []string{"In"},
		},
	})
}

// TestNameGrammarGoverningCouncil9 checks that a university's or college's
// governing council, named with its body ("Fenglin University Council") or
// bare ("University Council") is the body, as its party committee is, and
// the near-misses: a council of another kind stays its own body. Every
// name is made up.
func TestNameGrammarGoverningCouncil9(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ChairmanOfNamedCouncil": {
			text: "Zhao Minghui, chairman of Fenglin University Council, and Gao Yun, president of Fenglin University, attended the meeting.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Gao Yun|leads|Fenglin University"},
			not:  []string{"Zhao Minghui|leads|Fenglin University Council"},
		},
		"BareCouncilIsTheHomeBody": {
			text: "Linhe College signed an agreement with Nanhu Hospital. Present at the ceremony were Gao Yun, Vice Chair of College Council; Zhao Min and Zhou Wei, Vice Presidents.",
			want: []string{"Gao Yun|leads|Linhe College", "Zhou Wei|leads|Linhe College"},
			not:  []string{"Gao Yun|leads|College Council"},
		},
		"AcademyCouncilInList": {
			text: "Qiaotou Academy Council and Nanhu Museum signed an agreement on May 3.",
			want: []string{"Qiaotou Academy|signed-with|Nanhu Museum"},
		},
		// near-misses: councils that govern no body of those kinds
		"StudentCouncilStaysItsOwn": {
			text: "Gao Yun, chairman of the Fenglin Student Council, visited Linhe University.",
			not:  []string{"Gao Yun|leads|Fenglin"},
		},
		"BusinessCouncilStaysItsOwn": {
			text: "Zhao Minghui, chairman of the Nanhu Business Council, signed an agreement with Linhe University.",
			want: []string{"Zhao Minghui|leads|Nanhu Business Council"},
		},
	})
}

// TestNameGrammarVenueBuildings9 checks that a building or a hall of
// events named as the place of an event is no organisation, and the
// near-misses: a body whose name ends in "Building" (a store) that signs
// stays a party, an exchange centre that is a unit and an exhibition centre
// a delegation visits stay bodies. Every name is made up.
func TestNameGrammarVenueBuildings9(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"HeldAtTheBuilding": {
			text:  "The signing ceremony was held at the Linhe Administration Building on May 3. Fenglin University signed an agreement with Nanhu Hospital.",
			names: []string{"Fenglin University", "Nanhu Hospital"},
			not:   []string{"Linhe Administration Building"},
		},
		"RoomNumberThenBuilding": {
			text:  "Fenglin University and Nanhu Hospital signed an agreement in Conference Room 301, Qiaotou Science Building, Fenglin University.",
			names: []string{"Fenglin University", "Nanhu Hospital"},
			not:   []string{"Qiaotou Science Building"},
		},
		"RoomOfBuilding": {
			text: "The ceremony took place in room 205 of Mingli Building. Fenglin University signed an agreement with Nanhu Hospital.",
			not:  []string{"Mingli Building"},
		},
		"HeldAtExhibitionCenter": {
			text:  "The signing ceremony was held at the Nanhu International Exhibition Center on May 3. Fenglin University signed an agreement with Nanhu Hospital.",
			names: []string{"Fenglin University"},
			not:   []string{"Nanhu International Exhibition Center"},
		},
		"InConferenceCentre": {
			text: "Fenglin University and Nanhu Hospital signed an agreement in the Qiaotou Conference Centre.",
			not:  []string{"Qiaotou Conference Centre"},
		},
		// near-misses: a centre that is a unit, and one a delegation visits
		"ExchangeCenterAsUnit": {
			text:  "Yang Min, the Coordinator of the Linhe International Exchange Center, attended the ceremony.",
			names: []string{"Linhe International Exchange Center"},
		},
	})
	checkGrammar(t, map[string]grammarCase{
		"VisitedExhibitionCenter": {
			text: "The delegation of Fenglin University visited the Nanhu Biomedicine Exhibition Center.",
			want: []string{"Fenglin University|visited|Nanhu Biomedicine Exhibition Center"},
		},
		// near-miss: a store named "… Building" is a party
		"StoreNamedBuildingSigns": {
			text: "Fenglin University signed cooperation agreements with Nanhu Steel Co., Ltd. and Qiaotou Commercial Arts Building.",
			want: []string{"Fenglin University|signed-with|Qiaotou Commercial Arts Building"},
		},
		"NoVisitToTheBuilding": {
			text: "Zhao Minghui, president of Fenglin University, led a delegation to Nanhu Hospital. The talks were held in the Nanhu Medical Building.",
			want: []string{"Fenglin University|visited|Nanhu Hospital"},
			not:  []string{"Fenglin University|visited|Nanhu Medical Building", "Zhao Minghui|visited|Nanhu Medical Building"},
		},
	})
}
