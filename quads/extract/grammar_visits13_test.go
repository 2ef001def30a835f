package extract

import "testing"

// TestNameGrammarVisits13 checks round 13's visited classes on invented
// sentences.
//
// A trip of one body's officials, each named with the unit of it they head
// ("Vice President A, head of the Science Division B, Dean of the School of
// Mechanics C … went to Z"), is the body's trip: the units are no visitors
// of their own; the persons and the body are. Near-misses: a unit of
// another named body stays a visitor, and a unit that travels alone
// (its dean the only person) stays.
func TestNameGrammarVisits13(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"OfficialsWithUnitsWentTo": {
			text: "Vice President Zhao Ming, head of Research Division Qian Li, Dean of School of Mechanical Engineering Sun Hao and other 8 people of Veltra University went to Kesley Machinery Co., Ltd. to attend the signing ceremony.",
			want: []string{"Veltra University|visited|Kesley Machinery Co., Ltd.", "Qian Li|visited|Kesley Machinery Co., Ltd.", "Sun Hao|visited|Kesley Machinery Co., Ltd."},
			not:  []string{"Research Division|visited|Kesley Machinery Co., Ltd.", "School of Mechanical Engineering, Veltra University|visited|Kesley Machinery Co., Ltd."},
		},
		"PresidentAndDirectorsVisited": {
			text: "On May 8, Lin Tao, president of Harlow University, Wu Fang, director of the International Office, and Ma Jun, director of the Key Laboratory of Coastal Ecology, visited Brimley Port Group.",
			want: []string{"Harlow University|visited|Brimley Port Group", "Wu Fang|visited|Brimley Port Group", "Ma Jun|visited|Brimley Port Group"},
			not:  []string{"International Office|visited|Brimley Port Group", "Key Laboratory of Coastal Ecology|visited|Brimley Port Group"},
		},
		"SecretaryAndDeanCameTo": {
			text: "Gao Wen, Party Secretary of Qiantang University, and Shen Lu, dean of the School of Marine Science, came to Linhe Shipbuilding Co., Ltd. for an investigation.",
			want: []string{"Qiantang University|visited|Linhe Shipbuilding Co., Ltd.", "Shen Lu|visited|Linhe Shipbuilding Co., Ltd."},
			not:  []string{"School of Marine Science, Qiantang University|visited|Linhe Shipbuilding Co., Ltd."},
		},
		// near-misses: a unit of another named body; a unit that travels alone
		"UnitOfAnotherBodyStays": {
			text: "Lin Tao, president of Harlow University, and Wu Fang, dean of the School of Law of Brimley University, visited Kesley Court.",
			want: []string{"Harlow University|visited|Kesley Court", "School of Law, Brimley University|visited|Kesley Court"},
		},
		"UnitAloneStays": {
			text: "Wu Fang, dean of the School of Marine Science of Harlow University, visited Brimley Port Group.",
			want: []string{"School of Marine Science, Harlow University|visited|Brimley Port Group"},
		},
	})
}
