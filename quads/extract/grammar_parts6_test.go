package extract

import "testing"

// TestNameGrammarUniversityAcronymPrefix checks part-of for a unit whose
// name begins with the abbreviation of a university the text names only by
// that abbreviation ("QTNU History Museum", "YPU College of Law"), while a
// region's or party's abbreviation before a unit's name gives no parent.
func TestNameGrammarUniversityAcronymPrefix(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcronymHistoryMuseum": {
			text: "QTNU signed an agreement with Jinshui Group. After the ceremony, the visitors toured QTNU History Museum.",
			want: []string{"History Museum, QTNU|part-of|QTNU"},
		},
		"AcronymCollegeOf": {
			text: "YPU signed an agreement with Jinshui Group. Zhao Jun, dean of YPU College of Mechanical Engineering, attended.",
			want: []string{"College of Mechanical Engineering, YPU|part-of|YPU"},
		},
		"AcronymLibraryAndPress": {
			text: "XNU hosted a delegation of Jinshui Group. XNU Library presented books published by XNU Press.",
			want: []string{"Library, XNU|part-of|XNU", "Press, XNU|part-of|XNU"},
		},
		"TechnologyAcronymSchool": {
			text: "QUT and Jinshui Group signed an agreement. Zhao Jun, dean of QUT School of Transportation and Logistics, attended.",
			want: []string{"School of Transportation and Logistics, QUT|part-of|QUT"},
		},
		// near-misses: the abbreviation is no university's
		"AgencyAcronymOffice": {
			text: "UNESCO and Jinshui Group signed an agreement. Zhao Jun, director of UNESCO Office of Culture, attended.",
			not:  []string{"Office of Culture, UNESCO|part-of|UNESCO", "UNESCO Office of Culture|part-of|UNESCO"},
		},
		"RegionAcronymDepartment": {
			text: "Zhao Jun, director of XLAR Department of Education, visited Qiantang University.",
			not:  []string{"XLAR Department of Education|part-of|XLAR", "Department of Education, XLAR|part-of|XLAR"},
		},
		"AcronymJointCentre": {
			text: "YPU and Jinshui Group signed an agreement. The two sides will build YPU Jinshui Joint Innovation Center.",
			not:  []string{"YPU Jinshui Joint Innovation Center|part-of|YPU", "Jinshui Joint Innovation Center, YPU|part-of|YPU"},
		},
	})
}

// TestNameGrammarSpelledAcronymPrefix checks part-of for a unit named with
// the abbreviation of a university the text names only in full ("QTU
// Department of International Cooperation" beside Qiantang University),
// and none when the abbreviation fits no named body or two equally.
func TestNameGrammarSpelledAcronymPrefix(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DepartmentAfterFullName": {
			text: "Zhao Jun visited Qiantang University. Director Li Ming of QTU Department of International Cooperation met him.",
			want: []string{"Department of International Cooperation, Qiantang University|part-of|Qiantang University"},
		},
		"LibraryAfterFullName": {
			text: "A delegation of Jinshui Group visited Yunping Normal University on Monday. The guests toured YNU Library.",
			want: []string{"Library, Yunping Normal University|part-of|Yunping Normal University"},
		},
		// near-misses
		"AbbreviationFitsNoBody": {
			text: "Zhao Jun visited Qiantang University. Director Li Ming of XZU Department of International Cooperation met him.",
			not:  []string{"Department of International Cooperation, Qiantang University|part-of|Qiantang University"},
		},
		"AbbreviationFitsTwoBodies": {
			text: "Quzhou College and Qiantang College signed an agreement. Director Li Ming of QC Department of Arts attended.",
			not: []string{"Department of Arts, Quzhou College|part-of|Quzhou College",
				"Department of Arts, Qiantang College|part-of|Qiantang College"},
		},
	})
}

// TestNameGrammarAcronymUniversityCounts checks that a university the text
// names only by its abbreviation counts among the article's educational
// bodies when a unit named without its parent is given the article's one
// university: beside a partner university it leaves the unit unowned, and
// alone it owns the unit.
func TestNameGrammarAcronymUniversityCounts(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AcronymBesidePartnerUniversity": {
			text: "QTNU signed an agreement with Yunping Autonomous University. The guests talked with students, accompanied by heads of College of Chinese Language and Literature.",
			not: []string{"College of Chinese Language and Literature|part-of|Yunping Autonomous University",
				"College of Chinese Language and Literature, Yunping Autonomous University|part-of|Yunping Autonomous University"},
		},
		"AcronymBesideGenericCollege": {
			text: "HZAU and Jinshui Hospital signed an agreement. The principals of the Undergraduate College discussed the School of Biomedicine and Health.",
			not:  []string{"School of Biomedicine and Health, Undergraduate College|part-of|Undergraduate College"},
		},
		"AcronymAlone": {
			text: "A delegation of Jinshui Group visited QTNU. The guests met teachers of the School of Chinese Language and Literature.",
			want: []string{"School of Chinese Language and Literature, QTNU|part-of|QTNU"},
		},
	})
}

