package extract

import (
	"testing"
)

// TestNameGrammarNames5 checks "A and B <unit head>" read as one unit's
// name and its near-misses. Every name is made up.
func TestNameGrammarNames5(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// two ordinary words of one unit's name meet at "and"
		"UnitFieldsAndCenterOfParent": {
			text: "Tao Renjie visited the Optics Center and the Analysis and Test Center of Fenglin University.",
			want: []string{"Analysis and Test Center, Fenglin University|part-of|Fenglin University", "Tao Renjie|visited|Analysis and Test Center, Fenglin University"},
			not:  []string{"Test Center*|part-of|Fenglin University"},
		},
		"UnitFieldsAndDivisionInList": {
			text: "Leaders from Asset Division, Water and Heating Division and Planning Office of Fenglin University attended the ceremony.",
			want: []string{"Water and Heating Division, Fenglin University|part-of|Fenglin University", "Asset Division, Fenglin University|part-of|Fenglin University", "Planning Office, Fenglin University|part-of|Fenglin University"},
			not:  []string{"Heating Division*|part-of|Fenglin University"},
		},
		"UnitFieldsAndLaboratoryOfParent": {
			text: "The Sampling and Survey Laboratory of Linhe Academy signed an agreement with Fenglin University.",
			want: []string{"Sampling and Survey Laboratory, Linhe Academy|part-of|Linhe Academy"},
			not:  []string{"Survey Laboratory*|part-of|Linhe Academy"},
		},
		// near-misses: two bodies with heads of their own, two persons
		"TwoHeadedBodiesStaySplit": {
			text: "The Linhe Finance Bureau and Tax Office of Nanhu signed an agreement with Fenglin University.",
			not:  []string{"Linhe Finance Bureau and Tax Office|*|*"},
		},
		"TwoNamedBodiesStaySplit": {
			text: "Linhe University and Qiaotou Museum signed an agreement.",
			want: []string{"Linhe University|signed-with|Qiaotou Museum"},
		},
		"PlaceBeforeAndStaysSplit": {
			text: "Delegates from Linhe and Optics Center of Fenglin University attended.",
			not:  []string{"Linhe and Optics Center|*|*"},
		},
		// a dateline whose dash has no spaces says where the story was filed
		"DatelineDateCommaPlaceDoubleHyphen": {
			text: "Jan.21, Linhe--The cooperation agreement on jointly building Nanhu Research Institute was signed by Fenglin University and Qiaotou Museum.",
			want: []string{"Fenglin University|signed-with|Qiaotou Museum"},
			not:  []string{"*|signed-with|Linhe*", "Linhe*|signed-with|*"},
		},
		"DatelineCapitalsPlaceDoubleHyphen": {
			text: "NANHU--Fenglin University and Qiaotou Museum signed a cooperation agreement on Monday.",
			want: []string{"Fenglin University|signed-with|Qiaotou Museum"},
			not:  []string{"NANHU*|signed-with|*", "*|signed-with|NANHU*"},
		},
		"DatelineKnownPlaceEmDash": {
			text: "Shenzhen—Fenglin University and Qiaotou Museum signed a cooperation agreement on Monday.",
			want: []string{"Fenglin University|signed-with|Qiaotou Museum"},
			not:  []string{"Shenzhen*|signed-with|*", "*|signed-with|Shenzhen*"},
		},
	})
}

// TestDatelineUnspacedDash checks where a dateline with an unspaced dash
// ends, and that a compound or an ordinary opening is no dateline.
func TestDatelineUnspacedDash(t *testing.T) {
	for text, want := range map[string]string{
		"Jan.21, Linhe--The agreement was signed.":         "Jan.21, Linhe",
		"NANHU--Fenglin University signed an agreement.":   "NANHU",
		"Shenzhen—Fenglin University signed an agreement.": "Shenzhen",
		"Linhe, Nanhu – Fenglin University signed.":        "Linhe, Nanhu",
		"XILING, Nanhu -- Fenglin University signed.":      "XILING, Nanhu",
		// near-misses
		"Shenzhen—Guangzhou railway opened on Monday.":     "",
		"Linhe—Nanhu Railway Company signed an agreement.": "",
		"Fenglin University--the oldest in Nanhu--signed.": "",
		"Sino-Nanhu Institute signed an agreement.":        "",
		"Linhe University signed--The deal was announced.": "",
	} {
		got := ""
		if d := exDatelineEnd(text); d > 0 {
			got = text[:d]
		}
		if got != want {
			t.Errorf("exDatelineEnd(%q) reads %q, want %q", text, got, want)
		}
	}
}
