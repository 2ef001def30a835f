package extract

import "testing"

// TestNameGrammarVisits10 checks round 10's visited class on invented
// sentences: "paid a visit" with a time phrase before its "to" ("paid a
// visit on March 15 to Z", "paid a visit last week to Z") or with "of" in
// the place of "to" ("paid a visit of the X Campus of our university")
// names its objects as "paid a visit to Z" does, and sites named only by a
// plural and their place ("visited two schools in Jiading") make the place
// visited; a time phrase with no "to"
// after it, a planned visit, and "the visit of P to Z" (the visitor after
// "of") keep their readings.
func TestNameGrammarVisits10(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"PaidVisitOnDateTo": {
			text: "A delegation from Linhe Steel Group paid a visit on March 15 to Qiantang University.",
			want: []string{"Linhe Steel Group|visited|Qiantang University"},
		},
		"PaidVisitLastWeekTo": {
			text: "Zhou Ping, general manager of Linhe Steel Group, paid a visit last week to Beihai Science Museum.",
			want: []string{"Zhou Ping|visited|Beihai Science Museum", "Linhe Steel Group|visited|Beihai Science Museum"},
		},
		"MadeWorkingVisitRecentlyTo": {
			text: "Gao Yun, president of Donghu University, made a working visit recently to Xiling Library.",
			want: []string{"Gao Yun|visited|Xiling Library", "Donghu University|visited|Xiling Library"},
		},
		"PaidVisitOfCampusOfOurUniversity": {
			text: "Qiantang University signed an agreement with Linhe Power Co., Ltd. On September 15, Zhou Ping, general manager of Linhe Power Co., Ltd., paid a visit of Xixi Campus of our university with an entourage.",
			want: []string{"Zhou Ping|visited|Qiantang University", "Linhe Power Co., Ltd.|visited|Qiantang University"},
		},
		"PaidVisitOfBody": {
			text: "Ma Lin, director of Fenglin Museum, paid a visit of Beihai Science Museum on May 3.",
			want: []string{"Ma Lin|visited|Beihai Science Museum", "Fenglin Museum|visited|Beihai Science Museum"},
		},
		// sites named only by a plural and their place: the place visited
		"VisitedTwoSchoolsInPlace": {
			text: "The delegation from the Linhe Education Bureau also visited two schools in Beihai.",
			want: []string{"Linhe Education Bureau|visited|Beihai"},
		},
		"TouredKeyZonesInCounty": {
			text: "Zhou Ping, president of Qiantang University, toured key industrial zones in Beihai County on May 3.",
			want: []string{"Qiantang University|visited|Beihai County", "Zhou Ping|visited|Beihai County"},
		},
		"WillVisitSchoolsInPlaceNone": {
			text: "Zhou Ping, president of Qiantang University, will visit schools in Beihai next year.",
			not:  []string{"Qiantang University|visited|Beihai", "Zhou Ping|visited|Beihai"},
		},
		"VisitedSchoolsInBodyNone": {
			text: "Zhou Ping, president of Qiantang University, visited two schools in Linhe Education Group.",
			not:  []string{"Qiantang University|visited|Linhe Education Group"},
		},
		// near-misses: no "to" after the time phrase, a planned visit, the
		// visitor after "of", "the visit on May 3 to" spoken of
		"PaidVisitOnDateNoTo": {
			text: "Zhou Ping, general manager of Linhe Steel Group, paid a visit on March 15 with Beihai Science Museum staff.",
			not:  []string{"Zhou Ping|visited|Beihai Science Museum", "Linhe Steel Group|visited|Beihai Science Museum"},
		},
		"WillPayVisitOnDateTo": {
			text: "Zhou Ping, general manager of Linhe Steel Group, will pay a visit in May to Qiantang University.",
			not:  []string{"Zhou Ping|visited|Qiantang University", "Linhe Steel Group|visited|Qiantang University"},
		},
		"VisitOfPersonToBody": {
			text: "Ma Lin, director of Fenglin Museum, spoke of the visit of Zhou Ping to Beihai Science Museum.",
			not:  []string{"Ma Lin|visited|Beihai Science Museum", "Fenglin Museum|visited|Beihai Science Museum"},
		},
	})
}
