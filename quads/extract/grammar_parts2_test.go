package extract

import "testing"

// TestNameGrammarPartsMembers checks part-of and member-of on invented
// sentences of the genre: a unit named with its parent in every order, in
// lists, in titles and by its bare name later; posts that are no
// leadership (SCHEMA.md: member-of) in appositions, before the name, in
// lists and after a possessive. A unit of a place's government belongs to
// no organisation (part-of is Organization → Organization), and "P from O"
// without a post is left alone (the development sets annotate it optional).
func TestNameGrammarPartsMembers(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// part-of: the unit and its parent in every order
		"UnitOfParentInTitle": {
			text: "Gao Yun, dean of the School of Marine Science of Yunping University, signed the agreement with Jinshui Museum.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Gao Yun|leads|School of Marine Science, Yunping University"},
			not:  []string{"Gao Yun|leads|Yunping University", "Yunping University|signed-with|Jinshui Museum"},
		},
		"PossessiveUnit": {
			text: "Yunping University's School of Marine Science signed an agreement with Jinshui Museum.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University"},
		},
		"PrefixedUnit": {
			text: "The Yunping University School of Marine Science signed an agreement with Jinshui Museum.",
			want: []string{"Yunping University School of Marine Science|part-of|Yunping University"},
		},
		"PrefixedLibraryNamedOnce": {
			text: "Yunping University Library signed an agreement with Jinshui Museum.",
			want: []string{"Yunping University Library|part-of|Yunping University"},
			not:  []string{"Yunping University|signed-with|Jinshui Museum"},
		},
		"PrefixedPressNamedOnce": {
			text: "Yunping University Press signed a publishing agreement with Jinshui Museum.",
			want: []string{"Yunping University Press|part-of|Yunping University"},
		},
		"PrefixedHistoryMuseum": {
			text: "Donghu Normal University History Museum and Jinshui Museum signed a cooperation agreement.",
			want: []string{"Donghu Normal University History Museum|part-of|Donghu Normal University"},
		},
		"PrefixedCentreOfNamedGroup": {
			text: "Jinshui Port Group signed an agreement with Yunping University. Tang Li, director of the Jinshui Port Group Technology Center, spoke.",
			want: []string{"Jinshui Port Group Technology Center|part-of|Jinshui Port Group", "Tang Li|leads|Jinshui Port Group Technology Center"},
		},
		"PrefixedHospitalIsOwnBody": {
			text: "Yunping University Second Hospital signed a medical alliance agreement with Baisha County.",
			not:  []string{"Yunping University Second Hospital|part-of|Yunping University"},
		},
		"PrefixedJointCentreIsNoUnit": {
			text: "Jinshui Port Group and Yunping University set up the Jinshui Port Group Smart Logistics Innovation Center.",
			not:  []string{"Jinshui Port Group Smart Logistics Innovation Center|part-of|Jinshui Port Group"},
		},
		"CompanyFormIsNoUnit": {
			text: "Jinshui Port Group signed an agreement with Yunping University. Jinshui Port Group Co., Ltd. will fund the lab.",
			not:  []string{"Jinshui Port Group Co., Ltd.|part-of|Jinshui Port Group"},
		},
		"DepartmentUnder": {
			text: "The Marine Survey Department under Jinshui Port Group signed an agreement with Yunping University.",
			want: []string{"Marine Survey Department, Jinshui Port Group|part-of|Jinshui Port Group"},
		},
		"HyphenAffiliated": {
			text: "The Yunping University-affiliated Baisha Middle School signed an agreement with Jinshui Museum.",
			want: []string{"Baisha Middle School, Yunping University|part-of|Yunping University", "Baisha Middle School, Yunping University|signed-with|Jinshui Museum"},
			not:  []string{"Yunping University-affiliated Baisha Middle School|signed-with|Jinshui Museum", "Yunping University|signed-with|Jinshui Museum"},
		},
		"HyphenAffiliatedHospital": {
			text: "Baisha County signed an agreement with the Donghu Medical University-affiliated Xiling Central Hospital.",
			want: []string{"Xiling Central Hospital, Donghu Medical University|part-of|Donghu Medical University", "Xiling Central Hospital, Donghu Medical University|signed-with|Baisha County"},
			not:  []string{"Donghu Medical University|signed-with|Baisha County"},
		},
		"SubordinateUnitApposition2": {
			text: "Baisha Survey Institute, a subordinate unit of Jinshui Geological Group, signed an agreement with Yunping University.",
			want: []string{"Baisha Survey Institute, Jinshui Geological Group|part-of|Jinshui Geological Group"},
			not:  []string{"Jinshui Geological Group|signed-with|Yunping University"},
		},
		"InstituteOfAcademy": {
			text: "The Institute of Botany of the Hongling Academy of Sciences signed an agreement with Jinshui Museum.",
			want: []string{"Institute of Botany, Hongling Academy of Sciences|part-of|Hongling Academy of Sciences"},
		},
		"InstituteCommaAcademy": {
			text: "The Institute of Soil Science, Hongling Academy of Agricultural Sciences, signed an agreement with Jinshui County.",
			want: []string{"Institute of Soil Science, Hongling Academy of Agricultural Sciences|part-of|Hongling Academy of Agricultural Sciences"},
		},
		"PluralPossessiveAcademy": {
			text: "The Hongling Academy of Sciences' Institute of Soil Science signed an agreement with Jinshui County.",
			want: []string{"Institute of Soil Science, Hongling Academy of Sciences|part-of|Hongling Academy of Sciences", "Institute of Soil Science, Hongling Academy of Sciences|signed-with|Jinshui County"},
			not:  []string{"Hongling Academy, Sciences' Institute of Soil Science|signed-with|Jinshui County"},
		},
		"PluralPossessiveCurly": {
			text: "The Hongling Academy of Social Sciences’ Institute of History signed an agreement with Jinshui Museum.",
			want: []string{"Institute of History, Hongling Academy of Social Sciences|part-of|Hongling Academy of Social Sciences"},
		},
		"QuotedNameIsNoPossessive": {
			text: "Yunping University and Jinshui Museum launched the ‘Blue Skies’ Project with Baisha Institute of Geology.",
			not:  []string{"Baisha Institute of Geology, Blue Skies|part-of|Blue Skies"},
		},
		"BureauOfPlaceIsNoPart": {
			text: "The Education Bureau of Beihai signed an agreement with Yunping University. The Beihai Municipal Education Bureau and the Department of Culture and Tourism of Xiling Province also attended.",
			not:  []string{"Education Bureau of Beihai|part-of|Beihai", "Beihai Municipal Education Bureau|part-of|Beihai", "Department of Culture and Tourism of Xiling Province|part-of|Xiling"},
		},
		// company subsidiaries and branches
		"PossessiveBranch": {
			text: "Jinshui Port Group's Baisha Branch signed an agreement with Yunping University.",
			want: []string{"Baisha Branch, Jinshui Port Group|part-of|Jinshui Port Group"},
		},
		"BranchOfBankThenBareName": {
			text: "The Beihai Branch of Jinshui Bank and Yunping University signed an agreement. Tang Li, president of the Beihai Branch, spoke.",
			want: []string{"Beihai Branch, Jinshui Bank|part-of|Jinshui Bank", "Tang Li|leads|Beihai Branch, Jinshui Bank"},
			not:  []string{"Tang Li|leads|Jinshui Bank"},
		},
		"PrefixedBranchNamedOnce": {
			text: "Tang Li, president of Jinshui Bank Beihai Branch, and Gao Yun, president of Yunping University, signed the agreement.",
			want: []string{"Jinshui Bank Beihai Branch|part-of|Jinshui Bank", "Tang Li|leads|Jinshui Bank Beihai Branch", "Jinshui Bank Beihai Branch|signed-with|Yunping University"},
			not:  []string{"Jinshui Bank|signed-with|Yunping University", "Tang Li|leads|Jinshui Bank"},
		},
		"PrefixedBranchOfNamedBank": {
			text: "Jinshui Bank signed an agreement with Yunping University. Jinshui Bank Beihai Branch will provide the loans.",
			want: []string{"Jinshui Bank Beihai Branch|part-of|Jinshui Bank"},
		},
		"SubsidiaryApposition2": {
			text: "Jinshui Logistics Co., Ltd., a subsidiary of Jinshui Port Group, signed an agreement with Yunping University.",
			want: []string{"Jinshui Logistics Co., Ltd., Jinshui Port Group|part-of|Jinshui Port Group"},
		},
		"ParentPrefixedSubsidiary": {
			text: "Jinshui Port Group subsidiary Baisha Logistics Co., Ltd. signed an agreement with Yunping University.",
			want: []string{"Baisha Logistics Co., Ltd., Jinshui Port Group|part-of|Jinshui Port Group", "Baisha Logistics Co., Ltd., Jinshui Port Group|signed-with|Yunping University"},
			not:  []string{"Jinshui Port Group|signed-with|Yunping University"},
		},
		"ParentPossessiveSubsidiary": {
			text: "Jinshui Port Group's subsidiary Baisha Logistics Co., Ltd. signed an agreement with Yunping University.",
			want: []string{"Baisha Logistics Co., Ltd., Jinshui Port Group|part-of|Jinshui Port Group"},
			not:  []string{"Jinshui Port Group|signed-with|Yunping University"},
		},
		"AmpersandUnitName": {
			text: "The R&D Center of Jinshui Port Group signed an agreement with Yunping University.",
			want: []string{"R&D Center, Jinshui Port Group|part-of|Jinshui Port Group"},
			not:  []string{"D Center, Jinshui Port Group|part-of|Jinshui Port Group"},
		},
		"ItsSubsidiaryAfterUnitIsTheEnterprises": {
			text: "Jinshui Port Group signed with Yunping University. The university will work with the group's Technology Center and its subsidiary Jinshui Logistics Co., Ltd. on automation.",
			want: []string{"Jinshui Logistics Co., Ltd., Jinshui Port Group|part-of|Jinshui Port Group", "Technology Center, Jinshui Port Group|part-of|Jinshui Port Group"},
			not:  []string{"Jinshui Logistics Co., Ltd., Technology Center, Jinshui Port Group|part-of|Technology Center, Jinshui Port Group"},
		},
		// hospitals of universities
		"AffiliatedHospitalOf": {
			text: "The First Affiliated Hospital of Yunping Medical University signed an agreement with Baisha County.",
			want: []string{"First Affiliated Hospital, Yunping Medical University|part-of|Yunping Medical University"},
		},
		"AnAffiliatedHospitalApposition": {
			text: "Baisha People's Hospital, an affiliated hospital of Yunping Medical University, signed an agreement with Jinshui County.",
			want: []string{"Baisha People's Hospital, Yunping Medical University|part-of|Yunping Medical University"},
			not:  []string{"Yunping Medical University|signed-with|Jinshui County"},
		},
		"PrefixedAffiliatedHospital": {
			text: "The Yunping University Affiliated Hospital signed an agreement with Baisha County.",
			want: []string{"Yunping University Affiliated Hospital|part-of|Yunping University"},
		},
		// a unit named in full, then by its bare name or short form
		"FullThenBareName": {
			text: "The School of Marine Science of Yunping University signed an agreement with Jinshui Museum. Gao Yun, dean of the School of Marine Science, spoke. The School will send ten students.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Gao Yun|leads|School of Marine Science, Yunping University"},
			not:  []string{"School of Marine Science|part-of|Yunping University"},
		},
		"AbbreviatedParentPossessive": {
			text: "Yunping University (YPU) signed an agreement with Jinshui Museum. YPU's School of Marine Science will host the students.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University"},
		},
		"UnitOfTheDescribedBody": {
			text: "Yunping University signed an agreement with Jinshui Museum. Tang Li, director of the Office of International Exchange of the university, attended. The School of History of the university and the Department of Education of the museum will work together.",
			want: []string{"Office of International Exchange, Yunping University|part-of|Yunping University", "Tang Li|leads|Office of International Exchange, Yunping University", "School of History, Yunping University|part-of|Yunping University", "Department of Education, Jinshui Museum|part-of|Jinshui Museum"},
			not:  []string{"Department of Education, Yunping University|part-of|Yunping University", "Tang Li|leads|Yunping University"},
		},
		"UnitInUnit": {
			text: "Gao Yun, head of the Department of Marine Biology in the School of Marine Science of Yunping University, attended.",
			want: []string{"Department of Marine Biology, School of Marine Science, Yunping University|part-of|School of Marine Science, Yunping University", "School of Marine Science, Yunping University|part-of|Yunping University"},
			not:  []string{"Gao Yun|leads|School of Marine Science, Yunping University"},
		},
		"UnitOfPossessedUnit": {
			text: "The Key Laboratory of Coastal Ecology of Yunping University's School of Marine Science signed an agreement with Jinshui Museum.",
			want: []string{"Key Laboratory of Coastal Ecology, School of Marine Science, Yunping University|part-of|School of Marine Science, Yunping University", "School of Marine Science, Yunping University|part-of|Yunping University"},
			not:  []string{"School of Marine Science, Yunping University|signed-with|Jinshui Museum", "Key Laboratory of Coastal Ecology, Yunping University|part-of|Yunping University"},
		},
		// a list of units, the parent stated once
		"ListOfUnitsOfParent": {
			text: "The School of Marine Science, the School of Chemistry and the Institute of Oceanology of Yunping University signed an agreement with Jinshui Port Group.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "School of Chemistry, Yunping University|part-of|Yunping University", "Institute of Oceanology, Yunping University|part-of|Yunping University"},
		},
		"CountedUnitsOfParentColon": {
			text: "Yunping University signed agreements with three institutes of the Hongling Academy of Sciences: the Institute of Geology, the Institute of Botany and the Institute of Zoology.",
			want: []string{"Institute of Geology, Hongling Academy of Sciences|part-of|Hongling Academy of Sciences", "Institute of Botany, Hongling Academy of Sciences|part-of|Hongling Academy of Sciences", "Institute of Zoology, Hongling Academy of Sciences|part-of|Hongling Academy of Sciences"},
			not:  []string{"Yunping University|signed-with|Hongling Academy of Sciences"},
		},
		"UnitsOfParentIncluding": {
			text: "The schools of Yunping University, including the School of Marine Science and the School of Chemistry, will send students to Jinshui Port Group.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "School of Chemistry, Yunping University|part-of|Yunping University"},
		},
		"PluralOfTwoBodiesIsNoList": {
			text: "The leaders of Yunping University and Jinshui Museum signed the agreement.",
			want: []string{"Yunping University|signed-with|Jinshui Museum"},
			not:  []string{"Jinshui Museum, Yunping University|part-of|Yunping University"},
		},
		"ListOfUnitsBothUnder": {
			text: "The School of Marine Science and the School of Chemistry, both under Yunping University, signed an agreement with Jinshui Port Group.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "School of Chemistry, Yunping University|part-of|Yunping University"},
		},
		"ListOfUnitsBothOf": {
			text: "Yunping University and Jinshui Port Group signed an agreement. The School of Marine Science and the Institute of Oceanology, both of Yunping University, will take part.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Institute of Oceanology, Yunping University|part-of|Yunping University"},
		},
		"BodiesBothOfCityAreNoUnits": {
			text: "Jinshui Museum and Baisha Library, both of Xiling City, signed an agreement with Yunping University.",
			want: []string{"Jinshui Museum|signed-with|Yunping University", "Baisha Library|signed-with|Yunping University"},
			not:  []string{"Jinshui Museum|part-of|Xiling", "Baisha Library|part-of|Xiling"},
		},
		"TheUniversitysUnits": {
			text: "Yunping University signed an agreement with Jinshui Museum. The university's School of Marine Science and its Institute of Oceanology will send students.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Institute of Oceanology, Yunping University|part-of|Yunping University"},
		},
		// units only a university has, named without it
		"UniversityOnlyUnitsOfTheOneUniversity": {
			text: "Yunping University signed an agreement with Jinshui Port Group. Gao Yun, deputy dean of the Graduate School, and Tang Li, director of the Academic Affairs Office, attended.",
			want: []string{"Graduate School, Yunping University|part-of|Yunping University", "Academic Affairs Office, Yunping University|part-of|Yunping University", "Gao Yun|leads|Graduate School, Yunping University"},
			not:  []string{"Graduate School, Yunping University|part-of|Jinshui Port Group"},
		},
		"UniversityOnlyUnitOfTwoUniversities": {
			text: "Yunping University signed an agreement with Baisha Normal University. Tang Li, director of the Office of Student Affairs, attended.",
			not:  []string{"Office of Student Affairs, Yunping University|part-of|Yunping University", "Office of Student Affairs, Baisha Normal University|part-of|Baisha Normal University"},
		},
		"CompanyOfficeIsNoUniversityUnit": {
			text: "Yunping University signed an agreement with Jinshui Port Group. Tang Li, director of the Human Resources Office, attended.",
			not:  []string{"Human Resources Office, Yunping University|part-of|Yunping University"},
		},
		// a unit in a title
		"TitleOfUnitAtParentBeforeName": {
			text: "Dean of the School of Marine Science at Yunping University Gao Yun attended the signing with Jinshui Port Group.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Gao Yun|leads|School of Marine Science, Yunping University"},
		},
		"TitleOfUnitAtParentAfterName": {
			text: "Gao Yun, dean of the School of Marine Science at Yunping University, attended the signing with Jinshui Port Group.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Gao Yun|leads|School of Marine Science, Yunping University"},
		},
		"TitleOfPrefixedUnit": {
			text: "Yunping University School of Marine Science Dean Gao Yun signed the agreement with Jinshui Museum.",
			want: []string{"Yunping University School of Marine Science|part-of|Yunping University", "Gao Yun|leads|Yunping University School of Marine Science"},
		},
		"TitleOfItsUnit": {
			text: "Gao Yun, Vice President of Yunping University and Dean of its School of Marine Science, attended.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Gao Yun|leads|Yunping University", "Gao Yun|leads|School of Marine Science, Yunping University"},
		},
		"TitleOfUnitCommaParent": {
			text: "Gao Yun, Party Secretary of the School of Marine Science, Yunping University, signed the agreement with Jinshui Museum.",
			want: []string{"School of Marine Science, Yunping University|part-of|Yunping University", "Gao Yun|leads|School of Marine Science, Yunping University"},
		},

		// member-of: posts that are no leadership
		"ProfessorApposition": {
			text: "Gao Yun, a professor of Yunping University, spoke at Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University"},
			not:  []string{"Gao Yun|leads|Yunping University"},
		},
		"ResearcherAtApposition": {
			text: "Gao Yun, professor at Yunping University, and Tang Li, researcher at the Hongling Institute of Geology, visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Hongling Institute of Geology"},
			not:  []string{"Gao Yun|member-of|Hongling Institute of Geology"},
		},
		"HonorificProfessorOf": {
			text: "Professor Gao Yun of Yunping University gave a lecture at Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University"},
		},
		"EngineerAt": {
			text: "Tang Li, an engineer at Jinshui Port Group, visited Yunping University.",
			want: []string{"Tang Li|member-of|Jinshui Port Group"},
			not:  []string{"Tang Li|leads|Jinshui Port Group"},
		},
		"AcademicianBeforeName": {
			text: "Academician of the Hongling Academy of Sciences Gao Yun visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Hongling Academy of Sciences"},
		},
		"AcademicianAndProfessor": {
			text: "Gao Yun, academician of the Hongling Academy of Engineering and professor of Yunping University, spoke.",
			want: []string{"Gao Yun|member-of|Hongling Academy of Engineering", "Gao Yun|member-of|Yunping University"},
		},
		"StandingCommitteeOfCityCommittee": {
			text: "Tang Li, member of the standing committee of the Beihai Municipal Party Committee, visited Yunping University.",
			want: []string{"Tang Li|member-of|Beihai"},
			not:  []string{"Tang Li|leads|Beihai"},
		},
		"DeputyToPeoplesCongress": {
			text: "Gao Yun, a deputy to the Qiantang Provincial People's Congress, visited Yunping University.",
			want: []string{"Gao Yun|member-of|Qiantang Provincial People's Congress"},
			not:  []string{"Gao Yun|leads|Qiantang Provincial People's Congress"},
		},
		"PluralPostBeforeNamesOf": {
			text: "Professors Gao Yun and Tang Li of Yunping University visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Yunping University"},
			not:  []string{"Gao Yun|leads|Yunping University"},
		},
		"PluralPostBeforeNamesFrom": {
			text: "Jinshui Museum signed an agreement with Yunping University. Also present were researchers Gao Yun and Tang Li from the Hongling Institute of Geology.",
			want: []string{"Gao Yun|member-of|Hongling Institute of Geology", "Tang Li|member-of|Hongling Institute of Geology"},
			not:  []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Jinshui Museum"},
		},
		"PluralPostFromPossessedUnit": {
			text: "Jinshui Port Group signed an agreement with Yunping University. Researchers Wu Jie and Zheng Qi from the group's Technology Center attended.",
			want: []string{"Wu Jie|member-of|Technology Center, Jinshui Port Group", "Zheng Qi|member-of|Technology Center, Jinshui Port Group"},
			not:  []string{"Wu Jie|member-of|Yunping University"},
		},
		"PluralEngineersOfThree": {
			text: "Engineers Gao Yun, Tang Li and Ma Lin of Jinshui Port Group joined the Yunping University team.",
			want: []string{"Gao Yun|member-of|Jinshui Port Group", "Tang Li|member-of|Jinshui Port Group", "Ma Lin|member-of|Jinshui Port Group"},
		},
		"PluralPostFromBodyIncluding": {
			text: "Experts from Yunping University, including Professor Gao Yun and Professor Tang Li, visited Jinshui Port Group.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Yunping University"},
			not:  []string{"Gao Yun|member-of|Jinshui Port Group"},
		},
		"OrgPrefixedPluralPost": {
			text: "Yunping University professors Gao Yun and Tang Li visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Yunping University"},
		},
		"PluralPostApposition": {
			text: "Gao Yun and Tang Li, professors of Yunping University, visited Jinshui Museum. Ma Lin, Sun Wei and Xu Hong, engineers at Jinshui Port Group, joined them.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Yunping University", "Ma Lin|member-of|Jinshui Port Group", "Sun Wei|member-of|Jinshui Port Group", "Xu Hong|member-of|Jinshui Port Group"},
			not:  []string{"Ma Lin|member-of|Yunping University"},
		},
		"PluralPostListOfLeaders": {
			text: "Yunping University signed an agreement with Jinshui Port Group. Gao Yun and Tang Li, vice presidents of Yunping University, attended.",
			not:  []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Yunping University"},
		},
		"PossessivePostBeforeName": {
			text: "Yunping University's professor Gao Yun visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University"},
			not:  []string{"Gao Yun|leads|Yunping University"},
		},
		"DescribedBodysPostBeforeName": {
			text: "Yunping University signed an agreement with Jinshui Museum. The university's professor Gao Yun gave a lecture. Researchers of the museum, Tang Li and Ma Lin, guided the students.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Jinshui Museum", "Ma Lin|member-of|Jinshui Museum"},
			not:  []string{"Gao Yun|member-of|Jinshui Museum", "Tang Li|member-of|Yunping University"},
		},
		"OrgPrefixedPostBeforeName": {
			text: "Yunping University professor Gao Yun visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Yunping University"},
		},
		"PrefixedPostAfterPreposition": {
			text: "Jinshui Museum signed an agreement with Yunping University. Professor Gao Yun gave a lecture.",
			not:  []string{"Gao Yun|member-of|Jinshui Museum"},
		},
		"PraisedPostFromBody": {
			text: "Jinshui Museum invited Gao Yun, a renowned professor from Yunping University, to give a lecture. Tang Li, a well-known engineer at Jinshui Port Group, also came.",
			want: []string{"Gao Yun|member-of|Yunping University", "Tang Li|member-of|Jinshui Port Group"},
			not:  []string{"Gao Yun|member-of|Jinshui Museum", "Gao Yun|leads|Yunping University"},
		},
		"LeaderFromBodyIsNoMember": {
			text: "Jinshui Museum signed an agreement with Yunping University. Gao Yun, director from Jinshui Museum, spoke.",
			not:  []string{"Gao Yun|member-of|Jinshui Museum"},
		},
		"TitledPostsBeforeNames": {
			text: "Senior engineer Gao Yun of Jinshui Port Group, Yunping University associate professor Tang Li and Jinshui Museum's researcher Ma Lin attended.",
			want: []string{"Gao Yun|member-of|Jinshui Port Group", "Tang Li|member-of|Yunping University", "Ma Lin|member-of|Jinshui Museum"},
			not:  []string{"Gao Yun|leads|Jinshui Port Group", "Tang Li|member-of|Jinshui Port Group", "Ma Lin|member-of|Yunping University"},
		},
		"TeacherAt": {
			text: "Gao Yun, a teacher at Baisha Middle School, visited Jinshui Museum.",
			want: []string{"Gao Yun|member-of|Baisha Middle School"},
		},
		"StaffMemberOf": {
			text: "Tang Li, a staff member of Jinshui Museum, guided the Yunping University students.",
			want: []string{"Tang Li|member-of|Jinshui Museum"},
			not:  []string{"Tang Li|leads|Jinshui Museum"},
		},
		"ExpertOf": {
			text: "Gao Yun, an expert of the Jinshui Cultural Heritage Committee, visited Yunping University.",
			want: []string{"Gao Yun|member-of|Jinshui Cultural Heritage Committee"},
		},
		"SeniorEngineerAndLecturer": {
			text: "Tang Li, senior engineer of Jinshui Port Group, and Gao Yun, lecturer of Yunping University, attended.",
			want: []string{"Tang Li|member-of|Jinshui Port Group", "Gao Yun|member-of|Yunping University"},
			not:  []string{"Tang Li|member-of|Yunping University"},
		},
		"PostListMixedLeadsAndMember": {
			text: "Yunping University signed an agreement with Jinshui Port Group. Present were Gao Yun, president of Yunping University, and engineer Sun Wei of Jinshui Port Group.",
			want: []string{"Gao Yun|leads|Yunping University", "Sun Wei|member-of|Jinshui Port Group"},
			not:  []string{"Sun Wei|leads|Jinshui Port Group", "Sun Wei|member-of|Yunping University"},
		},
		"FromWithoutPostIsLeftAlone": {
			text: "Yunping University signed an agreement with Jinshui Museum. Gao Yun from Yunping University spoke.",
			not:  []string{"Gao Yun|leads|Yunping University"},
		},
	})
}
