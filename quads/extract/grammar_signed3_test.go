package extract

import "testing"

// TestNameGrammarSigned3 checks a third round of signed-with scope: the
// places a signing sentence names only to say where (the province after
// a place, the venue of a signing of three or more), and more ways the
// genre joins several signings or signers and witnesses in one sentence.
// Every name is made up; each class has variants of wording and near-misses
// that must not fire.
func TestNameGrammarSigned3(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// the province after a place locates it (signed_locator.go)
		"LocatorAfterVisitedPlace": {
			text: "Donghu University visited Beihai, Zhejiang, to implement the cooperation agreement signed last year.",
			want: []string{"Donghu University|signed-with|Beihai"},
			not:  []string{"Donghu University|signed-with|Zhejiang", "Beihai|signed-with|Zhejiang"},
		},
		"LocatorProvinceWordAfterCounty": {
			text: "A delegation of Xiling Museum went to Luoxi County, Hunan Province, and signed a cooperation agreement with the county.",
			want: []string{"Xiling Museum|signed-with|Luoxi County"},
			not:  []string{"Xiling Museum|signed-with|Hunan", "Luoxi County|signed-with|Hunan"},
		},
		"LocatorAfterPassiveVenue": {
			text: "A cooperation agreement between Donghu University and Qiantang Group was signed in Beihai, Gansu.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Gansu", "Qiantang Group|signed-with|Beihai"},
		},
		"ProvinceListStillParties": {
			text: "Donghu University has signed cooperation agreements with Hunan, Hubei and Jiangxi.",
			want: []string{"Donghu University|signed-with|Hunan", "Donghu University|signed-with|Hubei", "Donghu University|signed-with|Jiangxi"},
		},
		"ProvinceGovernmentStillParty": {
			text: "The Gansu Provincial People's Government and Donghu University signed a strategic cooperation agreement in Lanzhou.",
			want: []string{"Gansu|signed-with|Donghu University"},
			not:  []string{"Donghu University|signed-with|Lanzhou"},
		},
		// the venue of a signing of three or more (signed_locator.go)
		"TripartiteBetweenSignedInCity": {
			text: "On May 18, a tripartite cooperation agreement between Donghu University, its first affiliated hospital and the Beihai Municipal Health Commission was signed in Beihai, Gansu.",
			want: []string{"Donghu University|signed-with|Beihai Municipal Health Commission"},
			not:  []string{"Donghu University|signed-with|Beihai", "Beihai Municipal Health Commission|signed-with|Beihai", "Donghu University|signed-with|Gansu"},
		},
		"ThreePartySignedInCityProvince": {
			text: "Donghu University, Xiling Museum and Qiantang Group signed a three-party agreement in Hangzhou, Zhejiang Province.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Donghu University|signed-with|Qiantang Group", "Xiling Museum|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Hangzhou", "Qiantang Group|signed-with|Zhejiang"},
		},
		"TripartiteAtHotelInCity": {
			text: "Donghu University, Xiling Museum and Qiantang Group signed a tripartite agreement at the Luoxi Hotel in Beihai.",
			want: []string{"Donghu University|signed-with|Xiling Museum", "Xiling Museum|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai", "Xiling Museum|signed-with|Beihai"},
		},
		"TripartiteWithTwoAfterVerb": {
			text: "Xiling Museum signed a three-party cooperation agreement with Qiantang Group and Beihai Steel Group in Luoxi.",
			want: []string{"Xiling Museum|signed-with|Qiantang Group", "Xiling Museum|signed-with|Beihai Steel Group", "Qiantang Group|signed-with|Beihai Steel Group"},
			not:  []string{"Xiling Museum|signed-with|Luoxi"},
		},
		"TripartiteWithCityAsParty": {
			text: "Donghu University signed a tripartite agreement with Beihai and Qiantang Group.",
			want: []string{"Donghu University|signed-with|Beihai", "Beihai|signed-with|Qiantang Group"},
		},
	})
}
