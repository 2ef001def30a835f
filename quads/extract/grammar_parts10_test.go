package extract

import "testing"

// TestParts10Grammar holds the part-of constructions of round 10 by class,
// each as invented variants of the genre with what must not come out.
func TestParts10Grammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: a party of people sent on a task ("the research group of
		// X", "its inspection group") is no unit of X
		"ResearchGroupOfSchoolVisits": {
			text: "General Manager Wang Tao welcomed the visit of the research group of Fenglin Vocational School to Qiantang Machinery Co., Ltd.",
			not:  []string{"research group, Fenglin Vocational School|part-of|Fenglin Vocational School", "research group of Fenglin Vocational School|part-of|Fenglin Vocational School"},
		},
		"RepresentativeOfResearchGroupOfUniversity": {
			text: "Then, the representative of the research group of Xiling University presented the project to Qiantang Chemical Co., Ltd.",
			not:  []string{"research group, Xiling University|part-of|Xiling University", "research group of Xiling University|part-of|Xiling University"},
		},
		"ItsInspectionGroup": {
			text: "Qiantang University sent its inspection group to Fenglin County on May 3.",
			not:  []string{"inspection group, Qiantang University|part-of|Qiantang University", "inspection group|part-of|Qiantang University"},
		},
		"StudyAndInvestigationGroupOfBureau": {
			text: "The study and investigation group of the Fenglin Municipal Education Bureau visited Xiling University on May 3.",
			not: []string{"study and investigation group, Fenglin Municipal Education Bureau|part-of|Fenglin Municipal Education Bureau",
				"investigation group, Fenglin Municipal Education Bureau|part-of|Fenglin Municipal Education Bureau"},
		},
		// near-misses: a group named by its field, or a capitalised group,
		// is still a unit
		"BasicEducationGroupStaysUnit": {
			text: "Representatives of the basic education group of Xiling Normal University, which runs eleven schools in Fenglin, attended the symposium.",
			want: []string{"basic education group, Xiling Normal University|part-of|Xiling Normal University"},
		},
		"ResearchInstituteOfUniversityStaysUnit": {
			text: "Wang Tao, director of the research institute of Xiling University, attended the ceremony.",
			want: []string{"research institute, Xiling University|part-of|Xiling University"},
		},
		// class 2: a body whose founding at a site the text reports, named
		// after that site or named a joint one, is a base set up there, no
		// unit of the body it is named after
		"InstituteNamedForCityUnveiledThere": {
			text: "The Fenglin Innovation Institute of Xiling University was unveiled in Fenglin on May 3.",
			not:  []string{"Fenglin Innovation Institute, Xiling University|part-of|Xiling University", "Fenglin Innovation Institute|part-of|Xiling University"},
		},
		"InstituteOfficiallyEstablishedInCity": {
			text: "The Qiantang Agricultural Research Institute of Xiling Agricultural University was officially established in Qiantang City on Monday.",
			not:  []string{"Qiantang Agricultural Research Institute, Xiling Agricultural University|part-of|Xiling Agricultural University", "Qiantang Agricultural Research Institute|part-of|Xiling Agricultural University"},
		},
		"ParkOpenedAtZone": {
			text: "The Fenglin Science and Technology Park of Qiantang University was opened at Fenglin Development Zone last week.",
			not:  []string{"Fenglin Science and Technology Park, Qiantang University|part-of|Qiantang University", "Fenglin Science and Technology Park|part-of|Qiantang University"},
		},
		"JointConsortiumEstablishedInCounty": {
			text: "The Joint Development Consortium of the Fenglin Library was established in Qiantang, Xiling Province.",
			not:  []string{"Joint Development Consortium, Fenglin Library|part-of|Fenglin Library", "Joint Development Consortium|part-of|Fenglin Library"},
		},
		// near-misses: a unit founded in a place it is not named after, a
		// school founded there, a unit named after a place but not said to
		// be founded there, stay units
		"InstituteEstablishedInCityNotNamedAfterIt": {
			text: "The Institute of Marine Science of Xiling University was established in Qiantang in 2005.",
			want: []string{"Institute of Marine Science, Xiling University|part-of|Xiling University"},
		},
		"SchoolNamedForCityEstablishedThere": {
			text: "The Fenglin School of Law of Xiling University was established in Fenglin in 2005.",
			want: []string{"Fenglin School of Law, Xiling University|part-of|Xiling University"},
		},
		"InstituteNamedForCityVisited": {
			text: "The Fenglin Innovation Institute of Xiling University was visited by officials from Fenglin.",
			want: []string{"Fenglin Innovation Institute, Xiling University|part-of|Xiling University"},
		},
		// class 3: a research institute holds no colleges, so the colleges
		// and offices an article names alone beside it and one university
		// are the university's
		"CollegesBesideResearchInstitute": {
			text: "Wang Tao, president of Xiling University, attended the unveiling of the Fenglin Rural Revitalization Research Institute. He was joined by leaders of the Graduate School, the College of Forestry and the College of Management.",
			want: []string{"Graduate School, Xiling University|part-of|Xiling University", "College of Forestry, Xiling University|part-of|Xiling University", "College of Management, Xiling University|part-of|Xiling University"},
			not:  []string{"College of Forestry, Fenglin Rural Revitalization Research Institute|part-of|Fenglin Rural Revitalization Research Institute"},
		},
		// near-misses: an institute of technology holds colleges, and two
		// universities leave the text to say whose a college is
		"CollegesBesideInstituteOfTechnology": {
			text: "Wang Tao, president of Xiling University, and Li Ping, president of Fenglin Institute of Technology, attended. Deans of the College of Forestry and the College of Zoology were present.",
			not:  []string{"College of Forestry, Xiling University|part-of|Xiling University", "College of Forestry, Fenglin Institute of Technology|part-of|Fenglin Institute of Technology"},
		},
		"CollegesBesideTwoUniversities": {
			text: "Wang Tao, president of Xiling University, and Li Ping, president of Fenglin Normal University, attended. Deans of the College of Forestry and the College of Zoology were present.",
			not:  []string{"College of Forestry, Xiling University|part-of|Xiling University", "College of Forestry, Fenglin Normal University|part-of|Fenglin Normal University"},
		},
		// class 4: a place's branch named after a body the text names on its
		// own ("China Telecom Tianjin Branch" beside "China Telecom") is that
		// body's, whatever the body's head
		"TelecomCityBranchAfterTelecom": {
			text: "Xiling University signed a strategic cooperation agreement with Qiantang Telecom. Zhao Yufeng, General Manager of Qiantang Telecom Fenglin Branch, attended the ceremony.",
			want: []string{"Qiantang Telecom Fenglin Branch|part-of|Qiantang Telecom"},
		},
		"TelecomCityBranchBeforeTelecom": {
			text: "Li Ping, General Manager of Jinshui Telecom Beihai Branch, attended. Earlier, Xiling University signed a framework agreement with Jinshui Telecom.",
			want: []string{"Jinshui Telecom Beihai Branch|part-of|Jinshui Telecom"},
		},
		// near-misses: a body named only in its branch's name is no parent,
		// and a unit's name before "Branch" makes no place's branch
		"TelecomBranchWithoutTelecom": {
			text: "Zhao Yufeng, General Manager of Qiantang Telecom Fenglin Branch, attended the ceremony at Xiling University.",
			not:  []string{"Qiantang Telecom Fenglin Branch|part-of|Qiantang Telecom"},
		},
		"HospitalBranchOfTelecom": {
			text: "Xiling University signed an agreement with Qiantang Telecom. Wang Tao, head of Qiantang Telecom Staff Hospital Branch, attended.",
			not:  []string{"Qiantang Telecom Staff Hospital Branch|part-of|Qiantang Telecom"},
		},
		// class 5: a department of a party committee's own work, named
		// alone, is no academic unit of the article's university: a city's
		// committee has one as much as the university's
		"UnitedFrontDepartmentOfCityCommittee": {
			text: "Xiling University and Fenglin signed an agreement. He Ping, member of the Standing Committee of Fenglin CPC Committee and director of Department of United Front Work, and Li Ming, president of Xiling University, attended.",
			not:  []string{"Department of United Front Work, Xiling University|part-of|Xiling University"},
		},
		"OrganizationAndPublicityDepartmentsAlone": {
			text: "Li Ming, president of Xiling University, visited Fenglin. Relevant comrades of the Department of Organization and the Department of Propaganda attended the visit.",
			not:  []string{"Department of Organization, Xiling University|part-of|Xiling University", "Department of Propaganda, Xiling University|part-of|Xiling University"},
		},
		// near-misses: the text names the university, or the department's
		// field is a discipline
		"PublicityDepartmentOfUniversityNamed": {
			text: "Li Ming, president of Xiling University, visited Fenglin. Wang Tao, director of the Department of Publicity of Xiling University, attended.",
			want: []string{"Department of Publicity, Xiling University|part-of|Xiling University"},
		},
		"AcademicDepartmentsAloneStayAdopted": {
			text: "Li Ming, president of Xiling University, visited Fenglin. Relevant comrades of the Department of Chemistry and the Department of Physics attended the visit.",
			want: []string{"Department of Chemistry, Xiling University|part-of|Xiling University", "Department of Physics, Xiling University|part-of|Xiling University"},
		},
		// class 6: a post word right after a unit's head and "of" or "for",
		// before a field word, is the unit's field, and the unit's name
		// runs through it
		"CenterForTeacherEducationResearch": {
			text: "At a meeting between the Fenglin delegation and the Center for Teacher Education Research of Xiling Normal University, the two sides conducted in-depth exchanges.",
			want: []string{"Center for Teacher Education Research, Xiling Normal University|part-of|Xiling Normal University"},
		},
		"DeanOfSchoolOfTeacherEducation": {
			text: "Wang Tao, dean of the School of Teacher Education of Xiling Normal University, attended.",
			want: []string{"School of Teacher Education, Xiling Normal University|part-of|Xiling Normal University", "Wang Tao|leads|School of Teacher Education, Xiling Normal University"},
		},
		"CentreForTeacherTraining": {
			text: "Wang Tao, director of the Centre for Teacher Training of Xiling Normal University, attended.",
			want: []string{"Centre for Teacher Training, Xiling Normal University|part-of|Xiling Normal University"},
		},
		// near-misses: a post before a person's name stays a post
		"TeacherBeforePersonOfSchool": {
			text: "Principal Wu Tao and Teacher Huang Shujie of Fenglin Primary School attended the signing ceremony with Xiling University.",
			want: []string{"Huang Shujie|member-of|Fenglin Primary School"},
		},
		"TeacherAfterUnitNameBeforePerson": {
			text: "Director of the School of Law Teacher Li Ping spoke at Xiling University.",
			want: []string{"Li Ping|member-of|School of Law, Xiling University"},
		},
	})
}
