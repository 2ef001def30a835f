package extract

import (
	"testing"
)

// TestNameGrammarOrganisations checks the organisation classes of issue 12
// (where names of bodies begin and end, sub-units and their parents,
// signings of several parties, agreements named as noun phrases and
// modality, where a base is) on invented sentences of the genre, several
// phrasings a class, most of them unlike any development article.
func TestNameGrammarOrganisations(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SubordinateUnitApposition": {
			text: "Beihai University will establish a training station at Xiling Cultural Relics Protection Center, a subordinate unit of Donghu Museum.",
			want: []string{"Xiling Cultural Relics Protection Center, Donghu Museum|part-of|Donghu Museum", "Beihai University|hosts-base-at|Xiling Cultural Relics Protection Center, Donghu Museum"},
		},
		"SubsidiaryApposition": {
			text: "Nanhu New Energy Co., Ltd., a wholly owned subsidiary of Nanhu Group, signed an agreement with Fenglin University.",
			want: []string{"Nanhu New Energy Co., Ltd., Nanhu Group|part-of|Nanhu Group", "Nanhu New Energy Co., Ltd., Nanhu Group|signed-with|Fenglin University"},
			not:  []string{"Nanhu Group|signed-with|Fenglin University"},
		},
		"PossessiveListStopsAtOwnName": {
			text: "Beihai University's Institute of Marine Biology and Donghu Museum of Natural History signed an agreement.",
			want: []string{"Institute of Marine Biology, Beihai University|part-of|Beihai University", "Institute of Marine Biology, Beihai University|signed-with|Donghu Museum of Natural History"},
			not:  []string{"Donghu Museum of Natural History, Beihai University|part-of|Beihai University"},
		},
		"SignedWithThenBaseInPlace": {
			text: "Beihai University signed with Qiantang Culture Group an agreement to build a cultural heritage research base in Qiantang County.",
			want: []string{"Beihai University|hosts-base-at|Qiantang County", "Beihai University|signed-with|Qiantang Culture Group"},
			not:  []string{"Beihai University|hosts-base-at|Qiantang Culture Group"},
		},
		"TeachingHospitalApposition": {
			text: "Beihai Hospital, a teaching hospital of Donghu Medical University, signed an agreement with Xiling County.",
			want: []string{"Beihai Hospital, Donghu Medical University|part-of|Donghu Medical University", "Beihai Hospital, Donghu Medical University|signed-with|Xiling County"},
			not:  []string{"Donghu Medical University|signed-with|Xiling County"},
		},
		"PartOfApposition": {
			text: "The Institute of Physics, part of the Donghu Academy of Sciences, signed an agreement with Beihai University.",
			want: []string{"Institute of Physics, Donghu Academy of Sciences|part-of|Donghu Academy of Sciences"},
			not:  []string{"Donghu Academy of Sciences|signed-with|Beihai University"},
		},
		"WhichBelongsTo": {
			text: "Beihai Museum, which belongs to Donghu Culture Group, signed an agreement with Xiling University.",
			want: []string{"Beihai Museum, Donghu Culture Group|part-of|Donghu Culture Group"},
			not:  []string{"Donghu Culture Group|signed-with|Xiling University"},
		},
		"PossessiveAffiliatedBody": {
			text: "Donghu University's affiliated Beihai Middle School signed an agreement with Xiling Museum.",
			want: []string{"Beihai Middle School, Donghu University|part-of|Donghu University"},
		},
		"LargestHospitalOfPlaceIsNoPart": {
			text: "Beihai Hospital, the largest hospital of Xiling Province, signed an agreement with Donghu University.",
			want: []string{"Beihai Hospital|signed-with|Donghu University"},
		},
		// units named in lower case
		"ItsLowerCaseHospital": {
			text: "Fenglin Medical University and its second affiliated hospital signed an agreement with Nanhu County.",
			want: []string{"second affiliated hospital, Fenglin Medical University|part-of|Fenglin Medical University", "second affiliated hospital, Fenglin Medical University|signed-with|Nanhu County"},
		},
		"PossessiveLowerCaseDepartment": {
			text: "Linhe People's Hospital signed an agreement with Fenglin University. The hospital's cardiology department will host the students.",
			want: []string{"cardiology department, Linhe People's Hospital|part-of|Linhe People's Hospital"},
		},
		"PossessorWithUnitHeadIsNoMember": {
			text: "Sun Lihua, who heads Nanhu Museum's education department, spoke at Fenglin University.",
			want: []string{"education department, Nanhu Museum|part-of|Nanhu Museum"},
			not:  []string{"Nanhu Museum|part-of|Nanhu Museum"},
		},
		"BareLowerCaseHeadIsNoUnit": {
			text: "Fenglin University signed an agreement with Nanhu Museum. The university's library and its archives will open to the museum.",
			not:  []string{"library, Fenglin University|part-of|Fenglin University"},
		},
		// "and" between and inside names
		"ComplementEndsAtProperWord": {
			text: "Donghu University of Technology and Beihai Port and Shipping Group signed an agreement.",
			want: []string{"Donghu University of Technology|signed-with|Beihai Port and Shipping Group"},
		},
		"ComplementOfFields": {
			text: "Qiantang University of Finance and Economics and Beihai Museum signed an agreement.",
			want: []string{"Qiantang University of Finance and Economics|signed-with|Beihai Museum"},
		},
		// unit names whose head noun stands before "of"/"for"
		"PossessiveUnitCentreFor": {
			text: "Fenglin University's Research Centre for Coastal Ecology signed an agreement with Nanhu County.",
			want: []string{"Research Centre for Coastal Ecology, Fenglin University|part-of|Fenglin University", "Research Centre for Coastal Ecology, Fenglin University|signed-with|Nanhu County"},
			not:  []string{"Fenglin University|signed-with|Nanhu County"},
		},
		"ItsUnitAfterPossessiveList": {
			text: "Fenglin University signed an agreement with Linhe Port Group. The delegation then visited the university's School of Law and its Key Laboratory of Marine Biology.",
			want: []string{"Key Laboratory of Marine Biology, Fenglin University|part-of|Fenglin University", "School of Law, Fenglin University|part-of|Fenglin University"},
			not:  []string{"Key Laboratory of Marine Biology, School of Law, Fenglin University|part-of|School of Law, Fenglin University"},
		},
		"BackRefPossessiveUnitCommission": {
			text: "The Standing Committee of the Nanhu Provincial People's Congress signed an agreement with Fenglin University. Members of the committee's Legislative Affairs Commission attended.",
			want: []string{"Legislative Affairs Commission, Standing Committee of the Nanhu Provincial People's Congress|part-of|Standing Committee of the Nanhu Provincial People's Congress"},
		},
		// a unit named after its parent's name or abbreviation
		"ParentPrefixedUnitIsTheUnitOfParent": {
			text: "The Nanhu University School of Marine Engineering and Linhe Port Group signed an agreement. Zhao Minghui, dean of the School of Marine Engineering of Nanhu University, attended.",
			want: []string{"Nanhu University School of Marine Engineering|part-of|Nanhu University", "Nanhu University School of Marine Engineering|signed-with|Linhe Port Group", "Zhao Minghui|leads|Nanhu University School of Marine Engineering"},
			not:  []string{"Zhao Minghui|leads|School of Marine Engineering, Nanhu University"},
		},
		"ParentPrefixedAffiliatedHospital": {
			text: "Xiling Medical University Second Affiliated Hospital signed an agreement with Beihai County. Gao Yun, president of the Second Affiliated Hospital of Xiling Medical University, attended.",
			want: []string{"Xiling Medical University Second Affiliated Hospital|part-of|Xiling Medical University", "Gao Yun|leads|Xiling Medical University Second Affiliated Hospital"},
		},
		"AbbreviationPrefixedUnit": {
			text: "Fenglin University (FLU) signed an agreement with Linhe Intermediate People's Court. Zhao Minghui, dean of the FLU College of Law, attended.",
			want: []string{"College of Law, Fenglin University|part-of|Fenglin University", "Zhao Minghui|leads|College of Law, Fenglin University"},
		},
		"HeadlineUnitNamedBothWays": {
			text: "Beihai Court and Donghu University Law School Sign Agreement\n\nBeihai Intermediate People's Court and the Law School of Donghu University signed an agreement on Tuesday.",
			want: []string{"Donghu University Law School|part-of|Donghu University", "Donghu University Law School|signed-with|Beihai Intermediate People's Court"},
			not:  []string{"Law School, Donghu University|part-of|Donghu University"},
		},
		"UnitCommaParentApposition": {
			text: "The Law School, Fenglin University, signed an agreement with Nanhu Intermediate People's Court.",
			want: []string{"Law School, Fenglin University|part-of|Fenglin University", "Law School, Fenglin University|signed-with|Nanhu Intermediate People's Court"},
			not:  []string{"Fenglin University|signed-with|Nanhu Intermediate People's Court"},
		},
		"UnitCommaParentAfterPost": {
			text: "Zhao Minghui, dean of the School of Marine Science, Nanhu University, visited Linhe Port Group.",
			want: []string{"Zhao Minghui|leads|School of Marine Science, Nanhu University", "School of Marine Science, Nanhu University|part-of|Nanhu University"},
			not:  []string{"Nanhu University|visited|Linhe Port Group"},
		},
		"UnitCommaBodyAndBodyIsAList": {
			text: "The Law School, Fenglin Museum and Nanhu Court signed a tripartite agreement.",
			not:  []string{"Law School, Fenglin Museum|part-of|Fenglin Museum"},
		},
		"GenericHeadingNameIsTheBodyEndingInIt": {
			text: "Provincial People's Congress and Fenglin University Sign Agreement\n\nThe Standing Committee of the Nanhu Provincial People's Congress and Fenglin University signed an agreement on Tuesday.",
			want: []string{"Standing Committee of the Nanhu Provincial People's Congress|signed-with|Fenglin University"},
			not:  []string{"Provincial People's Congress|signed-with|Fenglin University"},
		},
		"GenericNameOfTwoBodiesStaysApart": {
			text: "Provincial Museum Signs Agreement\n\nThe Nanhu Provincial Museum and the Linhe Provincial Museum signed an agreement with Fenglin University.",
			not:  []string{"Nanhu Provincial Museum|signed-with|Linhe Provincial Museum"},
		},
		// "X was designated the Nth Affiliated Hospital of Y": X is that unit
		"DesignatedAffiliatedHospital": {
			text: "On Monday, Linhe Central Hospital was officially designated the Third Affiliated Hospital of Fenglin Medical University.",
			want: []string{"Linhe Central Hospital|part-of|Fenglin Medical University"},
			not:  []string{"Third Affiliated Hospital, Fenglin Medical University|part-of|Fenglin Medical University"},
		},
		"BecameClinicalCollege": {
			text: "Beihai Maternity Hospital became the Clinical College of Donghu Medical University in 2021, and Donghu Medical University signed an agreement with Beihai City.",
			want: []string{"Beihai Maternity Hospital|part-of|Donghu Medical University"},
		},
		"ActiveNamingNamesTheObject": {
			text: "Nanhu Museum named the Institute of Optics of Fenglin University a science education base.",
			want: []string{"Institute of Optics, Fenglin University|part-of|Fenglin University"},
			not:  []string{"Nanhu Museum|part-of|Fenglin University"},
		},
		"SignedWithAffiliatedHospitalIsNoDesignation": {
			text: "Linhe Central Hospital signed an agreement with the Third Affiliated Hospital of Fenglin Medical University.",
			not:  []string{"Linhe Central Hospital|part-of|Fenglin Medical University"},
		},
		// signings of three or more parties
		"SignedOnDateByLeadersOfThree": {
			text: "The memorandum was signed on Friday by Zhao Minghui, curator of Nanhu Museum, Qian Wenbo, president of Fenglin University, and Sun Lixia, chairwoman of Linhe Culture Group.",
			want: []string{"Nanhu Museum|signed-with|Fenglin University", "Nanhu Museum|signed-with|Linhe Culture Group", "Fenglin University|signed-with|Linhe Culture Group"},
		},
		"ThreeNamedThenSigned": {
			text: "Nanhu Museum, Fenglin University and Linhe Culture Group signed a tripartite agreement.",
			want: []string{"Nanhu Museum|signed-with|Fenglin University", "Nanhu Museum|signed-with|Linhe Culture Group", "Fenglin University|signed-with|Linhe Culture Group"},
		},
		"TheThreePartiesSigned": {
			text: "Leaders of Nanhu Museum, Fenglin University and Linhe Culture Group held talks on Monday. Afterwards, the three parties signed a cooperation agreement.",
			want: []string{"Nanhu Museum|signed-with|Fenglin University", "Nanhu Museum|signed-with|Linhe Culture Group", "Fenglin University|signed-with|Linhe Culture Group"},
		},
		"AllFourSidesInked": {
			text: "Donghu University, Beihai Museum, Xiling Steel Group and Qiantang County met in Beihai. All four sides then inked a memorandum on heritage tourism.",
			want: []string{"Donghu University|signed-with|Qiantang County", "Beihai Museum|signed-with|Xiling Steel Group"},
		},
		"HeadlessBodyOpensSignerList": {
			text: "Nordvik, Fenglin University and Nanhu Museum signed a tripartite agreement.",
			want: []string{"Nordvik|signed-with|Fenglin University", "Nordvik|signed-with|Nanhu Museum", "Fenglin University|signed-with|Nanhu Museum"},
		},
		"HeadlessBodyLaterConjunctOfWith": {
			text: "Fenglin University signed an agreement with Nanhu Museum and Qiantang Power on Monday.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum", "Fenglin University|signed-with|Qiantang Power"},
			not:  []string{"Nanhu Museum|signed-with|Qiantang Power"},
		},
		"AdverbIsNoSigner": {
			text: "Earlier, Fenglin University signed memorandums of understanding with Linhe Institute of Technology and Qiantang Normal University.",
			want: []string{"Fenglin University|signed-with|Linhe Institute of Technology", "Fenglin University|signed-with|Qiantang Normal University"},
			not:  []string{"Earlier|signed-with|Linhe Institute of Technology"},
		},
		"PossessorOfSubsidiaryIsNoSigner": {
			text: "Nanhu Group's subsidiary, Nanhu New Energy Co., Ltd., also signed an agreement with Fenglin University.",
			want: []string{"Nanhu New Energy Co., Ltd.|signed-with|Fenglin University"},
			not:  []string{"Nanhu Group|signed-with|Fenglin University"},
		},
		"SignedByWith": {
			text: "The agreement was signed by Fenglin University with Nanhu Museum and Linhe Culture Group.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum", "Fenglin University|signed-with|Linhe Culture Group"},
			not:  []string{"Nanhu Museum|signed-with|Linhe Culture Group"},
		},
		"FourPartyAgreementPairsAll": {
			text: "Representatives of Donghu Steel Group, Beihai Port Group and Xiling Pharmaceutical Co., Ltd. signed a four-party agreement with Beihai University.",
			want: []string{"Donghu Steel Group|signed-with|Beihai Port Group", "Donghu Steel Group|signed-with|Beihai University", "Beihai Port Group|signed-with|Xiling Pharmaceutical Co., Ltd."},
		},
		"ReachedBetweenHeadless": {
			text: "The agreement was reached between Donghu Power and the Beihai Municipal Bureau of Commerce.",
			want: []string{"Donghu Power|signed-with|Beihai Municipal Bureau of Commerce"},
		},
		"MemorandumOfUnderstandingBetween": {
			text: "The Memorandum of Understanding between Beihai University and the University of Nordvik was renewed.",
			want: []string{"Beihai University|signed-with|University of Nordvik"},
		},
		"CountedPluralIsNoBody": {
			text: "Qiantang Province Signs Deal With Three Universities",
			not:  []string{"Qiantang|signed-with|Three Universities"},
		},
		"EnteredIntoAgreement": {
			text: "Fenglin University and Nanhu Steel Group entered into a strategic partnership agreement on Monday.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
		},
		"RenewedAgreementWith": {
			text: "Fenglin University renewed its cooperation agreement with Nanhu Museum. Later the delegation entered Linhe Museum.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
			not:  []string{"Fenglin University|signed-with|Linhe Museum"},
		},
		"HeadlessSubjectOfSigning": {
			text: "Xiling Biotech also signed an agreement with Donghu University's School of Life Sciences.",
			want: []string{"Xiling Biotech|signed-with|School of Life Sciences, Donghu University"},
		},
		"ZoneAdministrativeCommittee": {
			text: "The Administrative Committee of Beihai Hi-tech Zone and Donghu University signed an agreement. Under it, the university will set up a graduate education base in the zone.",
			want: []string{"Beihai Hi-tech Zone|signed-with|Donghu University", "Donghu University|hosts-base-at|Beihai Hi-tech Zone"},
			not:  []string{"Administrative Committee, Beihai Hi-tech Zone|part-of|Beihai Hi-tech Zone"},
		},
		"PactsWithGovernmentsOf": {
			text: "HANGXI, Oct. 12 -- Tianmu Agricultural University on Thursday inked cooperation pacts with the governments of Anji County, Lin'an District and Chun'an County.",
			want: []string{"Tianmu Agricultural University|signed-with|Anji County", "Tianmu Agricultural University|signed-with|Lin'an District", "Tianmu Agricultural University|signed-with|Chun'an County"},
			not:  []string{"Anji County|signed-with|Chun'an County", "Tianmu Agricultural University|signed-with|HANGXI"},
		},
		"AgreedToSignIsNotSigned": {
			text: "Fenglin University and Nanhu Museum agreed to sign a cooperation agreement next month. Linhe Steel Group is scheduled to sign with Fenglin University in May.",
			not:  []string{"Fenglin University|signed-with|Nanhu Museum", "Fenglin University|signed-with|Linhe Steel Group"},
		},
		// agreements named as noun phrases
		"AgreementSignedByAsNoun": {
			text: "The agreement signed by Fenglin University and Nanhu Museum covers talent training.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		"UnderTheAgreementBetween": {
			text: "Under the cooperation agreement between Fenglin University and Nanhu Museum, students will intern at the museum every summer.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		"DraftAgreementBetweenIsNotSigned": {
			text: "A draft agreement between Fenglin University and Nanhu Museum is under discussion.",
			not:  []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		// where a base is, and whose it is
		"BecomeBaseOf": {
			text: "Fenglin University signed an agreement with Nanhu Museum. Under the agreement, the museum will become a practice teaching base of the university.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Museum"},
			not:  []string{"Nanhu Museum|hosts-base-at|Fenglin University"},
		},
		"NamedBaseOf": {
			text: "Nanhu Museum was named a patriotic education base of Fenglin Normal University on Monday.",
			want: []string{"Fenglin Normal University|hosts-base-at|Nanhu Museum"},
			not:  []string{"Nanhu Museum|hosts-base-at|Fenglin Normal University"},
		},
		"MakingXYsBase": {
			text: "Donghu Museum signed a cooperation agreement with Beihai University on Friday, making the museum the university's off-campus teaching base.",
			want: []string{"Beihai University|hosts-base-at|Donghu Museum"},
			not:  []string{"Donghu Museum|hosts-base-at|Beihai University"},
		},
		"ServeAsYsBase": {
			text: "Beihai University signed an agreement with Donghu Museum. The museum will serve as the university's teaching base.",
			want: []string{"Beihai University|hosts-base-at|Donghu Museum"},
			not:  []string{"Donghu Museum|hosts-base-at|Beihai University"},
		},
		"WillDesignateAsBase": {
			text: "The Beihai Municipal Education Bureau will designate Donghu Museum as a youth education base.",
			want: []string{"Beihai Municipal Education Bureau|hosts-base-at|Donghu Museum"},
		},
		"CoFoundWhichLocatedOnCampus": {
			text: "Donghu Museum signed a cooperation agreement with Beihai University on Friday. The two institutions will also co-found a Research Institute of Regional Culture, which will be located on the Beihai University campus.",
			want: []string{"Donghu Museum|hosts-base-at|Beihai University"},
			not:  []string{"Beihai University|hosts-base-at|Donghu Museum"},
		},
		"SeatOfABodyIsNoBase": {
			text: "Nanhai Ocean University signed an agreement with Anlan City. Nanhai Ocean University is based in Haikou, and Anlan Port Group, located in Anlan, was founded in 1950.",
			not:  []string{"Nanhai Ocean University|hosts-base-at|Haikou", "Anlan Port Group|hosts-base-at|Anlan"},
		},
		"SetUpLowerCaseCentreAt": {
			text: "Gao Yun, president of Xiling Hospital, said the hospital would also set up a telemedicine center at Beihai County People's Hospital.",
			want: []string{"Xiling Hospital|hosts-base-at|Beihai County People's Hospital"},
		},
		"HelpBuildCentreIsNoBase": {
			text: "Xiling Hospital signed an agreement with Beihai County People's Hospital and will help it build a stroke center at the county hospital.",
			not:  []string{"Xiling Hospital|hosts-base-at|Beihai County People's Hospital"},
		},
		"BaseSetUpInByPassive": {
			text: "The base was set up in Linhe County by Fenglin University.",
			want: []string{"Fenglin University|hosts-base-at|Linhe County"},
		},
		"PracticeBaseIsTheSchools": {
			text: "Beihai Museum and Donghu University signed an agreement to jointly build a practice base.",
			want: []string{"Donghu University|hosts-base-at|Beihai Museum"},
			not:  []string{"Beihai Museum|hosts-base-at|Donghu University"},
		},
		"EducationBaseNamedByMuseum": {
			text: "Fenglin University signed an agreement with Nanhu Museum. Nanhu Museum named the Institute of Optics of Fenglin University a \"Science Popularization Education Base\".",
			want: []string{"Nanhu Museum|hosts-base-at|Institute of Optics, Fenglin University"},
			not:  []string{"Institute of Optics, Fenglin University|hosts-base-at|Nanhu Museum"},
		},
		"ToBeBasedAt": {
			text: "Linhe Steel Group will fund a joint Research Institute of Green Steel to be based at Fenglin University.",
			want: []string{"Linhe Steel Group|hosts-base-at|Fenglin University"},
			not:  []string{"Fenglin University|hosts-base-at|Linhe Steel Group"},
		},
		"LocatedAtSetUpBy": {
			text: "The Coastal Research Station, located at Nanhu Port Group, was set up by Fenglin University last year.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Port Group"},
			not:  []string{"Nanhu Port Group|hosts-base-at|Fenglin University"},
		},
		"LocatedInPlaceOfPlaceSetUpBy": {
			text: "Fenglin University signed an agreement with Linhe County. The base, located in Linhe's Shuanghe Township, was set up by Fenglin University to train rural teachers.",
			want: []string{"Fenglin University|hosts-base-at|Linhe County", "Fenglin University|hosts-base-at|Shuanghe Township"},
			not:  []string{"Shuanghe Township|hosts-base-at|Fenglin University"},
		},
		"UnveiledAtVenueIsTheHost": {
			text: "Qian Wenbo, mayor of Linhe, and Zhao Minghui, president of Fenglin University, unveiled the plaque of the Fenglin University Practice Base at Linhe Museum.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
			not:  []string{"Linhe|hosts-base-at|Linhe Museum", "Linhe Museum|hosts-base-at|Fenglin University"},
		},
		"UnveilersOfPracticeBaseAtVenue": {
			text: "Sun Lixia, deputy mayor of Linhe, and Zhao Minghui, president of Fenglin University, unveiled the plaque for the practice base at Linhe Museum.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
		},
		"VenueHostedUnveiling": {
			text: "Fenglin University signed an agreement with Linhe Museum. Linhe Museum hosted the unveiling of the Fenglin University Education Practice Base on Friday.",
			want: []string{"Fenglin University|hosts-base-at|Linhe Museum"},
			not:  []string{"Linhe Museum|hosts-base-at|Fenglin University"},
		},
		"IndustryCollegeAtCampus": {
			text: "Xiling Polytechnic (XP) and Beihai Auto Group Co., Ltd. launched the Beihai Auto Industry College at XP's Nanshan campus on Tuesday. Beihai Auto Group, a subsidiary of Donghu Investment Holdings, trains technicians.",
			want: []string{"Beihai Auto Group Co., Ltd., Donghu Investment Holdings|hosts-base-at|Xiling Polytechnic", "Beihai Auto Group Co., Ltd., Donghu Investment Holdings|part-of|Donghu Investment Holdings"},
			not:  []string{"Xiling Polytechnic|hosts-base-at|Beihai Auto Group Co., Ltd., Donghu Investment Holdings"},
		},
		"OnCampusOf": {
			text: "Nanhu Robot Co., Ltd. and Fenglin Vocational College will build an industry college on Fenglin Vocational College's campus.",
			want: []string{"Nanhu Robot Co., Ltd.|hosts-base-at|Fenglin Vocational College"},
			not:  []string{"Fenglin Vocational College|hosts-base-at|Nanhu Robot Co., Ltd."},
		},
		"OnTheCampusOf": {
			text: "Under the agreement, Nanhu Robot Co., Ltd. will provide equipment for a training base on the campus of Fenglin Vocational College.",
			want: []string{"Nanhu Robot Co., Ltd.|hosts-base-at|Fenglin Vocational College"},
		},
		"IndustryCollegeOfFieldIsBase": {
			text: "Nanhu Robot Co., Ltd. and Fenglin Vocational College will build the Nanhu Industry College of Smart Welding on the college's campus.",
			want: []string{"Nanhu Robot Co., Ltd.|hosts-base-at|Fenglin Vocational College"},
			not:  []string{"Nanhu Industry College of Smart Welding|hosts-base-at|Fenglin Vocational College"},
		},
		"BaseBackReferenceStatesNoHost": {
			text: "Fenglin University set up a practice base in Linhe County. The base is the university's fifth practice base in Nanhu Province. Zhao Minghui, director of Fenglin University's Centre for Rural Studies, will coordinate the base's work.",
			want: []string{"Fenglin University|hosts-base-at|Linhe County"},
			not:  []string{"Fenglin University|hosts-base-at|Nanhu Province", "Fenglin University|hosts-base-at|Centre for Rural Studies, Fenglin University"},
		},
		"JointlySetUpCentreIn": {
			text: "Fenglin University and Nanhu Museum jointly set up the Linhe Heritage Research Centre in Linhe County.",
			want: []string{"Fenglin University|hosts-base-at|Linhe County", "Nanhu Museum|hosts-base-at|Linhe County"},
			not:  []string{"Fenglin University|hosts-base-at|Nanhu Museum"},
		},
		"AbbreviationsSetUpJointBaseIn": {
			text: "Donghu University (DU) and Beihai Normal University (BNU) signed an agreement. Later, DU and BNU set up a joint teaching base in Xiling County.",
			want: []string{"Donghu University|hosts-base-at|Xiling County", "Beihai Normal University|hosts-base-at|Xiling County"},
			not:  []string{"Donghu University|hosts-base-at|Beihai Normal University"},
		},
		"CoEstablishedBaseAt": {
			text: "Fenglin University and Linhe Steel Group co-established a postgraduate workstation at Nanhu Port Group.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Port Group", "Linhe Steel Group|hosts-base-at|Nanhu Port Group"},
		},
		"BaseDescribedStatesNoHost": {
			text: "Fenglin University set up a practice base in Linhe County. The base is the university's eighth practice base in western Nanhu Province.",
			want: []string{"Fenglin University|hosts-base-at|Linhe County"},
			not:  []string{"Fenglin University|hosts-base-at|Nanhu"},
		},
		"WorkstationAtLowerCaseMine": {
			text: "Fenglin University signed an agreement with Linhe Energy Group. The university will open a graduate workstation at the group's Xiaoshan coal mine.",
			want: []string{"Fenglin University|hosts-base-at|Xiaoshan coal mine, Linhe Energy Group"},
			not:  []string{"Fenglin University|hosts-base-at|Xiaoshan"},
		},
		"VisitedLowerCasePlant": {
			text: "A team from Fenglin University visited the Nanhu steel plant on Friday.",
			want: []string{"Fenglin University|visited|Nanhu steel plant"},
			not:  []string{"Fenglin University|visited|Nanhu"},
		},
		// places and their governments
		"CountyGovernmentAfterShortName": {
			text: "Fenglin University opened a base in Linhe County. Linhe is 300 km from the university. The university and the county government signed an agreement last year.",
			want: []string{"Fenglin University|signed-with|Linhe County"},
		},
		"CPCPlaceCommittee": {
			text: "Fenglin University signed an agreement with Linhe. Qian Wenbo, secretary of the CPC Linhe Municipal Committee, attended.",
			want: []string{"Qian Wenbo|leads|Linhe"},
			not:  []string{"Qian Wenbo|leads|CPC Linhe Municipal Committee"},
		},
		// abbreviations
		"DefinedAbbreviationBindsItsBody": {
			text: "The Qiantang Science and Technology Museum and the Quzhou Science and Technology Museum (QSTM) signed an agreement with Donghu University. QSTM director Ma Lin attended.",
			want: []string{"Ma Lin|leads|Quzhou Science and Technology Museum", "Qiantang Science and Technology Museum|signed-with|Donghu University", "Quzhou Science and Technology Museum|signed-with|Donghu University"},
			not:  []string{"Ma Lin|leads|Qiantang Science and Technology Museum"},
		},
		"UndefinedAbbreviationIsTheNearestBody": {
			text: "Qiantang Science and Technology Museum signed an agreement with Donghu University. Quzhou Science and Technology Museum signed an agreement with Beihai Group. QSTM director Ma Lin attended.",
			want: []string{"Ma Lin|leads|Quzhou Science and Technology Museum"},
			not:  []string{"Ma Lin|leads|Qiantang Science and Technology Museum"},
		},
		// back-references
		"TheSchoolIsTheSchoolNamed": {
			text: "Nanhu Intermediate People's Court and the School of Law of Fenglin University signed an agreement, under which the court will become a practice base of the school.",
			want: []string{"School of Law, Fenglin University|hosts-base-at|Nanhu Intermediate People's Court"},
			not:  []string{"Fenglin University|hosts-base-at|Nanhu Intermediate People's Court"},
		},
		"BareHeadBeforePost": {
			text: "Donghu Museum signed a cooperation agreement with Beihai University. The agreement was signed by Museum Director Lu Qiang and Song Yi, president of Beihai University.",
			want: []string{"Lu Qiang|leads|Donghu Museum", "Song Yi|leads|Beihai University"},
			not:  []string{"Lu Qiang|leads|Beihai University"},
		},
		"TheLaboratory": {
			text: "Fenglin University's Key Laboratory of Coastal Ecology signed an agreement with Nanhu Port Group. Zhao Minghui, director of the laboratory, attended.",
			want: []string{"Zhao Minghui|leads|Key Laboratory of Coastal Ecology, Fenglin University"},
			not:  []string{"Zhao Minghui|leads|Fenglin University"},
		},
	})
}
