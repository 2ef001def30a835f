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
		// class 2: "X University of <field> <College> ...": the name
		// grammar cuts the university's name at its "of", and reads the
		// university as a unit of the college; no university is part of
		// one of its colleges
		"UniversityOfFieldCollegeOfField": {
			text: "Qiantang Machinery Group signed an agreement with Xiling University of Technology. The head of the Party Committee of Xiling University of Technology College of Mechanical Engineering presided over the ceremony.",
			not:  []string{"Xiling University, Technology College of Mechanical Engineering|part-of|Technology College of Mechanical Engineering", "Xiling University|part-of*"},
		},
		"QuotedBaseOfUniversityOfFieldCollegeStudents": {
			text: "At the ceremony, Vice President Li Ping awarded Fenglin Pharmaceuticals and other companies the plaque of \"Xiling University of Traditional Medicine College Students Employment and Entrepreneurship Practice Base\".",
			not:  []string{"Xiling University, Traditional Medicine College|part-of|Traditional Medicine College", "Xiling University|part-of*"},
		},
		"DeanOfUniversityOfFieldSchool": {
			text: "Wang Tao, dean of Qiantang University of Science and Technology School of Marine Engineering, and Li Ping, President of Fenglin Group, signed the agreement.",
			not:  []string{"Qiantang University, Science and Technology School of Marine Engineering|part-of|Science and Technology School of Marine Engineering", "Qiantang University|part-of*"},
		},
		// a college of a university is still its part
		"CollegeOfUniversityStaysPart": {
			text: "Wang Tao, dean of the College of Mechanical Engineering of Xiling University of Technology, attended the ceremony.",
			want: []string{"College of Mechanical Engineering, Xiling University of Technology|part-of|Xiling University of Technology"},
		},
	})
}
