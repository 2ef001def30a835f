package extract

import "testing"

// TestBases4Grammar holds hosts-base-at constructions of real reports by
// class (fourth round), each as invented variants of the genre with what
// must not come out.
func TestBases4Grammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: a joint centre named for its two parties, "Joint
		// Research Center of A - B", "A-B Joint Laboratory": one party's
		// base at the other (the text leaves the direction open)
		"JointCenterOfADashB": {
			text: "Fenglin Pharmaceutical Group signed an agreement with Nanhu Bay Laboratory. Then the two parties held the unveiling ceremony of Joint Research Center of Fenglin Pharmaceutical Group - Nanhu Bay Laboratory.",
			want: []string{"Fenglin Pharmaceutical Group|hosts-base-at|Nanhu Bay Laboratory"},
			not:  []string{"Joint Research Center of Fenglin Pharmaceutical Group|signed-with|Nanhu Bay Laboratory"},
		},
		"JointLabOfAAndB": {
			text: "Qiantang University signed an agreement with Linhe Steel Group. The two sides then unveiled the plaque of the Joint Laboratory of Qiantang University and Linhe Steel Group.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
		"ADashBJointCentre": {
			text: "Qiantang University signed an agreement with Linhe Steel Group. On May 3 the Qiantang University-Linhe Steel Group Joint Research Centre was inaugurated.",
			want: []string{"Qiantang University|hosts-base-at|Linhe Steel Group"},
		},
		// a centre named for one body only is no pair's
		"CenterOfOneBodyIsNoPair": {
			text: "Fenglin Pharmaceutical Group signed an agreement with Nanhu Bay Laboratory. Zhao Minghui visited the Research Center of Fenglin Pharmaceutical Group.",
			not:  []string{"Fenglin Pharmaceutical Group|hosts-base-at|Nanhu Bay Laboratory", "Nanhu Bay Laboratory|hosts-base-at|Fenglin Pharmaceutical Group"},
		},
		// two bodies that merely cooperate name no centre
		"CooperationBetweenAAndBIsNoBase": {
			text: "On May 3, the signing ceremony of the strategic cooperation between Nanhu Bay Laboratory and Fenglin Pharmaceutical Group was held in Linhe.",
			not:  []string{"Fenglin Pharmaceutical Group|hosts-base-at|Nanhu Bay Laboratory", "Nanhu Bay Laboratory|hosts-base-at|Fenglin Pharmaceutical Group"},
		},
		// class 2: a laboratory or centre two bodies' heads unveil, named
		// "of" its owner: the owner's base at the other body
		"JointlyUnveiledKeyLabOfOwner": {
			text: "Qiantang University signed an agreement with Linhe Province. Afterwards Zhao Minghui, President of Qiantang University, and Sun Lihua, President of Linhe University, jointly unveiled the Key Laboratory of Coastal Heritage Protection of Qiantang University (Linhe Center).",
			want: []string{"Qiantang University|hosts-base-at|Linhe University"},
			not:  []string{"Linhe University|hosts-base-at|Qiantang University"},
		},
		"UnveiledPlaqueOfResearchCentreOfOwner": {
			text: "Fenglin Normal University signed an agreement with Nanhu Museum. Wang Jianguo, Curator of Nanhu Museum, and Li Ping, Vice President of Fenglin Normal University, unveiled the plaque of the Heritage Research Center of Fenglin Normal University.",
			want: []string{"Fenglin Normal University|hosts-base-at|Nanhu Museum"},
		},
		"JointlyUnveiledLabUnderMinistryOfOwner": {
			text: "Fenglin University signed an agreement with Linhe Province. Afterwards Zhao Minghui, President of Fenglin University, and Sun Lihua, President of Linhe Normal University, jointly unveiled the Key Laboratory under the Ministry of Culture about Coastal Heritage Protection of Fenglin University.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Normal University"},
			not:  []string{"Ministry of Culture|hosts-base-at|Linhe Normal University", "Key Laboratory, Ministry of Culture|part-of|Ministry of Culture"},
		},
		"MayorAndPresidentUnveiledCentreOfOwner": {
			text: "Fenglin University signed an agreement with Linhe city. Zhang Wei, Mayor of Linhe, and Li Ping, President of Fenglin University, unveiled the plaque of the Marine Biology Research Center of Fenglin University.",
			want: []string{"Fenglin University|hosts-base-at|Linhe"},
		},
		// issue 12 class 6: where the relative clause says it was set up
		"UnveiledInstituteWhichOwnerSetUpIn": {
			text: "Fenglin University signed an agreement with Linhe city. After the signing, Zhang Wei, Director of Linhe Science Bureau, and Li Ping, President of Fenglin University, unveiled the plaque of the Coastal Research Institute of Fenglin University, which Fenglin University set up in Qiaotou District.",
			want: []string{"Fenglin University|hosts-base-at|Qiaotou District"},
			not:  []string{"Fenglin University|hosts-base-at|Linhe Science Bureau"},
		},
		// a laboratory the heads only visit is no base
		"VisitedLabIsNoBase": {
			text: "Qiantang University signed an agreement with Linhe Province. Zhao Minghui, President of Qiantang University, and Sun Lihua, President of Linhe University, visited the Key Laboratory of Coastal Heritage Protection of Qiantang University.",
			not:  []string{"Qiantang University|hosts-base-at|Linhe University"},
		},
		// class 3: a practice base between a university and a school of
		// basic education is the university's, at the school, whatever
		// the translated title's "in" says
		"PracticeBaseInUniversityIsAtPrimarySchool": {
			text: "Linhe No. 2 Primary School signed a contract with Fenglin Normal University. Then the two sides signed the \"Agreement on the Construction of a Practice Teaching Base in Fenglin Normal University\" and held a ceremony for awarding the license.",
			want: []string{"Fenglin Normal University|hosts-base-at|Linhe No. 2 Primary School"},
			not:  []string{"Linhe No. 2 Primary School|hosts-base-at|Fenglin Normal University"},
		},
		"InternshipBaseAtMiddleSchool": {
			text: "Fenglin Normal University signed an agreement with Qiaotou Middle School. The two sides unveiled the plaque of the Education Internship Base of Qiaotou Middle School.",
			want: []string{"Fenglin Normal University|hosts-base-at|Qiaotou Middle School"},
			not:  []string{"Qiaotou Middle School|hosts-base-at|Fenglin Normal University"},
		},
		"PracticeBaseOfMiddleSchoolIsAtIt": {
			text: "Fenglin Normal University signed an agreement with Linhe Middle School. The practice base of Linhe Middle School was unveiled on May 3.",
			want: []string{"Fenglin Normal University|hosts-base-at|Linhe Middle School"},
			not:  []string{"Linhe Middle School|hosts-base-at|Fenglin Normal University"},
		},
		"NamedPracticeBaseOfPrimarySchoolIsAtIt": {
			text: "Zhao Min, Vice Dean of Fenglin Normal University, attended the ceremony. The Teaching Practice Base of Qiaotou Primary School was set up for the university's students.",
			want: []string{"Fenglin Normal University|hosts-base-at|Qiaotou Primary School"},
		},
		// a university's own practice base is its own
		"PracticeBaseOfUniversityStaysItsOwn": {
			text: "Fenglin Normal University signed an agreement with Linhe Museum. The two sides unveiled the plaque of the Practice Base of Fenglin Normal University.",
			want: []string{"Fenglin Normal University|hosts-base-at|Linhe Museum"},
			not:  []string{"Linhe Museum|hosts-base-at|Fenglin Normal University"},
		},
		// a middle school's practice base at a museum stays the school's
		"MiddleSchoolsPracticeBaseAtMuseum": {
			text: "Linhe Science Museum signed an agreement with Qiaotou Middle School. The two sides unveiled the plaque of the social practice base.",
			want: []string{"Qiaotou Middle School|hosts-base-at|Linhe Science Museum"},
		},
		// a company's training centre at a polytechnic stays the company's
		"TrainingCentreAtPolytechnicStaysCompanys": {
			text: "Linhe Robotics Co., Ltd. signed an agreement with Nanhu Polytechnic. Under the agreement Linhe Robotics Co., Ltd. will set up a training centre at Nanhu Polytechnic.",
			want: []string{"Linhe Robotics Co., Ltd.|hosts-base-at|Nanhu Polytechnic"},
		},
		// class 4: what is unveiled beside a base is set up, no party
		"UnveiledHospitalBesideBaseIsNoParty": {
			text: "Qiantang University signed an agreement with Linhe District. Cai Ming, Liu Hong and Zhang Kang unveiled nameplates for the \u201cEast Hospital of Linhe Affiliated to Qiantang University (soon to be established)\u201d and the \u201cAchievements Transformation Base of the Medical Innovation Institute of Qiantang University\u201d.",
			not:  []string{"East Hospital of Linhe Affiliated|hosts-base-at|Qiantang University", "East Hospital of Linhe Affiliated to Qiantang University|hosts-base-at|Qiantang University", "Qiantang University|hosts-base-at|East Hospital of Linhe Affiliated"},
		},
		// class 5: "X awarded Y the title / plaque of 'Z Base'": X's base at Y
		"AwardedBodyTheTitleOfBase": {
			text: "Fenglin University signed an agreement with Linhe Museum. At the ceremony, Fenglin University awarded Linhe Museum the title of \"Teaching Practice Base of Fenglin University\".",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
			not:  []string{"Linhe Museum|hosts-base-at|Fenglin University"},
		},
		"AwardedBodyThePlaqueOfBase": {
			text: "Nanhu Polytechnic signed agreements with six enterprises. The college awarded Linhe Gears Group the plaque of \"Off-campus Practice Base of Nanhu Polytechnic\".",
			want: []string{"Nanhu Polytechnic|hosts-base-at|Linhe Gears Group"},
		},
		// class 6: "X was listed as a base of Y": Y's base at X
		"ListedAsBaseOf": {
			text: "Linhe Museum signed an agreement with Fenglin University. In 2022 Linhe Museum was listed as a practice teaching base of Fenglin University.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
			not:  []string{"Linhe Museum|hosts-base-at|Fenglin University"},
		},
		"ListedByAsBase": {
			text: "Fenglin University signed an agreement with Linhe Museum. Fenglin University listed Linhe Museum as its off-campus practice base.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
		},
		// class 7: a base named for its host, "the Y Workstation of X"
		"BaseNamedForHostOfOwner": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. The two sides unveiled the plaque of the Linhe Steel Group Postdoctoral Workstation of Fenglin University.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Linhe Steel Group|hosts-base-at|Fenglin University"},
		},
		// class 8: "the X base was set up at Y by Z", "jointly built by"
		"PracticeBaseSetUpAtBy": {
			text: "Linhe Tea Farm signed an agreement with Fenglin University. The practice base was set up at Linhe Tea Farm by Fenglin University in 2021.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Tea Farm"},
		},
		"JointlyBuiltWorkstationUnveiledAtCompany": {
			text: "A postdoctoral workstation jointly built by Fenglin University and Linhe Steel Group was unveiled at Linhe Steel Group on May 3.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		// class 9: a laboratory or institute two bodies set up together
		"JointlyEstablishedNamedJointLab": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. Fenglin University and Linhe Steel Group jointly established the Smart Steel Joint Laboratory.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Smart Steel Joint Laboratory|signed-with|Linhe Steel Group"},
		},
		"JointLabCommaJointlyEstablishedBy": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. The Smart Steel Joint Laboratory, jointly established by Fenglin University and Linhe Steel Group, was unveiled on May 3.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		"AgreementToCoBuildInstitute": {
			text: "Fenglin University and Linhe Steel Group signed an agreement to co-build the Linhe Advanced Materials Research Institute.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		"SetUpLowerJointLabWith": {
			text: "Fenglin University will set up a joint laboratory with Linhe Steel Group.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		// a laboratory the two only use is none they set up
		"UsedLabIsNoBase": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. Students of Fenglin University will use the laboratory of Linhe Steel Group.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe Steel Group", "Linhe Steel Group|hosts-base-at|Fenglin University"},
		},
		// a joint laboratory that acts is a party of what it signs
		"CoFoundedLabSignsOnItsOwn": {
			text: "The Luoxi Joint Laboratory, co-founded by Mingcheng University and Tanhai Steel Group, signed an agreement with Jinshui County.",
			want: []string{"Mingcheng University|hosts-base-at|Tanhai Steel Group", "Luoxi Joint Laboratory|signed-with|Jinshui County"},
		},
		// one builder names no pair
		"LabBuiltByOneIsNoPair": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. The Smart Steel Laboratory, established by Fenglin University in 2010, is the university's oldest.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe Steel Group", "Linhe Steel Group|hosts-base-at|Fenglin University"},
		},
		// class 10: "the two sides unveiled the 'X University … Base'":
		// the owner its name begins with, at its partner
		"BothSidesUnveiledOwnerNamedBase": {
			text: "Linhe Middle School signed an agreement with Fenglin Normal University. The two sides unveiled the plaque of the Fenglin Normal University Teacher Education Practice Base.",
			want: []string{"Fenglin Normal University|hosts-base-at|Linhe Middle School"},
			not:  []string{"Linhe Middle School|hosts-base-at|Fenglin Normal University"},
		},
		"AgreementOnCoConstructionOfCentre": {
			text: "Fenglin University and Linhe Steel Group signed an agreement on the co-construction of the Hydrogen Energy Joint Research Center.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Hydrogen Energy Joint Research Center|signed-with|Linhe Steel Group"},
		},
		// class 11: the heads of two bodies unveil a joint laboratory
		// named for neither: one's base at the other
		"HeadsUnveiledPlaqueForJointLab": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. Zhang Wei, President of Fenglin University, and Li Ping, Chairman of Linhe Steel Group, jointly unveiled the plaque for the Intelligent Welding Joint Laboratory.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		"HeadsUnveiledPlaqueForPairNamedJointLab": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. Zhang Wei, President of Fenglin University, and Li Ping, Chairman of Linhe Steel Group, jointly unveiled the plaque for the Fenglin University-Linhe Steel Group Joint Laboratory.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		// a laboratory that is no joint one, unveiled by its own heads,
		// is at no partner
		"OwnHeadsUnveiledLabIsNoBase": {
			text: "Fenglin University signed an agreement with Linhe Steel Group. Zhang Wei and Li Ping, President and Vice President of Fenglin University, unveiled the plaque for the Intelligent Welding Laboratory.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe Steel Group", "Linhe Steel Group|hosts-base-at|Fenglin University"},
		},
		// class 5 in the passive: "the plaque of 'Base of X' was awarded to A"
		"PlaqueOfBaseWasAwardedTo": {
			text: "Linhe Museum signed an agreement with Fenglin University. The plaque of \"Practice Teaching Base of Fenglin University\" was awarded to Linhe Museum.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
			not:  []string{"Linhe Museum|hosts-base-at|Fenglin University"},
		},
		"PrizeAwardedToIsNoBase": {
			text: "Linhe Museum signed an agreement with Fenglin University. The first prize of the Fenglin University contest was awarded to Linhe Museum.",
			not:  []string{"Fenglin University|hosts-base-at|Linhe Museum"},
		},
		// issue 12 class 11: what the signing sets up is no signer, and
		// its director leads no body
		"SignedToEstablishJointLab": {
			text: "Fenglin University signed an agreement with Linhe Steel Group to establish the Smart Welding Joint Laboratory.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
			not:  []string{"Smart Welding Joint Laboratory|signed-with|Linhe Steel Group", "Fenglin University|signed-with|Smart Welding Joint Laboratory"},
		},
		"DirectorOfCentreJointlyEstablishedBetween": {
			text: "The signing ceremony of the Graphite Research and Development Center jointly established between Fenglin University and Linhe Carbon Materials Co., Ltd. was held at Fenglin University. Professor Wang Jun was named director of the Graphite Research and Development Center.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Carbon Materials Co., Ltd."},
			not:  []string{"Wang Jun|leads|Graphite Research and Development Center", "Graphite Research and Development Center|signed-with|Linhe Carbon Materials Co., Ltd."},
		},
		// issue 12 class 11: the joint laboratory set up is no signer
		"JointLabIsNoSigner": {
			text: "Qiantang University signed an agreement with Linhe Steel Group. The two sides then unveiled the plaque of the Joint Laboratory of Qiantang University and Linhe Steel Group.",
			not:  []string{"Joint Laboratory, Qiantang University|signed-with|Linhe Steel Group", "Joint Laboratory, Qiantang University|part-of|Qiantang University"},
		},
	})
}
