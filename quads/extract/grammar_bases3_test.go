package extract

import "testing"

// TestBases3Grammar holds hosts-base-at constructions by class, each as
// invented variants of the genre with what must not come out.
func TestBases3Grammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: "which X set up in V, P": the base is at the village and
		// at the place the village is in
		"RelativeSetUpInVillageCommaCity": {
			text: "A delegation of Fenglin University travelled to Linhe. On May 3, Zhao Minghui unveiled the plaque of the Tea Science and Technology Workstation, which Fenglin University set up in Qiaotou Village, Linhe, together with the city's culture bureau.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou Village", "Fenglin University|hosts-base-at|Linhe"},
		},
		"RelativeSetUpInTownCommaCounty": {
			text: "Nanhu Normal University signed an agreement with Linhe County. The practice base, which Nanhu Normal University set up in Shiqiao Town, Linhe County, last year, received 40 students.",
			want: []string{"Nanhu Normal University|hosts-base-at|Shiqiao Town", "Nanhu Normal University|hosts-base-at|Linhe County"},
		},
		// "Science and Technology Courtyard" names a base of its kind
		"CourtyardRelativeSetUpVillageCommaCity": {
			text: "A delegation of Fenglin University travelled to Linhe. Zhao Minghui unveiled the plaque of the Tea Science and Technology Courtyard, which Fenglin University set up in Qiaotou Village, Linhe, together with the city's culture bureau.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou Village", "Fenglin University|hosts-base-at|Linhe"},
		},
		"CourtyardOnlyAfterItsKind": {
			text: "A delegation of Fenglin University travelled to Linhe. Zhao Minghui visited the Linhe Museum courtyard, which Fenglin University set up in Qiaotou Village, Linhe.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		// class 2: "X made Y a base (for its students)": the maker hosts it
		"MadeFarmAPracticeBase": {
			text: "On May 4 the delegation arrived in Linhe. Fenglin University made the Linhe Black Tea Farm a teaching and practice base for its undergraduates.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Black Tea Farm"},
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		"HasMadeCompanyAnInternshipBase": {
			text: "Nanhu Normal University signed an agreement with Linhe Gears Co., Ltd. The university has made Linhe Gears Co., Ltd. an internship base.",
			want: []string{"Nanhu Normal University|hosts-base-at|Linhe Gears Co., Ltd."},
		},
		// what the agreement makes is no host's base
		"AgreementMakesNoHost": {
			text: "Linhe city signed an agreement with Nanhu Normal University. The agreement made the Linhe Tea Farm a practice base.",
			not:  []string{"Linhe|hosts-base-at|Linhe Tea Farm"},
		},
		// "set up in P's D": the base is in the district
		"RelativeSetUpInCitysDistrict": {
			text: "Fenglin University signed an agreement with Linhe city. After the signing, the two sides unveiled the plaque of the Coastal Ecology Research Station, which Fenglin University has set up in Linhe's Qiaotou District.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou District"},
		},
		"RelativeSetUpInCountysTown": {
			text: "Nanhu Normal University signed an agreement with Linhe County. The workstation, which Nanhu Normal University set up in Linhe County's Shiqiao Town, received 40 students.",
			want: []string{"Nanhu Normal University|hosts-base-at|Shiqiao Town"},
		},
		// class 3: a base's title or plaque given to where it is
		"AwardedPlaquesOfBaseToPair": {
			text: "Fenglin Polytechnic signed agreements with eight enterprises. At the ceremony, the college awarded plaques of \"Off-campus Practice Base of Fenglin Polytechnic\" to Linhe Robotics Co., Ltd. and Nanhu Gears Group.",
			want: []string{"Fenglin Polytechnic|hosts-base-at|Linhe Robotics Co., Ltd.", "Fenglin Polytechnic|hosts-base-at|Nanhu Gears Group"},
		},
		"PresentedPlaqueOfBaseToOne": {
			text: "Nanhu Normal University presented the plaque of \"Teaching Practice Base of Nanhu Normal University\" to Linhe No. 2 Middle School.",
			want: []string{"Nanhu Normal University|hosts-base-at|Linhe No. 2 Middle School"},
		},
		"WasAwardedTitleOfBase": {
			text: "Linhe Experimental School signed an agreement with Nanhu Normal University. In 2023 Linhe Experimental School was awarded the title of Education Practice Base of Nanhu Normal University.",
			want: []string{"Nanhu Normal University|hosts-base-at|Linhe Experimental School"},
			not:  []string{"Linhe Experimental School|hosts-base-at|Nanhu Normal University"},
		},
		// an award that is no base's is no base
		"AwardedPrizeIsNoBase": {
			text: "Fenglin University signed an agreement with Linhe city. The university awarded scholarships to Linhe Robotics.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe Robotics"},
		},
		// class 4: a body regarded "as a base" is a figure, no base
		"RegardsCityAsBase": {
			text: "Deputy mayors of Linhe came to Fenglin University. Zhao Minghui said that the university regards Linhe as an important base for applying its research results, and will further open its laboratories to the city's enterprises.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		"ConsidersCountyAsBase": {
			text: "Nanhu Normal University signed an agreement with Linhe County. Zhao Minghui said the university considers Linhe County a key base and sees it as a practice base for its students.",
			not:  []string{"Nanhu Normal University|hosts-base-at|Linhe County"},
		},
		// a base set up in the same sentence stays
		"RegardedAndSetUp": {
			text: "Fenglin University regards Linhe as a partner and has set up a practice base in Linhe city.",
			want: []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		// class 5: a centre a body is guided or helped in building is its own
		"GuideHospitalInBuildingCenter": {
			text: "Fenglin Medical University and its first affiliated hospital signed an agreement with Linhe city. Under the agreement, the First Affiliated Hospital will guide the Linhe People's Hospital in building a chest pain center.",
			not:  []string{"First Affiliated Hospital, Fenglin Medical University|hosts-base-at|Linhe", "Fenglin Medical University|hosts-base-at|Linhe"},
		},
		"HelpCountyHospitalToBuildCentre": {
			text: "Nanhu Hospital signed an agreement with Linhe County. Nanhu Hospital will help the Linhe County Hospital to build a stroke centre.",
			not:  []string{"Nanhu Hospital|hosts-base-at|Linhe County", "Nanhu Hospital|hosts-base-at|Linhe County Hospital"},
		},
		// growing a named base "into" something sets none up
		"BuildWorkstationIntoPlatform": {
			text: "Zhao Minghui, Vice Governor of Linhe Province, visited Qiaotou County. He asked the Department of Education to promote the experience in other counties of the province, and asked the university to build the workstation into a long-term platform.",
			not:  []string{"Department of Education|hosts-base-at|Linhe", "Department of Education|hosts-base-at|Qiaotou County"},
		},
		// class 6: a base located at a unit of one of its joint builders
		"JointBaseLocatedAtPartnersSchool": {
			text: "The Linhe Municipal Health Commission signed an agreement with Fenglin University. According to the agreement, the commission and the university will jointly build the Linhe Public Health Emergency Training Base, which will be located at the university's school of public health.",
			want: []string{"Linhe Municipal Health Commission|hosts-base-at|school of public health, Fenglin University", "Fenglin University|hosts-base-at|school of public health, Fenglin University"},
		},
		"JointCentreLocatedAtPartnersCollege": {
			text: "Linhe Group signed an agreement with Nanhu Normal University. Linhe Group and the university will jointly set up the Smart Education Research Base, to be located at the university's College of Education.",
			want: []string{"Linhe Group|hosts-base-at|College of Education, Nanhu Normal University", "Nanhu Normal University|hosts-base-at|College of Education, Nanhu Normal University"},
		},
		// no joint building: the parent of the site is no host
		"BaseLocatedAtPartnersSchoolNotJoint": {
			text: "The Linhe Municipal Health Commission signed an agreement with Fenglin University. The commission will build the Linhe Emergency Training Base, which will be located at the university's school of public health.",
			want: []string{"Linhe Municipal Health Commission|hosts-base-at|school of public health, Fenglin University"},
			not:  []string{"Fenglin University|hosts-base-at|school of public health, Fenglin University"},
		},
		// class 7: a headline verb ends the name before it
		"HeadlineInspectsEndsName": {
			text: "Vice Governor Inspects University Rural Revitalization Workstation in Qiaotou County\n\nOn May 12, Zhao Minghui, Vice Governor of Linhe Province, visited Qiaotou County to inspect the work of the Qiaotou Rural Revitalization Workstation of Fenglin University.\n\nThe workstation was set up by Fenglin University in Qiaotou in 2022.",
			not:  []string{"Vice Governor Inspects*|hosts-base-at|Qiaotou County"},
		},
		// class 8: "the base, jointly built by A and B, is located in P"
		"BuiltByPairLocatedInTownship": {
			text: "Fenglin University signed an agreement with Linhe County. The base, jointly built by Fenglin University and Linhe County, is located in Shiqiao Township.",
			want: []string{"Fenglin University|hosts-base-at|Shiqiao Township"},
			not:  []string{"Linhe County|hosts-base-at|Shiqiao Township"},
		},
		"WorkstationBuiltByPairLocatedInTown": {
			text: "Nanhu Normal University signed an agreement with Linhe Group. The workstation, built by Nanhu Normal University and Linhe Group, is located in Dongqiao Town.",
			want: []string{"Nanhu Normal University|hosts-base-at|Dongqiao Town", "Linhe Group|hosts-base-at|Dongqiao Town"},
		},
		// class 9: bases counted over a region are at none of it
		"CountedBasesInProvince": {
			text: "Zhao Minghui, Vice Governor of Linhe Province, visited Fenglin University. The university has established 30 practice bases in Linhe Province.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		"CountedBasesAcrossProvince": {
			text: "Fenglin University signed an agreement with Linhe Province. So far, Fenglin University has established 30 practice bases with enterprises in Linhe Province and trained 2,000 teachers.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		// one base in a place is at it
		"OneBaseInCounty": {
			text: "Fenglin University signed an agreement with Linhe County. The university has established a practice base in Linhe County.",
			want: []string{"Fenglin University|hosts-base-at|Linhe County"},
		},
		// class 10: "the company will set up a centre at Y's campus" when
		// the sentence names other bodies: the one that signed with Y
		"CompanySetsUpCentreAtSignersCampus": {
			text: "The delegation paid a visit to Kessler-Ohm, a maker of precision gears in Stuttgart. Brandauer said Kessler-Ohm has run a plant in Linhe's Dongshan Development Zone since 2019. The same afternoon, Kessler-Ohm and the Linhe Municipal People's Government signed a memorandum, and Kessler-Ohm and Fenglin Polytechnic, represented by its vice president Zhan Yue, signed an agreement on training technicians. Under the second agreement the company will set up a training centre at the polytechnic's campus in Linhe.",
			want: []string{"Kessler-Ohm|hosts-base-at|Fenglin Polytechnic"},
			not:  []string{"Linhe|hosts-base-at|Fenglin Polytechnic"},
		},
		// two signers with the site: none is chosen
		"CompanyCentreTwoSignersNoGuess": {
			text: "Kessler-Ohm, a maker of gears, and Brenner-Lutz, a maker of pumps, each signed an agreement with Fenglin Polytechnic in Linhe. Under the agreement the company will set up a training centre at the polytechnic's campus in Linhe.",
			not:  []string{"Kessler-Ohm|hosts-base-at|Fenglin Polytechnic", "Brenner-Lutz|hosts-base-at|Fenglin Polytechnic"},
		},
		// class 11: a body whose plaque is unveiled, set up by X in P
		"PlaqueOfInstituteWhichUniversitySetUpIn": {
			text: "On March 12, Fenglin University (FU) and the People's Government of Linhe City signed an agreement in Linhe. The two sides then unveiled the plaque of the FU Linhe New Materials Research Institute, which the university set up in Linhe's high-tech zone last autumn.",
			want: []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		"PlaqueOfCentreWhichCompanySetUpAt": {
			text: "Linhe Gears Co., Ltd. signed an agreement with Fenglin University. The two sides unveiled the plaque of the Linhe Gears Innovation Institute, which Linhe Gears Co., Ltd. set up at Fenglin University.",
			want: []string{"Linhe Gears Co., Ltd.|hosts-base-at|Fenglin University"},
		},
		// an institute named with no plaque and no setting-up stays no base
		"InstituteNamedNotSetUp": {
			text: "Fenglin University signed an agreement with Linhe City. Experts of the Linhe New Materials Research Institute, which the university runs in Linhe, attended.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		// a comma then a body that is no place is not where the base is
		"RelativeSetUpCommaOrgIsNoPlace": {
			text: "The workstation, which Fenglin University set up in Qiaotou Village, Linhe Tea Company and the city's bureau will run.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou Village"},
			not:  []string{"Fenglin University|hosts-base-at|Linhe Tea Company"},
		},
	})
}
