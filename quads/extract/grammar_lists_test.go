package extract

import (
	"testing"
)

// TestNameGrammarLists checks three classes of issue 12 on invented
// sentences of the genre: "and" inside and between names (class 1), lists
// of people and of several parties (class 3), and modality and relations
// stated as noun phrases (class 11). Every name is made up and the
// phrasings vary order, punctuation and list length, so a case passes only
// when the rule reads the construction.
func TestNameGrammarLists(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// class 1: "and" inside a name joins the fields of one body
		"AndInsideBureauOfFields": {
			text: "Luoxi Culture and Tourism Bureau signed a cooperation agreement with Mingcheng University on Monday.",
			want: []string{"Luoxi Culture and Tourism Bureau|signed-with|Mingcheng University"},
			not:  []string{"Tourism Bureau|signed-with|Mingcheng University", "Luoxi Culture|signed-with|Mingcheng University"},
		},
		"AndInsideMuseumThenAndBetween": {
			text: "Mingcheng Science and Technology Museum and Tanhai University signed a memorandum of understanding.",
			want: []string{"Mingcheng Science and Technology Museum|signed-with|Tanhai University"},
			not:  []string{"Technology Museum|signed-with|Tanhai University"},
		},
		"AndInsideBureauAfterPost": {
			text: "Zhao Lei, director of the Jinshui Radio and TV Bureau, visited Mingcheng University on Tuesday.",
			want: []string{"Zhao Lei|leads|Jinshui Radio and TV Bureau", "Zhao Lei|visited|Mingcheng University"},
			not:  []string{"Zhao Lei|leads|TV Bureau"},
		},
		"AndInsideCompanyWithSuffix": {
			text: "Tanhai Industrial Investment and Development Co., Ltd. and Mingcheng University signed a strategic agreement.",
			want: []string{"Tanhai Industrial Investment and Development Co., Ltd.|signed-with|Mingcheng University"},
			not:  []string{"Development Co., Ltd.|signed-with|Mingcheng University"},
		},
		"AndInsideLLCName": {
			text: "Mingcheng University signed an agreement with Huaide Graphene and Carbon Materials LLC in Luoxi.",
			want: []string{"Mingcheng University|signed-with|Huaide Graphene and Carbon Materials LLC"},
			not:  []string{"Mingcheng University|signed-with|Carbon Materials LLC"},
		},
		"AndInsideBureauOfThenBody": {
			text: "The Luoxi Bureau of Agriculture and Rural Affairs and Mingcheng Agricultural University signed an agreement.",
			want: []string{"Luoxi Bureau of Agriculture and Rural Affairs|signed-with|Mingcheng Agricultural University"},
			not:  []string{"Rural Affairs|signed-with|Mingcheng Agricultural University"},
		},
		"AndInsideThreePartyOxfordComma": {
			text: "Mingcheng University, Tanhai Museum, and the Luoxi Bureau of Culture and Tourism signed a tripartite agreement.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi Bureau of Culture and Tourism", "Tanhai Museum|signed-with|Luoxi Bureau of Culture and Tourism"},
		},
		// class 1: ordinary words on both sides of "and" are fields of one
		// name, whatever the field
		"AndInsideBureauOfUncommonFields": {
			text: "Luoxi Water Conservancy and Hydropower Bureau signed a cooperation agreement with Mingcheng University.",
			want: []string{"Luoxi Water Conservancy and Hydropower Bureau|signed-with|Mingcheng University"},
			not:  []string{"Hydropower Bureau|signed-with|Mingcheng University", "Luoxi Water Conservancy|signed-with|Mingcheng University"},
		},
		"AndInsideCompanyOfTrades": {
			text: "Mingcheng Gold and Jewelry Co., Ltd. and Tanhai University signed an agreement on talent training.",
			want: []string{"Mingcheng Gold and Jewelry Co., Ltd.|signed-with|Tanhai University"},
			not:  []string{"Jewelry Co., Ltd.|signed-with|Tanhai University"},
		},
		"AndInsideInstituteAfterPost": {
			text: "Zhao Lei, director of Tanhai Rare Earth and New Materials Research Institute, visited Mingcheng University.",
			want: []string{"Zhao Lei|leads|Tanhai Rare Earth and New Materials Research Institute"},
			not:  []string{"Zhao Lei|leads|New Materials Research Institute"},
		},
		"AndInsidePossessiveField": {
			text: "Luoxi Women and Children's Hospital signed an agreement with Mingcheng Medical University.",
			want: []string{"Luoxi Women and Children's Hospital|signed-with|Mingcheng Medical University"},
		},
		"HeadlessBrandAndUniversityAreTwo": {
			text: "Tanhai Power and Luoxi University signed a cooperation agreement on Monday.",
			want: []string{"Tanhai Power|signed-with|Luoxi University"},
			not:  []string{"Tanhai Power and Luoxi University|signed-with|Luoxi University"},
		},
		"BareNameAndUniversityAreTwo": {
			text: "Luoxi Province and Mingcheng University signed an agreement last year. This year Luoxi and Tanhai University signed one too.",
			want: []string{"Luoxi|signed-with|Tanhai University"},
			not:  []string{"Luoxi and Tanhai University|signed-with|Mingcheng University"},
		},
		// class 1: "and" between a bare name and a named body
		"AndBetweenPlaceAndUniversity": {
			text: "Officials of Luoxi County met Mingcheng University leaders. Luoxi and Mingcheng University then signed a cooperation agreement.",
			want: []string{"Luoxi County|signed-with|Mingcheng University"},
			not:  []string{"Luoxi and Mingcheng University|signed-with|Luoxi County"},
		},
		"AndBetweenPlaceAndHospitalAbbreviated": {
			text: "Tanhai City signed an agreement with Mingcheng University. Another agreement was signed between Tanhai and the Luoxi Medical College Hospital (LMCH).",
			want: []string{"Tanhai|signed-with|Luoxi Medical College Hospital"},
			not:  []string{"Tanhai and the Luoxi Medical College Hospital|signed-with|Mingcheng University"},
		},
		"HeadlessPartyOfAgreementBetween": {
			text: "The agreement between Donghu and Beihai University was signed on Friday.",
			want: []string{"Donghu|signed-with|Beihai University"},
			not:  []string{"Donghu and Beihai University|signed-with|Beihai University"},
		},
		"HeadlessPartyOfMemorandumBetween": {
			text: "The Memorandum of Understanding between Nordvik and Beihai University was renewed.",
			want: []string{"Nordvik|signed-with|Beihai University"},
		},
		"TwoUniversitiesStayApart": {
			text: "Mingcheng University and Tanhai University signed an exchange agreement.",
			want: []string{"Mingcheng University|signed-with|Tanhai University"},
			not:  []string{"Mingcheng University and Tanhai University|signed-with|Tanhai University"},
		},
		"AndInsideDepartmentOfProvince": {
			text: "Qian Hong, deputy director of the Department of Human Resources and Social Security of Luoxi Province, visited Mingcheng University.",
			want: []string{"Qian Hong|leads|Department of Human Resources and Social Security*"},
			not:  []string{"Qian Hong|leads|Social Security*"},
		},

		// class 3: people with titles sharing or switching organisation
		"PostsSharedByOneCompany": {
			text: "General manager Zhao Lei, deputy general manager Qian Hong, and manager Sun Bo of Tanhai Steel Group attended the signing.",
			want: []string{"Zhao Lei|leads|Tanhai Steel Group", "Qian Hong|leads|Tanhai Steel Group", "Sun Bo|leads|Tanhai Steel Group"},
		},
		"ListsSwitchOrganisation": {
			text: "Administrators of Mingcheng University, including President Zhao Lei and Vice President Qian Hong, and administrators of Tanhai Museum, including Curator Sun Bo, attended the ceremony.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Mingcheng University", "Sun Bo|leads|Tanhai Museum"},
			not:  []string{"Sun Bo|leads|Mingcheng University", "Zhao Lei|leads|Tanhai Museum"},
		},
		"GroupSuchAsTitledMembers": {
			text: "Leaders of Tanhai Normal University, such as Party Secretary Zhao Lei and Vice President Qian Hong, and officials of Luoxi City, including Vice Mayor Sun Bo, met in Luoxi.",
			want: []string{"Zhao Lei|leads|Tanhai Normal University", "Qian Hong|leads|Tanhai Normal University", "Sun Bo|leads|Luoxi"},
			not:  []string{"Sun Bo|leads|Tanhai Normal University"},
		},
		"GroupColonMixedTitles": {
			text: "The delegation included administrators of Mingcheng University: Vice President Zhao Lei, Qian Hong and Dean Sun Bo.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Mingcheng University", "Sun Bo|leads|Mingcheng University"},
		},
		"TwoNamesSharePluralPost": {
			text: "Present were Zhao Lei, president of Mingcheng University, Qian Hong and Sun Bo, vice presidents of Tanhai University, and Li Na, curator of Luoxi Museum.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Tanhai University", "Sun Bo|leads|Tanhai University", "Li Na|leads|Luoxi Museum"},
			not:  []string{"Qian Hong|leads|Mingcheng University", "Li Na|leads|Tanhai University"},
		},
		"PrefixedPostsSwitchOrganisation": {
			text: "Mingcheng University President Zhao Lei, Vice President Qian Hong and Tanhai Museum Curator Sun Bo attended the signing ceremony.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Mingcheng University", "Sun Bo|leads|Tanhai Museum"},
			not:  []string{"Sun Bo|leads|Mingcheng University"},
		},
		"FrontedBodyThenTitledList": {
			text: "From Tanhai Steel Group, general manager Zhao Lei, deputy general manager Qian Hong and chief engineer Sun Bo attended the signing with Mingcheng University.",
			want: []string{"Zhao Lei|leads|Tanhai Steel Group", "Qian Hong|leads|Tanhai Steel Group", "Sun Bo|member-of|Tanhai Steel Group"},
			not:  []string{"Zhao Lei|leads|Mingcheng University", "Sun Bo|leads|Tanhai Steel Group"},
		},
		"PossessiveBodyThenTitledList": {
			text: "Tanhai Steel Group's general manager Zhao Lei, deputy general manager Qian Hong and chief engineer Sun Bo attended.",
			want: []string{"Zhao Lei|leads|Tanhai Steel Group", "Qian Hong|leads|Tanhai Steel Group", "Sun Bo|member-of|Tanhai Steel Group"},
		},
		"TitledListFromBody": {
			text: "General manager Zhao Lei, deputy general manager Qian Hong and chief engineer Sun Bo from Tanhai Steel Group visited Mingcheng University.",
			want: []string{"Zhao Lei|leads|Tanhai Steel Group", "Qian Hong|leads|Tanhai Steel Group", "Sun Bo|member-of|Tanhai Steel Group"},
			not:  []string{"Zhao Lei|leads|Mingcheng University"},
		},
		"TitledListBothOfBody": {
			text: "General manager Zhao Lei and deputy general manager Qian Hong, both of Tanhai Steel Group, visited Mingcheng University.",
			want: []string{"Zhao Lei|leads|Tanhai Steel Group", "Qian Hong|leads|Tanhai Steel Group"},
		},
		"PluralPostOfTwoBodiesThenNames": {
			text: "Deans of the School of Chemistry and the School of Physics of Mingcheng University, Zhao Lei and Qian Hong, attended.",
			want: []string{"Zhao Lei|leads|School of Chemistry, Mingcheng University", "Qian Hong|leads|School of Physics, Mingcheng University"},
			not:  []string{"Zhao Lei|leads|School of Physics, Mingcheng University", "Qian Hong|leads|School of Chemistry, Mingcheng University"},
		},
		"PluralPostOfOneBodyThenNames": {
			text: "Vice presidents of Mingcheng University, Zhao Lei and Qian Hong, attended the signing with Tanhai Museum.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Mingcheng University"},
			not:  []string{"Zhao Lei|leads|Tanhai Museum"},
		},
		"PostsWithSemicolons": {
			text: "Attending were Zhao Lei, mayor of Luoxi; Qian Hong, president of Mingcheng University; and Sun Bo, chairman of Tanhai Port Group.",
			want: []string{"Zhao Lei|leads|Luoxi", "Qian Hong|leads|Mingcheng University", "Sun Bo|leads|Tanhai Port Group"},
			not:  []string{"Sun Bo|leads|Mingcheng University"},
		},

		// class 3: signings of three or more parties
		"BetweenBodyItsHospitalAndThird": {
			text: "The agreement was signed between Mingcheng Medical University and its affiliated hospital and Luoxi County.",
			want: []string{"Mingcheng Medical University|signed-with|Luoxi County", "affiliated hospital, Mingcheng Medical University|signed-with|Luoxi County"},
		},
		"RepresentativesOfCountedEnterprises": {
			text: "Mingcheng University signed agreements with representatives of the three enterprises: Tanhai Steel Group, Luoxi Chemical Co., Ltd. and Jinshui Power Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Steel Group", "Mingcheng University|signed-with|Luoxi Chemical Co., Ltd.", "Mingcheng University|signed-with|Jinshui Power Group"},
			not:  []string{"Tanhai Steel Group|signed-with|Luoxi Chemical Co., Ltd."},
		},
		"FourNamedFourParty": {
			text: "Mingcheng University, Tanhai Museum, Luoxi Culture Group and Jinshui County signed a four-party agreement on Friday.",
			want: []string{"Mingcheng University|signed-with|Jinshui County", "Tanhai Museum|signed-with|Luoxi Culture Group", "Luoxi Culture Group|signed-with|Jinshui County", "Mingcheng University|signed-with|Tanhai Museum"},
		},
		"SignersThenWitnessInPresence": {
			text: "The agreement was signed by Zhao Lei, president of Mingcheng University, and Qian Hong, curator of Tanhai Museum, in the presence of Sun Bo, mayor of Luoxi.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Sun Bo|leads|Luoxi"},
			not:  []string{"Mingcheng University|signed-with|Luoxi", "Tanhai Museum|signed-with|Luoxi"},
		},
		"ThreeSignersOnBehalfRespectively": {
			text: "Zhao Lei, Qian Hong and Sun Bo signed the agreement on behalf of Mingcheng University, Tanhai Museum and Luoxi County respectively.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi County", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"AgreementAmongThree": {
			text: "A tripartite agreement among Mingcheng University, Tanhai Museum and Luoxi Culture Group was signed on Monday.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi Culture Group", "Tanhai Museum|signed-with|Luoxi Culture Group"},
		},
		"TripartiteWithTwo": {
			text: "Mingcheng University signed a tripartite agreement with Tanhai Museum and Luoxi Culture Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi Culture Group", "Tanhai Museum|signed-with|Luoxi Culture Group"},
		},
		"SemicolonPartyList": {
			text: "Mingcheng University signed agreements with Tanhai Museum; Luoxi County; and Jinshui Steel Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi County", "Mingcheng University|signed-with|Jinshui Steel Group"},
			not:  []string{"Tanhai Museum|signed-with|Luoxi County"},
		},
		"SemicolonNewClauseIsNoMember": {
			text: "Mingcheng University signed with Tanhai Museum; Luoxi County signed with Jinshui Steel Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
			not:  []string{"Mingcheng University|signed-with|Luoxi County"},
		},
		"CountedPartiesColon": {
			text: "The agreement was signed by three parties: Mingcheng University, Tanhai Museum and Luoxi County.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi County", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"CountedEnterprisesIncluding": {
			text: "Mingcheng University signed cooperation agreements with eight enterprises, including Tanhai Steel Group, Luoxi Chemical Co., Ltd. and Jinshui Power Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Steel Group", "Mingcheng University|signed-with|Luoxi Chemical Co., Ltd.", "Mingcheng University|signed-with|Jinshui Power Group"},
			not:  []string{"Tanhai Steel Group|signed-with|Jinshui Power Group"},
		},
		"CompaniesSuchAs": {
			text: "Mingcheng University signed agreements with a number of local companies such as Tanhai Steel Group and Luoxi Chemical Co., Ltd.",
			want: []string{"Mingcheng University|signed-with|Tanhai Steel Group", "Mingcheng University|signed-with|Luoxi Chemical Co., Ltd."},
		},
		"AbbreviationsInsideList": {
			text: "Mingcheng University signed agreements with Tanhai Steel Group (TSG), Luoxi Chemical Co., Ltd. (LCC) and Jinshui Power Group (JPG).",
			want: []string{"Mingcheng University|signed-with|Tanhai Steel Group", "Mingcheng University|signed-with|Luoxi Chemical Co., Ltd.", "Mingcheng University|signed-with|Jinshui Power Group"},
		},
		"SigningPartiesWere": {
			text: "The signing parties were Mingcheng University, Tanhai Museum and Luoxi County.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi County", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"SigningTheAgreementWere": {
			text: "Signing the agreement were Mingcheng University and Tanhai Museum.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"TheThreeUniversitiesSigned": {
			text: "Mingcheng University, Tanhai University and Luoxi University held a forum on Monday. The three universities then signed an alliance agreement.",
			want: []string{"Mingcheng University|signed-with|Tanhai University", "Mingcheng University|signed-with|Luoxi University", "Tanhai University|signed-with|Luoxi University"},
		},
		"TheFourUnitsSigned": {
			text: "Mingcheng University, Tanhai Museum, Luoxi Culture Group and Jinshui County met on Monday. The four units signed a cooperation agreement.",
			want: []string{"Mingcheng University|signed-with|Jinshui County", "Tanhai Museum|signed-with|Luoxi Culture Group"},
		},
		"TheTwoInstitutionsSigned": {
			text: "Mingcheng University and Tanhai Museum held talks. The two institutions then signed an agreement.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"BothInstitutionsSigned": {
			text: "Leaders of Mingcheng University and Tanhai Museum met. Both institutions signed a memorandum.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"WithTheTwoUniversities": {
			text: "Mingcheng University and Tanhai University sent delegations to Luoxi County. Luoxi County signed agreements with the two universities.",
			want: []string{"Luoxi County|signed-with|Mingcheng University", "Luoxi County|signed-with|Tanhai University"},
			not:  []string{"Mingcheng University|signed-with|Tanhai University"},
		},
		"SignedByTheThreeParties": {
			text: "Mingcheng University, Tanhai Museum and Luoxi Culture Group met on Monday. An agreement was signed by the three parties.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi Culture Group", "Tanhai Museum|signed-with|Luoxi Culture Group"},
		},
		"CountedPluralWithBracketedList": {
			text: "Three universities (Mingcheng University, Tanhai University and Luoxi University) signed an alliance agreement.",
			want: []string{"Mingcheng University|signed-with|Tanhai University", "Mingcheng University|signed-with|Luoxi University", "Tanhai University|signed-with|Luoxi University"},
		},
		"WithCountedPluralBracketedList": {
			text: "Luoxi County signed agreements with two universities (Mingcheng University and Tanhai University).",
			want: []string{"Luoxi County|signed-with|Mingcheng University", "Luoxi County|signed-with|Tanhai University"},
			not:  []string{"Mingcheng University|signed-with|Tanhai University"},
		},
		"PluralAgreementsSignedBySeveral": {
			text: "Mingcheng University signed agreements with Luoxi County and Tanhai Gold and Jewelry Co., Ltd. The agreements were signed by Li Na, vice president of Mingcheng University, Zhou Fang, deputy county chief of Luoxi County, and Sun Bo, chairman of Tanhai Gold and Jewelry Co., Ltd.",
			want: []string{"Mingcheng University|signed-with|Luoxi County", "Mingcheng University|signed-with|Tanhai Gold and Jewelry Co., Ltd."},
			not:  []string{"Luoxi County|signed-with|Tanhai Gold and Jewelry Co., Ltd."},
		},
		"AndThenSignedWithSecond": {
			text: "Mingcheng University signed a framework agreement with Tanhai Museum and then signed a talent agreement with Luoxi County.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi County"},
			not:  []string{"Tanhai Museum|signed-with|Luoxi County"},
		},
		"MoreThanNumberEnterprisesIncluding": {
			text: "Mingcheng University has signed cooperation agreements with more than 20 enterprises, including Tanhai Steel Group and Luoxi Chemical Co., Ltd.",
			want: []string{"Mingcheng University|signed-with|Tanhai Steel Group", "Mingcheng University|signed-with|Luoxi Chemical Co., Ltd."},
		},
		"NumberCountiesSuchAs": {
			text: "So far, Mingcheng University has signed agreements with 12 counties, such as Anxi County and Deqing County.",
			want: []string{"Mingcheng University|signed-with|Anxi County", "Mingcheng University|signed-with|Deqing County"},
			not:  []string{"Anxi County|signed-with|Deqing County"},
		},
		"PairsInOrderRespectively": {
			text: "Mingcheng University and Tanhai University signed agreements with Luoxi County and Jinshui County respectively.",
			want: []string{"Mingcheng University|signed-with|Luoxi County", "Tanhai University|signed-with|Jinshui County"},
			not:  []string{"Mingcheng University|signed-with|Jinshui County", "Tanhai University|signed-with|Luoxi County", "Mingcheng University|signed-with|Tanhai University"},
		},
		"AsWellAsWith": {
			text: "Mingcheng University signed a cooperation agreement with Tanhai Museum, as well as with Luoxi Culture Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi Culture Group"},
			not:  []string{"Tanhai Museum|signed-with|Luoxi Culture Group"},
		},
		"SecondAgreementWithSecondParty": {
			text: "Mingcheng University signed a cooperation agreement with Tanhai Museum and an exchange agreement with Luoxi Culture Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi Culture Group"},
			not:  []string{"Tanhai Museum|signed-with|Luoxi Culture Group"},
		},
		"SecondAgreementAfterCommaList": {
			text: "Mingcheng University signed strategic cooperation agreements with Tanhai City and Luoxi City, and a talent training agreement with Jinshui Port Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai", "Mingcheng University|signed-with|Luoxi", "Mingcheng University|signed-with|Jinshui Port Group"},
			not:  []string{"Tanhai|signed-with|Jinshui Port Group"},
		},
		"AndItsSubsidiarySignsToo": {
			text: "Mingcheng University signed agreements with Tanhai Port Group and its subsidiary Tanhai Shipping Co., Ltd. on Monday.",
			want: []string{"Mingcheng University|signed-with|Tanhai Port Group", "Mingcheng University|signed-with|Tanhai Shipping Co., Ltd., Tanhai Port Group", "Tanhai Shipping Co., Ltd., Tanhai Port Group|part-of|Tanhai Port Group"},
		},
		"TogetherWithSubject": {
			text: "Mingcheng University, together with Tanhai Museum, signed an agreement with Luoxi County.",
			want: []string{"Mingcheng University|signed-with|Luoxi County", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"JointlySignedWith": {
			text: "Mingcheng University and Tanhai Museum jointly signed an agreement with Luoxi County on Monday.",
			want: []string{"Mingcheng University|signed-with|Luoxi County", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"SignedRespectivelyIsNoPairOfObjects": {
			text: "Mingcheng University signed agreements with Tanhai Museum, Luoxi County and Jinshui Steel Group respectively.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Mingcheng University|signed-with|Luoxi County", "Mingcheng University|signed-with|Jinshui Steel Group"},
			not:  []string{"Tanhai Museum|signed-with|Luoxi County", "Luoxi County|signed-with|Jinshui Steel Group"},
		},
		"ThreeUniversitiesWithOne": {
			text: "Mingcheng University, Tanhai Normal University and Luoxi University of Technology each signed an agreement with Jinshui County.",
			want: []string{"Mingcheng University|signed-with|Jinshui County", "Tanhai Normal University|signed-with|Jinshui County", "Luoxi University of Technology|signed-with|Jinshui County"},
			not:  []string{"Mingcheng University|signed-with|Tanhai Normal University"},
		},

		// class 11: modality — only a signed or reached agreement
		"HopeToSign": {
			text: "Mingcheng University and Tanhai Museum hope to sign a cooperation agreement next year.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"WillSignWith": {
			text: "Mingcheng University will sign a strategic agreement with Luoxi County in March.",
			not:  []string{"Mingcheng University|signed-with|Luoxi County"},
		},
		"DeepenThroughSigning": {
			text: "Tanhai Museum plans to deepen cooperation with Mingcheng University through signing a framework agreement.",
			not:  []string{"Tanhai Museum|signed-with|Mingcheng University"},
		},
		"ExpectedToSign": {
			text: "Luoxi County and Mingcheng University are expected to sign a cooperation agreement soon.",
			not:  []string{"Luoxi County|signed-with|Mingcheng University"},
		},
		"SecondSigningClauseWithOwnSubject": {
			text: "During the visit, Mingcheng University signed an agreement with Luoxi City, and the School of Law of Mingcheng University signed a memorandum with Luoxi Intermediate People's Court.",
			want: []string{"Mingcheng University|signed-with|Luoxi", "School of Law, Mingcheng University|signed-with|Luoxi Intermediate People's Court"},
			not:  []string{"Mingcheng University|signed-with|Luoxi Intermediate People's Court", "School of Law, Mingcheng University|signed-with|Luoxi"},
		},
		"SemicolonSecondSigningClause": {
			text: "Mingcheng University signed with Tanhai Museum; Luoxi County signed with Jinshui Steel Group.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum", "Luoxi County|signed-with|Jinshui Steel Group"},
			not:  []string{"Mingcheng University|signed-with|Jinshui Steel Group", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"SignedThenWillSign": {
			text: "Mingcheng University signed an agreement with Tanhai Museum, and Luoxi County will sign one with the university next month.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
			not:  []string{"Mingcheng University|signed-with|Luoxi County", "Tanhai Museum|signed-with|Luoxi County"},
		},
		"AgreedToDeepenAndSign": {
			text: "Both sides agreed to deepen cooperation and sign a strategic agreement between Mingcheng University and Tanhai Museum at an early date.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"DiscussedSigning": {
			text: "Mingcheng University and Tanhai Museum discussed signing a cooperation agreement.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"ConsensusOnSigning": {
			text: "Leaders of Mingcheng University and Luoxi County reached consensus on signing a framework agreement.",
			not:  []string{"Mingcheng University|signed-with|Luoxi County"},
		},
		"WillingToSign": {
			text: "Mingcheng University is willing to sign a cooperation agreement with Tanhai Museum.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"HeadlinePresentSign": {
			text: "Mingcheng University and Tanhai Museum Sign Cooperation Agreement\n\nThe agreement covers exhibitions.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"SignedAndWillBuild": {
			text: "Mingcheng University and Tanhai Museum signed an agreement and will jointly build a research centre.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"JoinedHandsToSign": {
			text: "Mingcheng University joined hands with Tanhai Museum to sign a cooperation agreement.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"PlannedToComeToSignIsNotSigned": {
			text: "Mingcheng University will come to Luoxi County to sign a cooperation agreement.",
			not:  []string{"Mingcheng University|signed-with|Luoxi County"},
		},
		"FoundersInAppositionDoNotSign": {
			text: "The Luoxi Joint Laboratory, co-founded by Mingcheng University and Tanhai Steel Group, signed an agreement with Jinshui County.",
			want: []string{"Luoxi Joint Laboratory|signed-with|Jinshui County"},
			not:  []string{"Mingcheng University|signed-with|Jinshui County", "Tanhai Steel Group|signed-with|Jinshui County"},
		},
		"TwoDailiesStayApart": {
			text: "Luoxi Daily and Tanhai Radio Station signed a media cooperation agreement.",
			want: []string{"Luoxi Daily|signed-with|Tanhai Radio Station"},
		},
		"ExpectedToBeSigned": {
			text: "The agreement between Mingcheng University and Tanhai Museum is expected to be signed next month.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"WillBeSignedBy": {
			text: "An agreement will be signed by Mingcheng University and Tanhai Museum in June.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"ConditionalSigning": {
			text: "If Mingcheng University signs an agreement with Tanhai Museum, students will benefit.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"HasBeenSigned": {
			text: "An agreement between Mingcheng University and Tanhai Museum has been signed.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"ReachedAgreementWith": {
			text: "Mingcheng University reached a strategic cooperation agreement with Tanhai Museum on Friday.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"JointLaboratoryIsNoParty": {
			text: "Mingcheng University and Tanhai Steel Group signed an agreement to jointly build the Luoxi Joint Laboratory of Green Steel.",
			want: []string{"Mingcheng University|signed-with|Tanhai Steel Group"},
			not:  []string{"Mingcheng University|signed-with|Luoxi Joint Laboratory of Green Steel", "Tanhai Steel Group|signed-with|Luoxi Joint Laboratory of Green Steel"},
		},
		"SetUpCentreIsNoParty": {
			text: "Mingcheng University signed an agreement with Luoxi County on establishing the Luoxi Rural Revitalization Research Center.",
			want: []string{"Mingcheng University|signed-with|Luoxi County"},
			not:  []string{"Mingcheng University|signed-with|Luoxi Rural Revitalization Research Center"},
		},
		// class 11: relations stated as noun phrases
		"AgreementBetweenWasSigned": {
			text: "The Agreement between the Luoxi Municipal People's Government and Mingcheng University was signed on Friday.",
			want: []string{"Luoxi|signed-with|Mingcheng University"},
		},
		"SigningOfAgreementBetween": {
			text: "The signing of the strategic agreement between Mingcheng University and Tanhai Museum marks a new stage of cooperation.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"AgreementBetweenWasSignedAfterDate": {
			text: "On Friday, a framework agreement between Tanhai Port Group and Mingcheng University was formally signed.",
			want: []string{"Tanhai Port Group|signed-with|Mingcheng University"},
		},
		"PossessiveAgreementWith": {
			text: "Mingcheng University's agreement with Tanhai Museum, signed in 2019, expired last year.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"UnderItsAgreementWith": {
			text: "Under its cooperation agreement with Tanhai Museum, Mingcheng University will send students to Luoxi.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
			not:  []string{"Mingcheng University|signed-with|Luoxi", "Tanhai Museum|signed-with|Luoxi"},
		},
		"PossessiveDraftAgreementIsNotSigned": {
			text: "Mingcheng University's draft agreement with Tanhai Museum is under discussion.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"HopesItsAgreementIsNotSigned": {
			text: "Tanhai Museum hopes to conclude its agreement with Mingcheng University soon.",
			not:  []string{"Tanhai Museum|signed-with|Mingcheng University"},
		},
		"ProposedAgreementBetweenIsNotSigned": {
			text: "The proposed agreement between Tanhai Port Group and Mingcheng University will be discussed next month.",
			not:  []string{"Tanhai Port Group|signed-with|Mingcheng University"},
		},
		"HospitalsAffiliatedTo": {
			text: "Doctors from the hospitals affiliated to Mingcheng Medical University, Tanhai Central Hospital and Luoxi People's Hospital, visited Jinshui County.",
			want: []string{"Tanhai Central Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University", "Luoxi People's Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University"},
			not:  []string{"Mingcheng Medical University|visited|Jinshui County"},
		},
		"HospitalsAffiliatedToInclude": {
			text: "The hospitals affiliated to Mingcheng Medical University include Tanhai Central Hospital and Luoxi People's Hospital.",
			want: []string{"Tanhai Central Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University", "Luoxi People's Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University"},
		},
		"ItsAffiliatedHospitalsSignToo": {
			text: "Mingcheng Medical University and its affiliated hospitals, Tanhai Central Hospital and Luoxi People's Hospital, signed an agreement with Jinshui County.",
			want: []string{"Tanhai Central Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University", "Mingcheng Medical University|signed-with|Jinshui County", "Luoxi People's Hospital, Mingcheng Medical University|signed-with|Jinshui County"},
		},
		"SchoolsUnderGroupIncluding": {
			text: "The schools under Luoxi Education Group, including Tanhai Middle School and Anxi Primary School, signed agreements with Mingcheng Normal University.",
			want: []string{"Tanhai Middle School, Luoxi Education Group|part-of|Luoxi Education Group", "Anxi Primary School, Luoxi Education Group|part-of|Luoxi Education Group"},
			not:  []string{"Luoxi Education Group|signed-with|Mingcheng Normal University"},
		},
		"PossessiveSubsidiariesList": {
			text: "Tanhai Port Group's subsidiaries, Tanhai Shipping Co., Ltd. and Tanhai Logistics Co., Ltd., signed agreements with Mingcheng University.",
			want: []string{"Tanhai Shipping Co., Ltd., Tanhai Port Group|part-of|Tanhai Port Group", "Tanhai Logistics Co., Ltd., Tanhai Port Group|part-of|Tanhai Port Group"},
			not:  []string{"Tanhai Port Group|signed-with|Mingcheng University"},
		},
		"AffiliatedToAfterName": {
			text: "Tanhai Central Hospital, affiliated to Mingcheng Medical University, signed an agreement with Luoxi County.",
			want: []string{"Tanhai Central Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University"},
			not:  []string{"Mingcheng Medical University|signed-with|Luoxi County"},
		},
		"OneOfTheHospitalsAffiliatedTo": {
			text: "Tanhai Central Hospital, one of the hospitals affiliated to Mingcheng Medical University, signed an agreement with Luoxi County.",
			want: []string{"Tanhai Central Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University", "Tanhai Central Hospital, Mingcheng Medical University|signed-with|Luoxi County"},
			not:  []string{"Mingcheng Medical University|signed-with|Luoxi County"},
		},
		"IsAnAffiliatedHospitalOf": {
			text: "Tanhai Central Hospital is an affiliated hospital of Mingcheng Medical University.",
			want: []string{"Tanhai Central Hospital, Mingcheng Medical University|part-of|Mingcheng Medical University"},
		},
		"WhichIsAffiliatedTo": {
			text: "Tanhai Middle School, which is affiliated to Mingcheng Normal University, signed an agreement with Luoxi County.",
			want: []string{"Tanhai Middle School, Mingcheng Normal University|part-of|Mingcheng Normal University"},
			not:  []string{"Mingcheng Normal University|signed-with|Luoxi County"},
		},
		"IsAffiliatedWith": {
			text: "Tanhai Middle School is affiliated with Mingcheng Normal University.",
			want: []string{"Tanhai Middle School, Mingcheng Normal University|part-of|Mingcheng Normal University"},
		},
		"HasAffiliatedSchoolsColon": {
			text: "Mingcheng Normal University has two affiliated schools: Tanhai Middle School and Luoxi Primary School.",
			want: []string{"Tanhai Middle School, Mingcheng Normal University|part-of|Mingcheng Normal University", "Luoxi Primary School, Mingcheng Normal University|part-of|Mingcheng Normal University"},
		},
		"LargestMuseumsOfProvinceIsNoPart": {
			text: "Tanhai Museum is one of the largest museums of Luoxi Province, and Mingcheng University is a member of the Tanhai Alliance.",
			not:  []string{"Tanhai Museum|part-of|Luoxi Province", "Mingcheng University, Tanhai Alliance|part-of|Tanhai Alliance"},
		},
		"SchoolsUnderBodyList": {
			text: "Tanhai No. 1 Middle School and Tanhai Experimental School, both affiliated to Mingcheng Normal University, signed agreements with Luoxi County.",
			want: []string{"Tanhai Experimental School*"},
		},
		// second batch: the genre's longer names and lists
		"SchoolOfTwoFieldsSignsWithCompany": {
			text: "The School of Chemistry and Chemical Engineering of Mingcheng University signed an agreement with Tanhai Petrochemical Co., Ltd.",
			want: []string{"School of Chemistry and Chemical Engineering, Mingcheng University|signed-with|Tanhai Petrochemical Co., Ltd.", "School of Chemistry and Chemical Engineering, Mingcheng University|part-of|Mingcheng University"},
			not:  []string{"Chemical Engineering, Mingcheng University|part-of|Mingcheng University"},
		},
		"DeanOfCollegeOfEconomicsAndManagement": {
			text: "Qian Hong, dean of the College of Economics and Management of Mingcheng University, visited Tanhai Port Group.",
			want: []string{"Qian Hong|leads|College of Economics and Management, Mingcheng University"},
			not:  []string{"Qian Hong|leads|Management*"},
		},
		"MinistryOfTwoFields": {
			text: "Zhao Lei, vice minister of the Ministry of Housing and Urban-Rural Development, visited Mingcheng University.",
			want: []string{"Zhao Lei|leads|Ministry of Housing and Urban-Rural Development"},
		},
		"SharedPluralHeadTwoUniversities": {
			text: "Tanhai and Luoxi universities signed an agreement with Jinshui County on student exchange.",
			want: []string{"Tanhai University|signed-with|Jinshui County", "Luoxi University|signed-with|Jinshui County"},
		},
		"SharedPluralHeadCounties": {
			text: "Mingcheng University signed agreements with the Anxi, Deqing and Changxing counties on Friday.",
			want: []string{"Mingcheng University|signed-with|Anxi County", "Mingcheng University|signed-with|Deqing County", "Mingcheng University|signed-with|Changxing County"},
			not:  []string{"Anxi County|signed-with|Deqing County"},
		},
		"SharedPluralHeadThenBody": {
			text: "Tanhai and Luoxi universities and Mingcheng Museum signed a tripartite agreement.",
			want: []string{"Tanhai University|signed-with|Luoxi University", "Tanhai University|signed-with|Mingcheng Museum", "Luoxi University|signed-with|Mingcheng Museum"},
		},
		"SharedPluralGovernments": {
			text: "The Tanhai and Luoxi municipal governments signed an agreement with Mingcheng University.",
			want: []string{"Tanhai|signed-with|Mingcheng University", "Luoxi|signed-with|Mingcheng University"},
			not:  []string{"Tanhai|signed-with|Luoxi"},
		},
		"SharedPluralCountyGovernments": {
			text: "Mingcheng University signed agreements with the Anxi and Deqing county governments.",
			want: []string{"Mingcheng University|signed-with|Anxi County", "Mingcheng University|signed-with|Deqing County"},
		},
		"PluralHeadAfterKnownPlacesIsNoName": {
			text: "Mingcheng University signed an agreement with Luoxi City and Tanhai City. Luoxi and Tanhai universities then signed agreements with Jinshui County.",
			not:  []string{"Luoxi University|signed-with|Jinshui County", "Tanhai University|signed-with|Jinshui County"},
		},
		"BodyAndCompanyWithComma": {
			text: "Mingcheng University and Luoxi Huaxin Biotechnology Co., Ltd. signed a cooperation agreement, and Tanhai Museum joined later.",
			want: []string{"Mingcheng University|signed-with|Luoxi Huaxin Biotechnology Co., Ltd."},
		},
		"PresentWereLeadersOfThreeBodies": {
			text: "Present at the signing ceremony were Zhao Lei, Secretary of the Party Committee of Mingcheng University, Qian Hong, President of Tanhai Normal University, and Sun Bo, Vice Mayor of Luoxi City.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Tanhai Normal University", "Sun Bo|leads|Luoxi"},
			not:  []string{"Sun Bo|leads|Tanhai Normal University", "Qian Hong|leads|Mingcheng University"},
		},
		"OnBehalfOfEach": {
			text: "Vice President Zhao Lei signed the agreement on behalf of Mingcheng University, and Deputy Mayor Qian Hong signed on behalf of Luoxi City.",
			want: []string{"Mingcheng University|signed-with|Luoxi", "Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Luoxi"},
		},
		"OnBehalfOfBackReferences": {
			text: "Mingcheng University signed an agreement with Tanhai Museum on Monday. Director Zhao Lei signed on behalf of the museum, and Vice President Qian Hong on behalf of the university.",
			want: []string{"Zhao Lei|leads|Tanhai Museum", "Qian Hong|leads|Mingcheng University"},
			not:  []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Tanhai Museum"},
		},
		"SignedByTitledOnBehalf": {
			text: "The agreement was signed by Vice President Zhao Lei on behalf of Tanhai University and by Deputy Director Qian Hong on behalf of the Luoxi Bureau of Commerce.",
			want: []string{"Tanhai University|signed-with|Luoxi Bureau of Commerce", "Zhao Lei|leads|Tanhai University", "Qian Hong|leads|Luoxi Bureau of Commerce"},
			not:  []string{"Qian Hong|leads|Tanhai University"},
		},
		"SpeechesOnBehalfRespectivelyIsNoSigning": {
			text: "Vice President Zhao Lei and Deputy Mayor Qian Hong delivered speeches on behalf of Tanhai University and Luoxi City respectively.",
			not:  []string{"Qian Hong|leads|Tanhai University"},
		},
		"RespectivelyBeforePosts": {
			text: "Zhao Lei and Qian Hong, respectively president of Mingcheng University and curator of Tanhai Museum, signed the agreement.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Tanhai Museum", "Mingcheng University|signed-with|Tanhai Museum"},
			not:  []string{"Zhao Lei|leads|Tanhai Museum", "Qian Hong|leads|Mingcheng University"},
		},
		"ThreeNamesThreePostsRespectively": {
			text: "Zhao Lei, Qian Hong and Sun Bo, president of Mingcheng University, curator of Tanhai Museum and chairman of Luoxi Culture Group respectively, signed a tripartite agreement.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Tanhai Museum", "Sun Bo|leads|Luoxi Culture Group", "Tanhai Museum|signed-with|Luoxi Culture Group"},
			not:  []string{"Sun Bo|leads|Mingcheng University"},
		},
		"TitlesThenBodiesRespectively": {
			text: "Zhao Lei and Qian Hong, president and curator of Mingcheng University and Tanhai Museum respectively, attended.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Tanhai Museum"},
			not:  []string{"Zhao Lei|leads|Tanhai Museum"},
		},
		"TwoNamesTwoPostsOfOneBody": {
			text: "Zhao Lei and Qian Hong, the president and a professor of Mingcheng University, attended the signing with Tanhai Museum.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|member-of|Mingcheng University"},
			not:  []string{"Qian Hong|leads|Mingcheng University", "Zhao Lei|member-of|Mingcheng University"},
		},
		"RespectivelyPostsOfOneBody": {
			text: "Zhao Lei and Qian Hong, president and vice president of Mingcheng University respectively, met the Tanhai Museum delegation.",
			want: []string{"Zhao Lei|leads|Mingcheng University", "Qian Hong|leads|Mingcheng University"},
		},
		"OfficialsOfSeveralBureaus": {
			text: "Zhao Lei, director of the Luoxi Bureau of Science and Technology, and Qian Hong, director of the Luoxi Bureau of Commerce, visited Mingcheng University.",
			want: []string{"Zhao Lei|leads|Luoxi Bureau of Science and Technology", "Qian Hong|leads|Luoxi Bureau of Commerce"},
			not:  []string{"Qian Hong|leads|Luoxi Bureau of Science and Technology"},
		},
		"SignedWithTwoBodiesOneWithAnd": {
			text: "Mingcheng University signed agreements with the Luoxi Science and Technology Bureau and Tanhai Culture and Media Group.",
			want: []string{"Mingcheng University|signed-with|Luoxi Science and Technology Bureau", "Mingcheng University|signed-with|Tanhai Culture and Media Group"},
			not:  []string{"Luoxi Science and Technology Bureau|signed-with|Tanhai Culture and Media Group"},
		},
		"PartyCommitteeSecretaryAndPresidentOfOne": {
			text: "Zhao Lei, party secretary and president of Tanhai Port Group, and Qian Hong, vice president of Mingcheng University, signed the agreement.",
			want: []string{"Tanhai Port Group|signed-with|Mingcheng University", "Zhao Lei|leads|Tanhai Port Group", "Qian Hong|leads|Mingcheng University"},
		},
		"AgreementNotYetSignedNegation": {
			text: "Mingcheng University and Tanhai Museum have not yet signed a formal agreement.",
			not:  []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
		"WouldSignWith": {
			text: "Zhao Lei said Mingcheng University would sign an agreement with Luoxi County to build a research base.",
			not:  []string{"Mingcheng University|signed-with|Luoxi County"},
		},
		"IntentionToSign": {
			text: "Tanhai Museum expressed its intention to sign a cooperation agreement with Mingcheng University.",
			not:  []string{"Tanhai Museum|signed-with|Mingcheng University"},
		},
		"LookForwardToSigning": {
			text: "Zhao Lei said Luoxi County looks forward to signing a cooperation agreement with Mingcheng University.",
			not:  []string{"Luoxi County|signed-with|Mingcheng University"},
		},
		"AgreementWithNoun": {
			text: "The cooperation agreement with Tanhai Museum, signed last year by Mingcheng University, was renewed.",
			want: []string{"Mingcheng University|signed-with|Tanhai Museum"},
		},
	})
}