// TestNameGrammarOfficeInBody checks part-of for an administrative unit
// named "in" the body it belongs to, and none for a centre in a body (a
// base), an office in a place, or a body that does not close the phrase.
func TestNameGrammarOfficeInBody(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"InternationalOfficeIn": {
			text: "Li Ming, director of the International Office in Qiantang University, attended.",
			want: []string{"International Office, Qiantang University|part-of|Qiantang University"},
		},
		"DivisionInCompany": {
			text: "Wei Hong, head of the Training Division in Jinshui Group, signed the agreement with Yunping University.",
			want: []string{"Training Division, Jinshui Group|part-of|Jinshui Group"},
		},
		"DepartmentInMinistry": {
			text: "Zhao Jun, director of the Planning Department in the Ministry of Water Resources, visited Yunping University.",
			want: []string{"Planning Department, Ministry of Water Resources|part-of|Ministry of Water Resources"},
		},
		// near-misses
		"CentreInUniversityIsNoUnit": {
			text: "The Xiling Research Center in Qiantang University was opened on Monday.",
			not: []string{"Xiling Research Center|part-of|Qiantang University",
				"Xiling Research Center, Qiantang University|part-of|Qiantang University"},
		},
		"OfficeInPlace": {
			text: "Li Ming, director of the Representative Office in Xiling Province, attended.",
			not:  []string{"Representative Office, Xiling Province|part-of|Xiling Province"},
		},
		"BodyDoesNotClose": {
			text: "Li Ming opened the International Office in the Qiantang University library building on Monday.",
			not:  []string{"International Office, Qiantang University|part-of|Qiantang University"},
		},
	})
}

// TestNameGrammarCommaBranch checks the form banks and companies name
// their branches by, "X Bank, Suzhou Branch": the branch is the bank's
// unit and a post before it leads the branch; a list of bodies after a
// comma, or a branch named after an organisation, is none.
func TestNameGrammarCommaBranch(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"BankCommaBranch": {
			text: "Zhang Wei, the president of Jinshui Bank, Suzhou Branch, attended.",
			want: []string{"Jinshui Bank Suzhou Branch|part-of|Jinshui Bank", "Zhang Wei|leads|Jinshui Bank Suzhou Branch"},
		},
		"GroupCommaBranchEndsSentence": {
			text: "Qiantang University signed an agreement with Yunping Group, Hangzhou Branch.",
			want: []string{"Yunping Group Hangzhou Branch|part-of|Yunping Group"},
		},
		"AbbreviatedBankCommaBranch": {
			text: "Qiantang Commercial Bank (QCB) has served Xiling for years. Li Hua, vice-president of QCB, Suzhou Branch, attended.",
			want: []string{"Suzhou Branch, Qiantang Commercial Bank|part-of|Qiantang Commercial Bank", "Li Hua|leads|Suzhou Branch, Qiantang Commercial Bank"},
		},
		// near-misses
		"ListAfterBank": {
			text: "Jinshui Bank, Qiantang University and Yunping Group signed the agreement.",
			not:  []string{"Jinshui Bank Qiantang University|part-of|Jinshui Bank"},
		},
		"BranchNamedAfterHospital": {
			text: "Zhang Wei, director of Jinshui Group, Qiantang Hospital Branch, attended.",
			not:  []string{"Jinshui Group Qiantang Hospital Branch|part-of|Jinshui Group"},
		},
	})
}

// TestNameGrammarUniversityPartyCommittee checks that a university named
// by "University of <field>" before "Party Committee" is never made a
// part of that committee (the name grammar cuts the name at its "of"),
// while a school of a university still is the university's.
func TestNameGrammarUniversityPartyCommittee(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"BracketedAbbreviation": {
			text: "Zhong Ruo, a former member of Xiling University of Finance and Economics (XUFE) Party Committee, attended.",
			not:  []string{"Xiling University, Finance and Economics (XUFE) Party Committee|part-of|Finance and Economics (XUFE) Party Committee"},
		},
		"NoAbbreviation": {
			text: "Zhong Ruo, a member of Qiantang University of Political Science and Law Party Committee, attended.",
			not:  []string{"Qiantang University, Political Science and Law Party Committee|part-of|Political Science and Law Party Committee"},
		},
		// near-miss: a unit of a university is still its part
		"SchoolOfUniversity": {
			text: "Zhong Ruo, dean of the School of Law of Xiling University of Finance and Economics, attended.",
			want: []string{"School of Law, Xiling University of Finance and Economics|part-of|Xiling University of Finance and Economics"},
		},
	})
}
