package extract

import "testing"

// TestNameGrammarPostLowerUnit checks leads and part-of for a unit named in
// lower case right after a post and its "of" ("deputy director of the
// vocational education department", "director of cardiology center of X
// Hospital", "head of department of education of X Province"), and none
// for words that only pick units out, a bare head, or a bare "labor union".
func TestNameGrammarPostLowerUnit(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"TheUnitAfterPost": {
			text: "Qiantang University signed an agreement with Jinshui Group. Guests included Zhao Jun, deputy director of the adult education department, and Li Ming, general manager of Jinshui Group.",
			want: []string{"Zhao Jun|leads|adult education department", "Li Ming|leads|Jinshui Group"},
		},
		"UnitWithoutArticle": {
			text: "Qiantang University signed an agreement with Jinshui Group. Dr. Zhao Jun, director of nuclear medicine center, attended the ceremony.",
			want: []string{"Zhao Jun|leads|nuclear medicine center"},
		},
		"UnitOfNamedBody": {
			text: "Qiantang University signed an agreement with Yunping People's Hospital. Dr. Zhao Jun, director of cardiology department of Yunping People's Hospital, attended the ceremony.",
			want: []string{"Zhao Jun|leads|cardiology department, Yunping People's Hospital", "cardiology department, Yunping People's Hospital|part-of|Yunping People's Hospital"},
		},
		"DepartmentOfFieldOfPlace": {
			text: "Qiantang University signed an agreement with Jinshui Group. The ceremony was presided over by Zhao Jun, head of department of education of Xiling Province.",
			want: []string{"Zhao Jun|leads|department of education of Xiling Province"},
		},
		"UnionOfTheHospital": {
			text: "The delegation was received by Zhao Jun, President of Yunping Central Hospital, and Li Ming, chairman of the hospital trade union.",
			want: []string{"Zhao Jun|leads|Yunping Central Hospital", "Li Ming|leads|hospital trade union, Yunping Central Hospital", "hospital trade union, Yunping Central Hospital|part-of|Yunping Central Hospital"},
		},
		"AffiliatedUnitNamedBefore": {
			text: "Qiantang University and its third  affiliated hospital signed an agreement with Jinshui Group. Zhao Jun, party secretary of the third affiliated hospital, attended.",
			want: []string{"Zhao Jun|leads|third affiliated hospital, Qiantang University"},
		},
		// near-misses
		"RelevantDepartments": {
			text: "Qiantang University signed an agreement with Jinshui Group. Zhao Jun, director of the relevant department, attended.",
			not:  []string{"Zhao Jun|leads|relevant department"},
		},
		"BareHead": {
			text: "Yunping Central Hospital signed an agreement with Jinshui Group. Zhao Jun, director of the hospital, attended.",
			want: []string{"Zhao Jun|leads|Yunping Central Hospital"},
		},
		"UnionOfNoOne": {
			text: "Jinshui Group signed an agreement with Qiantang University. Zhao Jun, chairman of labor union, attended.",
			not:  []string{"Zhao Jun|leads|labor union"},
		},
		"NameRunsOn": {
			text: "Qiantang University signed an agreement with Jinshui Bank. Zhao Jun, general manager of the business department of the head office of Jinshui Bank, attended.",
			not:  []string{"Zhao Jun|leads|business department"},
		},
		"WordsRunPastHead": {
			text: "Qiantang University signed an agreement with Jinshui Group. Zhao Jun, director of the research center building project, spoke.",
			not:  []string{"Zhao Jun|leads|research center"},
		},
	})
}

// TestNameGrammarPostCityLowerUnit checks leads for a city's body named in
// lower case after a post ("director of Dalian stomatological hospital",
// "director of X maternal and child care service centre", "X children's
// hospital"), and none for the city's bare head or a government's unit.
func TestNameGrammarPostCityLowerUnit(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"CityHospital": {
			text: "Jinshui Group signed an agreement with Qiantang University. Zhao Jun, director of Yunping dermatology hospital, and Li Ming, director of Yunping eye hospital, attended.",
			want: []string{"Zhao Jun|leads|Yunping dermatology hospital", "Li Ming|leads|Yunping eye hospital"},
		},
		"CityCentreWithAnd": {
			text: "Jinshui Group signed an agreement with Qiantang University. Zhao Jun, director of Yunping maternal and child health care centre, attended.",
			want: []string{"Zhao Jun|leads|Yunping maternal and child health care centre"},
		},
		"CityPossessiveModifier": {
			text: "Jinshui Group signed an agreement with Qiantang University. Zhao Jun, director of Yunping children's hospital, attended.",
			want: []string{"Zhao Jun|leads|Yunping children's hospital"},
		},
		// near-misses
		"CityBareHead": {
			text: "Jinshui Group signed an agreement with Qiantang University. Zhao Jun, director of Yunping hospital, attended.",
			not:  []string{"Zhao Jun|leads|Yunping hospital"},
		},
		"CityGovernmentUnit": {
			// a government's department is a body of its own, named
			// with its place (parts_gov.go), never the place
			text: "Jinshui Group signed an agreement with Qiantang University. Zhao Jun, director of Yunping municipal education bureau, attended.",
			want: []string{"Zhao Jun|leads|Yunping municipal education bureau"},
			not:  []string{"Zhao Jun|leads|Yunping"},
		},
	})
}

// TestNameGrammarLowerUnitOfPlace checks that a lower-case unit named with
// "of" and a province keeps the province in its name ("the education
// department of Xiling province") rather than becoming a bare "education
// department", while "of" and a body still makes the body its parent.
func TestNameGrammarLowerUnitOfPlace(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PartyCommitteeOfProvinceDepartment": {
			text: "Attendees included Zhao Jun, the secretary of the Party committee of the education department of Xiling province; Li Ming, the president of Qiantang University.",
			want: []string{"Zhao Jun|leads|education department of Xiling province"},
			not:  []string{"Zhao Jun|leads|education department"},
		},
		"PostOfProvinceDepartment": {
			text: "Qiantang University signed an agreement with Jinshui Group. Zhao Jun, deputy director of the education department of Xiling Province, attended.",
			want: []string{"Zhao Jun|leads|education department of Xiling Province"},
		},
		// near-miss: a body after "of" is the parent, not part of the name
		"UnitOfBody": {
			text: "Qiantang University signed an agreement with Jinshui Group. Zhao Jun, dean of the graduate school of Qiantang University, attended.",
			not:  []string{"Zhao Jun|leads|graduate school of Qiantang University"},
		},
	})
}
