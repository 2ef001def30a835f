package extract

import "testing"

// TestNameGrammarVisits3 checks the third round of issue 12's class 12 on
// invented sentences: a fieldwork noun reports a stay only as the object of
// a verb of doing; a delegation led to an occasion names the visitors a
// later "the delegation" means; a plural post or a plural delegation noun
// stands for the visitors named before; a unit listed with "its" after a
// visited body was visited too.
func TestNameGrammarVisits3(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// fieldwork: a verb of doing makes it a stay, a topic does not
		"CarriedOutSurveyInPlace": {
			text: "Experts from Qiantang University carried out an in-depth survey in Xiling County on May 3.",
			want: []string{"Qiantang University|visited|Xiling County"},
		},
		"ConductedFieldResearchInPlace": {
			text: "Teachers of Donghu University conducted field research in Linhe County last week.",
			want: []string{"Donghu University|visited|Linhe County"},
		},
		"ResearchInPlaceAsTopicIsNone": {
			text: "On May 3, Qiantang University and Fenglin University signed a memorandum on joint education and research in Beihai.",
			not:  []string{"Qiantang University|visited|Beihai", "Fenglin University|visited|Beihai"},
		},
		"CooperationInResearchInPlaceIsNone": {
			text: "Donghu University and Linhe Museum will deepen cooperation in teaching and research in Xiling County.",
			not:  []string{"Donghu University|visited|Xiling County", "Linhe Museum|visited|Xiling County"},
		},
		// a delegation led to an occasion: "the delegation" later is its leader's body's
		"LedDelegationToSigningThenVisited": {
			text: "Prof. Zhou Ping, president of Qiantang University, led a five-member delegation to the signing. The delegation also visited Beihai Steel Group, a steel maker in Xiling.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Qiantang University|visited|Xiling"},
		},
		"HeadedDelegationToCeremonyThenToured": {
			text: "Gao Yun, director of Linhe Museum, headed a delegation to the opening ceremony in May. After the ceremony, the delegation toured Xiling Chemical Co., Ltd.",
			want: []string{"Linhe Museum|visited|Xiling Chemical Co., Ltd."},
		},
		"PlannedDelegationToExpoIsNoVisitor": {
			text: "Ma Lin, chairman of Beihai Steel Group, plans to lead a delegation to the expo next year. The delegation also visited Fenglin University.",
			not:  []string{"Beihai Steel Group|visited|Fenglin University", "Ma Lin|visited|Fenglin University"},
		},
		"HostWhoSpokeAtSigningIsNoVisitor": {
			text: "Prof. Zhou Ping, president of Qiantang University, led a delegation to the signing. Ma Lin, chairman of Beihai Steel Group, addressed the ceremony. The delegation also visited Xiling Museum.",
			want: []string{"Qiantang University|visited|Xiling Museum"},
			not:  []string{"Beihai Steel Group|visited|Xiling Museum", "Ma Lin|visited|Xiling Museum"},
		},
	})
}
