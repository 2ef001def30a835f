package extract

import "testing"

// TestNameGrammarNames11 checks round 11's organisation-name classes on
// invented sentences.
//
// A bare office named by the body it serves ("the Office of the Alumni
// Association of X", "the Secretariat of the Y Foundation") is a unit of its
// own: its director leads the office, not the body it serves; an office of
// a government stays the government's (SCHEMA.md folds it into its place).
//
// A bank or company "of" a country names its branches by the country's
// places after its name ("Fenglin Bank of China Wuhan Branch"): the branch
// is one body, not "China Wuhan Branch" of a bank.
//
// A numbered ordinal between the words of an enterprise's name ("Fenglin
// Railway 15th Bureau Group Co., Ltd.") is in the name; after a body's own
// name it opens what follows ("Qiantang University 110th Anniversary").
//
// A "for" after a body's name opens no part of the name when a person's
// name or a heading's purpose gerund with a body after it follows ("the
// Fenglin Art Museum for Zhao Minghui, …", "… Linhe Bank for Establishing
// Y Institute"); a field or a gerund with a field after it stays in the
// name ("Linhe Center for Disease Control", "Association for Promoting
// Democracy").
//
// An ampersand between two name words joins two trades of one enterprise's
// name even after a group's head ("Fenglin Group Linhe Measuring&Cutting
// Tool Group Co., Ltd."); after a body's head word ("… Municipal Government
// & Qiantang University") or before "the" it still parts two names.
//
// A committee, commission or council named with its field after "on" ("the
// Working Committee on Health", "the Management Committee on Linhe
// Campus") keeps the field in its name; a date, a place or a body after
// "on" is none.
//
// "Co" typed without its period ends a company's name as "Co." does, but
// not before a capitalised word ("School-enterprise Co Construction").
//
// A post's possessive before a capitalised office ("the President's
// Office", "the Dean's Office") is a word of the office's name.
//
// A field typed in lower case after a capitalised unit's head and "of"
// ("the Academy of fine arts of X", "the Provincial Department of
// education") is in the unit's name; a word that names no field ("the
// School of thought") is not.
func TestNameGrammarNames11(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"DirectorOfOfficeOfAssociation": {
			text: "The ceremony was presided over by Zhou Ping, director of the Office of the Alumni Association of Qiantang University.",
			want: []string{"Zhou Ping|leads|Office of the Alumni Association*"},
			not:  []string{"Zhou Ping|leads|Alumni Association*"},
		},
		"OfficeOfFoundationSigns": {
			text: "Qiantang University signed a donation agreement with the Office of the Fenglin Education Foundation on May 3.",
			want: []string{"Qiantang University|signed-with|Office of the Fenglin Education Foundation"},
			not:  []string{"Qiantang University|signed-with|Fenglin Education Foundation"},
		},
		"OfficeOfCouncilHead": {
			text: "Zhou Ping, head of the Office of the Linhe Science and Technology Association, signed the agreement with Qiantang University.",
			want: []string{"Zhou Ping|leads|Office of the Linhe Science and Technology Association"},
			not:  []string{"Zhou Ping|leads|Linhe Science and Technology Association"},
		},
		// near-misses: an office of a government, an office with its own field
		"OfficeOfMunicipalGovernment": {
			text: "Zhou Ping, director of the Office of the Linhe Municipal Government, attended the signing.",
			not:  []string{"Zhou Ping|leads|Office of the Linhe*"},
		},
		"OfficeWithField": {
			text: "Zhou Ping, director of the Office of International Relations of Qiantang University, attended.",
			want: []string{"Zhou Ping|leads|Office of International Relations*", "Office of International Relations, Qiantang University|part-of|Qiantang University"},
		},
		"PresidentOfCountryBankBranch": {
			text: "Zhou Ping, President of the Fenglin Bank of China Wuhan Branch, attended the ceremony.",
			want: []string{"Zhou Ping|leads|Fenglin Bank of China Wuhan Branch"},
			not:  []string{"Zhou Ping|leads|China Wuhan Branch"},
		},
		"SignsWithCountryBankBranch": {
			text: "Qiantang University signed a strategic cooperation agreement with Linhe Fintech and the Fenglin Bank of China Hubei Branch.",
			want: []string{"Qiantang University|signed-with|Fenglin Bank of China Hubei Branch"},
			not:  []string{"Qiantang University|signed-with|China Hubei Branch"},
		},
		"GroupOfCountryCityBranch": {
			text: "Zhou Ping, general manager of Fenglin Insurance Company of China Shanghai Branch, met the delegation.",
			want: []string{"Zhou Ping|leads|Fenglin Insurance Company of China Shanghai Branch"},
		},
		// near-misses: a unit of such a bank, a place with no branch noun
		"SchoolOfCountryBank": {
			text: "Zhou Ping, dean of the School of Finance of Fenglin Bank of China, attended.",
			want: []string{"Zhou Ping|leads|School of Finance*"},
			not:  []string{"Zhou Ping|leads|Fenglin Bank of China"},
		},
		"BankOfCountryThenCity": {
			text: "Qiantang University signed an agreement with the Fenglin Bank of China in Wuhan.",
			want: []string{"Qiantang University|signed-with|Fenglin Bank of China"},
		},
		"SignsWithNumberedBureau": {
			text: "Qiantang University signed a strategic cooperation framework agreement with Fenglin Railway 15th Bureau Group Co., Ltd. on May 3.",
			want: []string{"Qiantang University|signed-with|Fenglin Railway 15th Bureau Group Co., Ltd."},
			not:  []string{"Qiantang University|signed-with|Fenglin Railway"},
		},
		"ManagerOfNumberedGroup": {
			text: "Zhou Ping, general manager of Linhe Construction 8th Engineering Division, attended the signing.",
			want: []string{"Zhou Ping|leads|Linhe Construction 8th Engineering Division"},
			not:  []string{"Zhou Ping|leads|Linhe Construction"},
		},
		"NumberedBureauVisits": {
			text: "A delegation of Fenglin Metallurgy 22nd Bureau Group visited Qiantang University on May 3.",
			want: []string{"Fenglin Metallurgy 22nd Bureau Group|visited|Qiantang University"},
		},
		// near-miss: the ordinal after a body's name opens an anniversary
		"AnniversaryAfterBody": {
			text: "Zhou Ping, president of Qiantang University, spoke at the Qiantang University 110th Anniversary Celebration on May 3.",
			want: []string{"Zhou Ping|leads|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Qiantang University 110th Anniversary Celebration"},
		},
		"ForPersonsAfterMuseum": {
			text: "A delegation of Qiantang University visited the Fenglin Art Museum of China for Zhao Minghui, Qian Wenbo and Sun Lihua.",
			want: []string{"Qiantang University|visited|Fenglin Art Museum of China"},
			not:  []string{"Qiantang University|visited|Fenglin Art Museum of China for Zhao Minghui"},
		},
		"HeadingForEstablishing": {
			text: "A Cooperation Agreement Signed by Qiantang University and Linhe Bank for Establishing Fenglin Institute of Technology and Finance\n\nQiantang University and Linhe Bank signed the agreement on May 3.",
			want: []string{"Qiantang University|signed-with|Linhe Bank"},
			not:  []string{"Qiantang University|signed-with|Linhe Bank for Establishing Fenglin Institute of Technology and Finance"},
		},
		"DirectorOfBankForEstablishing": {
			text: "Zhou Ping, president of Linhe Bank for Launching Qiantang Institute of Finance, spoke.",
			want: []string{"Zhou Ping|leads|Linhe Bank"},
			not:  []string{"Zhou Ping|leads|Linhe Bank for Launching Qiantang Institute of Finance"},
		},
		// near-misses: a field after "for", a gerund with a field after it
		"CenterForField": {
			text: "Zhou Ping, director of the Linhe Center for Disease Control and Prevention, attended.",
			want: []string{"Zhou Ping|leads|Linhe Center for Disease Control and Prevention"},
		},
		"AssociationForPromotingField": {
			text: "Zhou Ping, vice chairman of the Linhe Association for Promoting Democracy, attended.",
			want: []string{"Zhou Ping|leads|Linhe Association for Promoting Democracy"},
		},
		"GluedAmpersandAfterGroup": {
			text: "Qiantang University signed a strategic cooperation agreement with Fenglin Technology Group Linhe Measuring&Cutting Tool Group Co., Ltd. on May 3.",
			want: []string{"Qiantang University|signed-with|Fenglin Technology Group Linhe Measuring&Cutting Tool Group Co., Ltd."},
			not:  []string{"Qiantang University|signed-with|Fenglin Technology Group Linhe Measuring"},
		},
		"SpacedAmpersandAfterGroup": {
			text: "Zhou Ping, general manager of Fenglin Machinery Group Linhe Forging & Casting Tool Company, attended.",
			want: []string{"Zhou Ping|leads|Fenglin Machinery Group Linhe Forging & Casting Tool Company"},
		},
		"AmpersandGroupVisited": {
			text: "A delegation of Qiantang University visited Fenglin Technology Group Linhe Measuring & Cutting Tool Group Co., Ltd. on May 3.",
			want: []string{"Qiantang University|visited|Fenglin Technology Group Linhe Measuring & Cutting Tool Group Co., Ltd."},
		},
		// near-misses: "&" after a body's head word, "&" before "the"
		"AmpersandAfterHeadTwoNames": {
			text: "Zhou Ping signed the Fenglin Municipal Bureau & Qiantang University Strategic Cooperation Agreement on May 3.",
			not:  []string{"Zhou Ping|leads|Fenglin Municipal Bureau & Qiantang University"},
			want: []string{"Fenglin Municipal Bureau|signed-with|Qiantang University"},
		},
		"AmpersandBeforeThe": {
			text: "Signing of the agreement between Qiantang University and Linhe Resources Group & the unveiling of the Fenglin Research Institute",
			want: []string{"Qiantang University|signed-with|Linhe Resources Group"},
		},
		"SecretaryOfWorkingCommitteeOn": {
			text: "Zhou Ping, Secretary of the Party Working Committee on Health and Director of the Linhe District Health Commission, attended.",
			want: []string{"Zhou Ping|leads|Party Working Committee on Health"},
		},
		"DirectorOfCommitteeOnCampus": {
			text: "Zhou Ping, the deputy director of Management Committee on Fenglin Campus signed the cooperation agreement with Linhe Group.",
			want: []string{"Zhou Ping|leads|Management Committee on Fenglin Campus"},
			not:  []string{"Zhou Ping|leads|Management Committee"},
		},
		"CommissionOnFieldSigns": {
			text: "The Linhe Provincial Commission on Ageing signed a cooperation agreement with Qiantang University on May 3.",
			want: []string{"Linhe Provincial Commission on Ageing|signed-with|Qiantang University"},
		},
		// near-misses: a date, a place, a body after "on"
		"CommitteeOnDate": {
			text: "The Linhe Science and Technology Committee on Monday signed an agreement with Qiantang University.",
			want: []string{"Linhe Science and Technology Committee|signed-with|Qiantang University"},
		},
		"CommitteeOnBody": {
			text: "The Linhe Science and Technology Committee on Qiantang University Campus signed an agreement with Fenglin Group.",
			not:  []string{"Linhe Science and Technology Committee on Qiantang University Campus|signed-with|Fenglin Group"},
		},
		"VisitedCoWithoutPeriod": {
			text: "The delegation from Qiantang University also visited key industrial zones, including the Linhe Tongwei Polysilicon Co and the Fenglin Coffee Industrial Park.",
			want: []string{"Qiantang University|visited|Linhe Tongwei Polysilicon Co"},
		},
		"ManagerOfCoWithoutPeriod": {
			text: "Zhou Ping, general manager of Fenglin Power Co and Qian Wenbo, president of Qiantang University, signed the agreement.",
			want: []string{"Zhou Ping|leads|Fenglin Power Co", "Qian Wenbo|leads|Qiantang University"},
		},
		"SignedCoWithoutPeriodLtd": {
			text: "Qiantang University signed a cooperation agreement with Fenglin Power Co, Ltd on May 3.",
			want: []string{"Qiantang University|signed-with|Fenglin Power Co, Ltd"},
		},
		// near-misses: "Co-" opening a word of a post, a heading's split "Co-"
		"SplitCoOfCompound": {
			text: "Qiantang University and the School-enterprise Co Construction office of Linhe Group signed an agreement.",
			want: []string{"Qiantang University|signed-with|Linhe Group"},
			not:  []string{"Qiantang University|signed-with|School-enterprise Co"},
		},
		"CoChairNoCompany": {
			text: "Zhou Ping, president of Qiantang University and Co-Chair of the Fenglin Forum, spoke.",
			want: []string{"Zhou Ping|leads|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Co"},
		},
		"DirectorOfPresidentsOffice": {
			text: "Zhou Ping, director of the President's Office of Qiantang University, attended the signing.",
			want: []string{"Zhou Ping|leads|President's Office*", "President's Office, Qiantang University|part-of|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Qiantang University"},
		},
		"DeansOfficeDirector": {
			text: "Zhou Ping, director of the Dean’s Office of Fenglin Medical College, met the delegation.",
			want: []string{"Zhou Ping|leads|Dean’s Office*"},
			not:  []string{"Zhou Ping|leads|Fenglin Medical College"},
		},
		// near-misses: a post's possessive before no office, a lower-case office
		"PresidentsSpeech": {
			text: "Zhou Ping, president of Qiantang University, said the President's Report Office of Linhe would help.",
			want: []string{"Zhou Ping|leads|Qiantang University"},
			not:  []string{"Zhou Ping|leads|President's Report Office*"},
		},
		"DirectorOfOfficeOfPartyCommittee": {
			text: "Zhou Ping, director of the Office of the CPC Committee of Qiantang University, attended the signing.",
			want: []string{"Zhou Ping|leads|Office of the CPC Committee*", "Office of the CPC Committee, Qiantang University|part-of|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Qiantang University"},
		},
		"OfficeOfCityPartyCommitteeFolds": {
			text: "Zhou Ping, director of the Office of the Linhe Municipal Party Committee, attended the signing.",
			not:  []string{"Zhou Ping|leads|Office of the Linhe*"},
		},
		"AcademyOfLowerFieldOfUniversity": {
			text: "Zhou Ping, dean of the Academy of fine arts of Qiantang University, attended the opening.",
			want: []string{"Zhou Ping|leads|Academy of fine arts*", "Academy of fine arts, Qiantang University|part-of|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Qiantang University"},
		},
		"InstituteOfLowerFieldsLeads": {
			text: "Zhou Ping, president of Linhe General Institute of urban and rural planning and design, thanked Qiantang University.",
			want: []string{"Zhou Ping|leads|Linhe General Institute of urban and rural planning and design"},
			not:  []string{"Zhou Ping|leads|Linhe General Institute"},
		},
		"DepartmentOfLowerFieldParent": {
			text: "The Linhe Degrees Committee of Linhe Provincial Department of education announced the list of projects.",
			want: []string{"Linhe Degrees Committee, Linhe Provincial Department of education|part-of|Linhe Provincial Department of education"},
		},
		// near-miss: a word after "of" that names no field
		"SchoolOfThought": {
			text: "Zhou Ping, president of Qiantang University, said the School of thought would open.",
			want: []string{"Zhou Ping|leads|Qiantang University"},
			not:  []string{"Zhou Ping|leads|School of thought"},
		},
	})
}
