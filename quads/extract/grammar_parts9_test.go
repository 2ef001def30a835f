package extract

import "testing"

// TestParts9Grammar holds part-of and hosts-base-at constructions of real
// reports by class (round 9), each as invented variants of the genre with
// what must not come out.
func TestParts9Grammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: the province a base's city or county is located in is
		// its address, not a second site of the base
		"JointlyEstablishedWithCityGovernmentOfProvince": {
			text: "Qiantang Institute of Ecology and Shouguang Municipal Government jointly establish Facility Agriculture Research Center. Qiantang Institute of Ecology and the Shouguang Municipal Government of Shandong Province jointly established this Center.",
			want: []string{"Qiantang Institute of Ecology|hosts-base-at|Shouguang"},
			not:  []string{"Qiantang Institute of Ecology|hosts-base-at|Shandong"},
		},
		"FieldBaseNamedForCountyInProvince": {
			text: "Leaders of Fenglin Normal University visited Pingshan Field Base in Hebei Province. In 2010 Fenglin Normal University set up the field base in Pingshan County.",
			want: []string{"Fenglin Normal University|hosts-base-at|Pingshan County"},
			not:  []string{"Fenglin Normal University|hosts-base-at|Hebei"},
		},
		"WorkstationSetUpInCountyCommaProvince": {
			text: "Fenglin University set up a rural revitalisation workstation in Yanggu County, Shandong Province, on May 3.",
			want: []string{"Fenglin University|hosts-base-at|Yanggu County"},
			not:  []string{"Fenglin University|hosts-base-at|Shandong"},
		},
		// a base the text places only in a province stays there
		"BaseInProvinceOnly": {
			text: "Fenglin University set up a rural revitalisation workstation in Hebei Province on May 3.",
			want: []string{"Fenglin University|hosts-base-at|Hebei"},
		},
		// a second base in another province is a second site
		"BaseInCityOfAnotherProvinceKeepsProvince": {
			text: "Fenglin University set up a rural revitalisation workstation in Hebei Province on May 3. In June Fenglin University set up a research station in Shouguang.",
			want: []string{"Fenglin University|hosts-base-at|Hebei", "Fenglin University|hosts-base-at|Shouguang"},
		},
		// another host's base in the province is no address of this one's
		"OtherHostsBaseInProvinceStays": {
			text: "Qiantang Institute of Ecology and Shouguang Municipal Government jointly establish Facility Agriculture Research Center. Fenglin University set up a rural revitalisation workstation in Shandong Province on May 3.",
			want: []string{"Qiantang Institute of Ecology|hosts-base-at|Shouguang", "Fenglin University|hosts-base-at|Shandong"},
		},
	})
}
