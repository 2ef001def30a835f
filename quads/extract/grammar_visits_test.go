package extract

import (
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// TestNameGrammarVisits checks issue 12's class 12 (visits by people and
// bodies) on invented sentences of the genre, in constructions the
// development sets use and many they do not: every name is made up, so a
// case passes only if the rule reads the construction.
func TestNameGrammarVisits(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"MayorAppositionVisited": {
			text: "Tang Li, mayor of Beihai, visited Donghu University on Monday.",
			want: []string{"Tang Li|visited|Donghu University", "Tang Li|leads|Beihai"},
		},
		"DelegationLedByPVisited": {
			text: "A delegation led by Zhou Ping, vice president of Qiantang University, visited Xiling Museum on May 3.",
			want: []string{"Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Xiling Museum"},
		},
		"DeputyMayorsCameTo": {
			text: "Deputy mayors Lu Qiang and Song Yi came to Donghu University to discuss cooperation.",
			want: []string{"Lu Qiang|visited|Donghu University", "Song Yi|visited|Donghu University"},
		},
		"PaidAVisitTo": {
			text: "Zhou Ping, president of Qiantang University, paid a visit to Beihai Steel Group last week.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"DuringTheVisitOfPTo": {
			text: "During the visit of Zhou Ping, president of Qiantang University, to Beihai Steel Group, the two sides discussed cooperation.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"TheVisitOfADelegationTo": {
			text: "The visit of a Qiantang University delegation to Xiling County opened a new chapter of cooperation.",
			want: []string{"Qiantang University|visited|Xiling County"},
		},
		"WentForInspection": {
			text: "Professor Ma Lin of Donghu University went to Xiling County for an inspection.",
			want: []string{"Ma Lin|visited|Xiling County", "Donghu University|visited|Xiling County"},
		},
		"DelegationOfBodyVisited": {
			// (a place is no visitor in SCHEMA.md: its people are)
			text: "A delegation of Beihai Steel Group visited Donghu University on Monday. A delegation of Xiling Municipal People's Government led by Mayor Tang Li visited Donghu University on Friday.",
			want: []string{"Beihai Steel Group|visited|Donghu University", "Tang Li|visited|Donghu University"},
		},
		"HostedDelegationFromGovernment": {
			text: "Donghu University hosted a delegation from Beihai Municipal Government led by Mayor Tang Li.",
			want: []string{"Tang Li|visited|Donghu University", "Tang Li|leads|Beihai"},
			not:  []string{"Donghu University|visited|Beihai", "Donghu University|visited|Tang Li"},
		},
		"PronounAlsoVisited": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai on Monday. He also visited Beihai Steel Group.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"CalledOn": {
			text: "Zhou Ping, president of Qiantang University, called on Beihai Steel Group on Monday.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"LedTeamOfExpertsTo": {
			text: "Zhou Ping, president of Qiantang University, led a team of experts to Beihai Steel Group.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"ReceivedAVisitFrom": {
			text: "Beihai Steel Group received a visit from Zhou Ping, president of Qiantang University.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|visited|Qiantang University"},
		},
		"LedDelegationOfGovernmentTo": {
			text: "Tang Li, mayor of Beihai, led a delegation of the municipal government to Qiantang University.",
			want: []string{"Tang Li|visited|Qiantang University"},
		},
		"PlaceWithProvinceVisited": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai, Donghu Province, on Monday.",
			want: []string{"Qiantang University|visited|Beihai"},
			not:  []string{"Qiantang University|visited|Donghu"},
		},
		"PassiveVisitedByDelegation": {
			text: "Xiling Museum was visited by a delegation from Qiantang University on Monday.",
			want: []string{"Qiantang University|visited|Xiling Museum"},
			not:  []string{"Xiling Museum|visited|Qiantang University"},
		},
		"PassiveVisitedByPerson": {
			text: "Beihai Steel Group was visited by Zhou Ping, president of Qiantang University.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"WhereHeVisited": {
			text: "Zhou Ping, president of Qiantang University, travelled to Beihai, where he visited Beihai Steel Group.",
			want: []string{"Zhou Ping|visited|Beihai", "Zhou Ping|visited|Beihai Steel Group"},
		},
		"HisDelegationWhoCameTo": {
			text: "Tang Li, mayor of Beihai, met with Zhou Ping, president of Qiantang University, and his delegation, who came to Beihai for a visit.",
			want: []string{"Zhou Ping|visited|Beihai", "Qiantang University|visited|Beihai"},
			not:  []string{"Tang Li|visited|Beihai"},
		},
		"BarePlaceBesideKnownPlace": {
			text: "Zhou Ping, president of Qiantang University, visited Xiling and Jinan last week.",
			want: []string{"Zhou Ping|visited|Xiling", "Qiantang University|visited|Jinan"},
		},
		"ThenWentToSharesSubject": {
			text: "Zhou Ping, president of Qiantang University, first visited Beihai Steel Group, then went to Xiling Port Group.",
			want: []string{"Zhou Ping|visited|Xiling Port Group", "Qiantang University|visited|Xiling Port Group"},
			not:  []string{"Beihai Steel Group|visited|Xiling Port Group"},
		},
		"AccompaniedByHostIsNoVisitor": {
			text: "A delegation of Qiantang University visited Beihai. Accompanied by Ma Lin, vice mayor of Beihai, the delegation then went to Beihai Museum.",
			want: []string{"Qiantang University|visited|Beihai Museum"},
			not:  []string{"Ma Lin|visited|Beihai Museum"},
		},
		"InviterPersonIsNoVisitor": {
			text: "At the invitation of Zhou Ping, president of Qiantang University, Tang Li, mayor of Beihai, visited Xiling Museum.",
			want: []string{"Tang Li|visited|Xiling Museum"},
			not:  []string{"Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Xiling Museum"},
		},
		"SupporterIsNoVisitor": {
			text: "With the support of Ma Lin, chairman of Beihai Steel Group, Zhou Ping, president of Qiantang University, visited Xiling Museum.",
			want: []string{"Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Xiling Museum"},
			not:  []string{"Ma Lin|visited|Xiling Museum", "Beihai Steel Group|visited|Xiling Museum"},
		},
		"SiteOfBodyVisited": {
			text: "Zhou Ping, president of Qiantang University, visited the Xiling campus of Donghu University.",
			want: []string{"Zhou Ping|visited|Donghu University", "Qiantang University|visited|Donghu University"},
			not:  []string{"Qiantang University|visited|Xiling"},
		},
		"TheGuestsVisited": {
			text: "Ma Lin, Chairman of Beihai Steel Group, led a delegation to Donghu University. The guests visited the university's State Key Laboratory of Advanced Steel.",
			want: []string{"Beihai Steel Group|visited|State Key Laboratory of Advanced Steel, Donghu University"},
		},
		"DatedObjectsList": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai Steel Group on May 3 and Xiling Museum on May 4.",
			want: []string{"Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Beihai Steel Group"},
		},
		"DatedObjectThenOtherVerb": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai Steel Group on Monday and Ma Lin signed with Xiling Museum.",
			not:  []string{"Zhou Ping|visited|Xiling Museum"},
		},
		"ResearchInPlace": {
			text: "Experts from Qiantang University conducted research in Xiling County on May 3.",
			want: []string{"Qiantang University|visited|Xiling County"},
		},
		"StudyTourTo": {
			text: "Zhou Ping, president of Qiantang University, went on a study tour to Beihai Steel Group.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"WelcomeToResearchInPlaceIsNone": {
			text: "The Xiling Academy will also welcome visiting experts and scholars to conduct research in Xiling County.",
			not:  []string{"Xiling Academy|visited|Xiling County"},
		},
		"ResearchInFieldIsNone": {
			text: "Experts from Qiantang University conducted research in Marine Biology with Beihai Steel Group.",
			not:  []string{"Qiantang University|visited|Beihai Steel Group"},
		},
		"MetTheBodyDelegation": {
			text: "Tang Li, mayor of Beihai, met with the Qiantang University delegation in Beihai on Monday.",
			want: []string{"Qiantang University|visited|Beihai"},
			not:  []string{"Beihai|visited|Qiantang University"},
		},
		// what must not come out
		"WillVisitIsNone": {
			text: "Zhou Ping, president of Qiantang University, will visit Beihai Steel Group next month.",
			not:  []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"CalledOnToUrgeIsNone": {
			text: "Zhou Ping called on Qiantang University and Beihai Steel Group to deepen cooperation.",
			not:  []string{"Zhou Ping|visited|Qiantang University", "Zhou Ping|visited|Beihai Steel Group"},
		},
		"HopedVisitOfIsNone": {
			text: "Zhou Ping, president of Qiantang University, hopes that the visit of Beihai Steel Group to the university will deepen ties.",
			not:  []string{"Beihai Steel Group|visited|Qiantang University"},
		},
		"WillingToSendDelegationIsNone": {
			text: "Zhou Ping, president of Qiantang University, said that Qiantang University is willing to send a delegation to Beihai.",
			not:  []string{"Qiantang University|visited|Beihai", "Zhou Ping|visited|Beihai"},
		},
		"HostIsNoVisitor": {
			text: "Xiling Museum received Zhou Ping, president of Qiantang University, on Monday.",
			want: []string{"Qiantang University|visited|Xiling Museum"},
			not:  []string{"Xiling Museum|visited|Qiantang University"},
		},
		"AccompanyingHostIsNoVisitor": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai Steel Group on Monday, accompanied by Tang Li, mayor of Beihai.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Beihai|visited|Beihai Steel Group"},
		},
		"InviterIsNoVisitor": {
			text: "At the invitation of Beihai Steel Group, Zhou Ping, president of Qiantang University, made a trip to Beihai.",
			want: []string{"Qiantang University|visited|Beihai"},
			not:  []string{"Beihai Steel Group|visited|Beihai"},
		},
		"VisitPlannedByNounIsNone": {
			text: "Qiantang University and Beihai Steel Group signed an agreement. Zhou Ping hopes to pay a visit to Xiling Museum next year.",
			not:  []string{"Zhou Ping|visited|Xiling Museum"},
		},
	})
}

// TestNameGrammarBases checks issue 12's class 6: where a base is, who
// hosts it, and places named without a suffix or with their province.
func TestNameGrammarBases(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"SetUpBaseInPlace": {
			text: "Qiantang University set up a practice base in Beihai.",
			want: []string{"Qiantang University|hosts-base-at|Beihai"},
		},
		"WhichXSetUpInPlaceUnveiledByPartner": {
			text: "The plaque of the workstation, which Qiantang University set up in Beihai, was unveiled by Beihai Steel Group.",
			want: []string{"Qiantang University|hosts-base-at|Beihai"},
			not:  []string{"Beihai Steel Group|hosts-base-at|Beihai"},
		},
		"PossessiveBaseInPlace": {
			text: "Qiantang University's practice base in Jinan was opened on Monday.",
			want: []string{"Qiantang University|hosts-base-at|Jinan"},
		},
		"BaseOfXLocatedIn": {
			text: "The teaching base of Qiantang University is located in Xiling County, Donghu Province.",
			want: []string{"Qiantang University|hosts-base-at|Xiling County"},
			not:  []string{"Qiantang University|hosts-base-at|Donghu"},
		},
		"NamedBaseSetUpAtBody": {
			text: "The Qiantang University Innovation Workstation was set up at Beihai Steel Group on Monday.",
			want: []string{"Qiantang University|hosts-base-at|Beihai Steel Group"},
		},
		"PlaqueOfNamedBaseUnveiledAt": {
			text: "The plaque of the \"Qiantang University Teaching Practice Base\" was unveiled at Xiling Museum.",
			want: []string{"Qiantang University|hosts-base-at|Xiling Museum"},
		},
		"ItsFirstCentreInPlaceProvince": {
			text: "Qiantang University established its first overseas teaching center in Beihai, Donghu Province, on Monday.",
			want: []string{"Qiantang University|hosts-base-at|Beihai"},
			not:  []string{"Qiantang University|hosts-base-at|Donghu"},
		},
		"PartnerUnveilingPlaqueIsNoHost": {
			text: "Tang Li, mayor of Beihai, and Zhou Ping, president of Qiantang University, unveiled the plaque for the Beihai base of Qiantang University.",
			want: []string{"Qiantang University|hosts-base-at|Beihai"},
			not:  []string{"Beihai|hosts-base-at|Qiantang University"},
		},
		"ListedAsBaseOf": {
			text: "Xiling Museum was listed as a science popularisation base of Qiantang University.",
			want: []string{"Qiantang University|hosts-base-at|Xiling Museum"},
			not:  []string{"Xiling Museum|hosts-base-at|Qiantang University"},
		},
		"NamedBaseLocatedIn": {
			text: "The Qiantang University Xiling Research Station, located in Xiling County, was opened.",
			want: []string{"Qiantang University|hosts-base-at|Xiling County"},
		},
		// places named without a suffix: the article says elsewhere that
		// the bare name is a place
		"PlaceByPossessivePost": {
			text: "Xiling's mayor, Tang Li, met Zhou Ping. Zhou Ping, president of Qiantang University, visited Xiling on Monday.",
			want: []string{"Tang Li|leads|Xiling", "Qiantang University|visited|Xiling"},
		},
		"PlaceByPrefixedPost": {
			text: "Xiling Mayor Tang Li met Zhou Ping, president of Qiantang University, who visited Xiling on Monday.",
			want: []string{"Tang Li|leads|Xiling", "Zhou Ping|visited|Xiling"},
		},
		"PlaceByLaterApposition": {
			text: "Qiantang University set up a practice base in Xiling. Xiling, a prefecture-level city, is known for tea.",
			want: []string{"Qiantang University|hosts-base-at|Xiling"},
		},
		"PlaceByCountyApposition": {
			text: "Qiantang University signed an agreement with Xiling, a county in Donghu Province. Zhou Ping, president of Qiantang University, visited Xiling last week.",
			want: []string{"Qiantang University|visited|Xiling"},
			not:  []string{"Qiantang University|visited|Donghu"},
		},
		"AwardedTitleOfNamedBase": {
			text: "Beihai Steel Group was awarded the title of \"Qiantang University Internship Base\".",
			want: []string{"Qiantang University|hosts-base-at|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|hosts-base-at|Qiantang University"},
		},
		"AwardedPlaqueOfNamedBaseTo": {
			text: "Zhou Ping awarded the plaque of \"Qiantang University Student Practice Base\" to Beihai Steel Group.",
			want: []string{"Qiantang University|hosts-base-at|Beihai Steel Group"},
		},
		"TheBaseIsLocatedInBackRef": {
			text: "Qiantang University held the inauguration ceremony of its Beihai Research Base on Monday. The base is located in Xiling Town, Beihai County.",
			want: []string{"Qiantang University|hosts-base-at|Xiling Town"},
		},
		"BasesInBodiesSuchAs": {
			text: "Qiantang University has built 20 practice bases in enterprises such as Beihai Steel Group and Xiling Port Group.",
			want: []string{"Qiantang University|hosts-base-at|Beihai Steel Group", "Qiantang University|hosts-base-at|Xiling Port Group"},
		},
		"CentreForTopicAtBody": {
			text: "Qiantang University and Beihai Museum co-founded a research center for local history at the museum.",
			want: []string{"Qiantang University|hosts-base-at|Beihai Museum"},
			not:  []string{"Beihai Museum|hosts-base-at|Qiantang University"},
		},
		"WorkstationThatXSetUpIn": {
			text: "Tang Li, mayor of Beihai, unveiled the plaque for the workstation that Qiantang University set up in Xiling County.",
			want: []string{"Qiantang University|hosts-base-at|Xiling County"},
			not:  []string{"Beihai|hosts-base-at|Xiling County"},
		},
		"PartnerFirstUnveilingOwnersBase": {
			text: "Ma Lin, chairman of Beihai Steel Group, and Zhou Ping, president of Qiantang University, unveiled the plaque of the \"Qiantang University Postgraduate Workstation\".",
			want: []string{"Qiantang University|hosts-base-at|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|hosts-base-at|Qiantang University"},
		},
		"CeremonyOfNamedBaseHeldAtNumberedSchool": {
			text: "On September 20, the unveiling ceremony of the Donghu Normal University Education Practice Base was held at Xiling No. 1 Middle School in Xiling County.",
			want: []string{"Donghu Normal University|hosts-base-at|Xiling No. 1 Middle School"},
			not:  []string{"Donghu Normal University|hosts-base-at|Middle School"},
		},
		"TwoNamedBasesOneOfAUnit": {
			text: "The ceremony was held at Xiling Fort Museum. Prof. Ma Lin, Dean of the Faculty of History of Qiantang University, attended. Tang Li and Ma Lin jointly inaugurated the \"Qiantang University Social Practice Base\" and \"Qiantang University Faculty of History Teaching Base\".",
			want: []string{"Qiantang University|hosts-base-at|Xiling Fort Museum", "Faculty of History, Qiantang University|hosts-base-at|Xiling Fort Museum"},
		},
		"JointlySetUpByInPlace": {
			text: "The practice base was jointly set up by Qiantang University and Beihai Steel Group in Xiling County.",
			want: []string{"Qiantang University|hosts-base-at|Xiling County", "Beihai Steel Group|hosts-base-at|Xiling County"},
		},
		"BasesInListOfPlaces": {
			text: "Qiantang University has set up workstations in Beihai, Xiling and Jinan.",
			want: []string{"Qiantang University|hosts-base-at|Beihai", "Qiantang University|hosts-base-at|Jinan"},
		},
		"BecameBaseForStudentsOf": {
			text: "Xiling Museum became a practice base for students of Qiantang University.",
			want: []string{"Qiantang University|hosts-base-at|Xiling Museum"},
			not:  []string{"Xiling Museum|hosts-base-at|Qiantang University"},
		},
	})
}

// TestNameGrammarSubunits checks issue 12's class 7: sub-units named in
// lower case or loosely belong to their parent, and the unit, not the
// parent, is the party of what the sentence says.
func TestNameGrammarSubunits(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"LowerSchoolOfFieldOfX": {
			text: "The school of law of Qiantang University signed an agreement with Beihai Court.",
			want: []string{"school of law, Qiantang University|part-of|Qiantang University", "school of law, Qiantang University|signed-with|Beihai Court"},
			not:  []string{"Qiantang University|signed-with|Beihai Court"},
		},
		"PossessiveLowerCollegeOfField": {
			text: "Qiantang University's college of marine science signed an agreement with Beihai Steel Group.",
			want: []string{"college of marine science, Qiantang University|part-of|Qiantang University", "college of marine science, Qiantang University|signed-with|Beihai Steel Group"},
		},
		"DeanOfLowerCollegeOfX": {
			text: "Zhou Ping, dean of the college of chemistry of Qiantang University, visited Beihai Steel Group.",
			want: []string{"Zhou Ping|leads|college of chemistry, Qiantang University", "college of chemistry, Qiantang University|part-of|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Qiantang University"},
		},
		"BackRefPossessiveLowerSchool": {
			text: "Qiantang University signed an agreement with Beihai Steel Group. The university's school of materials will train engineers for the company.",
			want: []string{"school of materials, Qiantang University|part-of|Qiantang University"},
		},
		"ItsSubsidiary": {
			text: "Beihai Steel Group and its subsidiary Beihai Steel Trading Co., Ltd. signed an agreement with Qiantang University.",
			want: []string{"Beihai Steel Trading Co., Ltd., Beihai Steel Group|part-of|Beihai Steel Group"},
		},
		"AffiliatedToApposition": {
			text: "Xiling Hospital, affiliated to Qiantang Medical University, signed an agreement with Beihai County.",
			want: []string{"Xiling Hospital, Qiantang Medical University|part-of|Qiantang Medical University"},
			not:  []string{"Qiantang Medical University|signed-with|Beihai County"},
		},
		"InstituteUnderX": {
			text: "The Institute of Oceanography under Qiantang University signed an agreement with Beihai Port Group.",
			want: []string{"Institute of Oceanography, Qiantang University|part-of|Qiantang University"},
		},
		"LowerUnitOfTheBackRef": {
			text: "Qiantang University signed an agreement with Beihai Museum. The school of history of the university will send students.",
			want: []string{"school of history, Qiantang University|part-of|Qiantang University"},
		},
		"DirectorOfLowerDepartmentOfSpeciality": {
			text: "Ma Lin, director of the department of cardiology of Xiling Hospital, visited Beihai County.",
			want: []string{"Ma Lin|leads|department of cardiology, Xiling Hospital", "department of cardiology, Xiling Hospital|part-of|Xiling Hospital"},
			not:  []string{"Ma Lin|leads|Xiling Hospital"},
		},
		"LowerModifiedUnitOfX": {
			text: "The first affiliated hospital of Qiantang Medical University signed an agreement with Beihai County.",
			want: []string{"first affiliated hospital, Qiantang Medical University|part-of|Qiantang Medical University", "first affiliated hospital, Qiantang Medical University|signed-with|Beihai County"},
			not:  []string{"Qiantang Medical University|signed-with|Beihai County"},
		},
		"ItsAffiliatedMiddleSchool": {
			text: "Qiantang University and its affiliated middle school signed an agreement with Beihai County.",
			want: []string{"affiliated middle school, Qiantang University|part-of|Qiantang University"},
		},
		"PlaceBranchOfBank": {
			text: "The Beihai branch of Qiantang Bank signed an agreement with Qiantang University.",
			want: []string{"Beihai branch, Qiantang Bank|part-of|Qiantang Bank", "Beihai branch, Qiantang Bank|signed-with|Qiantang University"},
			not:  []string{"Beihai|signed-with|Qiantang University", "Qiantang Bank|signed-with|Qiantang University"},
		},
		"CampusIsNoUnit": {
			text: "Qiantang Polytechnic and Beihai Steel Group will build an industry college on the Xiling campus of Qiantang Polytechnic.",
			not:  []string{"Xiling campus, Qiantang Polytechnic|part-of|Qiantang Polytechnic"},
		},
		"BothAffiliatedTo": {
			text: "Xiling Hospital and Donghu Hospital, both affiliated to Qiantang Medical University, signed agreements with Beihai County.",
			want: []string{"Xiling Hospital, Qiantang Medical University|part-of|Qiantang Medical University", "Donghu Hospital, Qiantang Medical University|part-of|Qiantang Medical University"},
			not:  []string{"Qiantang Medical University|signed-with|Beihai County"},
		},
		"BothSubsidiariesOf": {
			text: "Beihai Mining Co., Ltd. and Beihai Trading Co., Ltd., both subsidiaries of Beihai Steel Group, signed an agreement with Qiantang University.",
			want: []string{"Beihai Mining Co., Ltd., Beihai Steel Group|part-of|Beihai Steel Group", "Beihai Trading Co., Ltd., Beihai Steel Group|part-of|Beihai Steel Group"},
		},
		"TheHospitalsAffiliatedTo": {
			text: "Xiling Hospital and Donghu Hospital, the hospitals affiliated to Qiantang Medical University, signed agreements with Beihai County.",
			want: []string{"Xiling Hospital, Qiantang Medical University|part-of|Qiantang Medical University", "Donghu Hospital, Qiantang Medical University|part-of|Qiantang Medical University"},
			not:  []string{"Qiantang Medical University|signed-with|Beihai County"},
		},
		"TheSchoolAttachedTo": {
			text: "Xiling Middle School, the school attached to Qiantang Normal University, signed an agreement with Beihai Museum.",
			want: []string{"Xiling Middle School, Qiantang Normal University|part-of|Qiantang Normal University"},
			not:  []string{"Qiantang Normal University|signed-with|Beihai Museum"},
		},
		"BothLocatedInIsNoPart": {
			text: "Qiantang University and Beihai Museum, both located in Beihai, signed an agreement.",
			want: []string{"Qiantang University|signed-with|Beihai Museum"},
		},
		"PrefixedUnitOfUnnamedParent": {
			text: "Qiantang University School of Law signed an agreement with Beihai Court.",
			want: []string{"Qiantang University School of Law|part-of|Qiantang University", "Qiantang University School of Law|signed-with|Beihai Court"},
		},
		"PrefixedAffiliatedHospital": {
			text: "Qiantang University Affiliated Hospital signed an agreement with Xiling County.",
			want: []string{"Qiantang University Affiliated Hospital|part-of|Qiantang University"},
		},
		"CentreNamedAfterCollegeIsNoUnit": {
			text: "Qiantang Industrial Internet College Joint Innovation Center was set up in Beihai.",
			not:  []string{"Qiantang Industrial Internet College Joint Innovation Center|part-of|Qiantang Industrial Internet College"},
		},
		"TheLibraryOfX": {
			text: "The Library of Qiantang University signed an agreement with Beihai Museum.",
			want: []string{"Library, Qiantang University|part-of|Qiantang University", "Library, Qiantang University|signed-with|Beihai Museum"},
			not:  []string{"Qiantang University|signed-with|Beihai Museum"},
		},
		"CuratorOfTheMuseumOfX": {
			text: "Zhou Ping, curator of the Museum of Qiantang University, attended.",
			want: []string{"Zhou Ping|leads|Museum, Qiantang University"},
			not:  []string{"Zhou Ping|leads|Qiantang University"},
		},
		"MuseumOfFieldIsItsOwnName": {
			text: "The Museum of Natural History signed an agreement with Qiantang University.",
			want: []string{"Museum of Natural History|signed-with|Qiantang University"},
		},
		"CommaUnderApposition": {
			text: "Beihai Museum, under the Beihai Culture Bureau, signed an agreement with Qiantang University.",
			want: []string{"Beihai Museum, Beihai Culture Bureau|part-of|Beihai Culture Bureau"},
			not:  []string{"Beihai Culture Bureau|signed-with|Qiantang University"},
		},
		"RoleDirectlyUnderApposition": {
			text: "Beihai Hospital, a hospital directly under Qiantang Medical University, signed an agreement with Xiling County.",
			want: []string{"Beihai Hospital, Qiantang Medical University|part-of|Qiantang Medical University"},
			not:  []string{"Qiantang Medical University|signed-with|Xiling County"},
		},
		"PossessiveRoleApposition": {
			text: "Xiling Hospital, Qiantang University's teaching hospital, signed an agreement with Beihai County.",
			want: []string{"Xiling Hospital, Qiantang University|part-of|Qiantang University", "Xiling Hospital, Qiantang University|signed-with|Beihai County"},
			not:  []string{"teaching hospital, Qiantang University|signed-with|Beihai County"},
		},
		"UnderTheLeadershipOfIsNoPart": {
			text: "Beihai Museum, under the leadership of Beihai Culture Bureau, signed an agreement with Qiantang University.",
			not:  []string{"Beihai Museum, Beihai Culture Bureau|part-of|Beihai Culture Bureau"},
		},
		"LowerUnitOfTheNamedBody": {
			text: "The institute of physics of the Donghu Academy of Sciences signed an agreement with Beihai Steel Group.",
			want: []string{"institute of physics, Donghu Academy of Sciences|part-of|Donghu Academy of Sciences", "institute of physics, Donghu Academy of Sciences|signed-with|Beihai Steel Group"},
			not:  []string{"Donghu Academy of Sciences|signed-with|Beihai Steel Group"},
		},
		"PossessiveUnitOfUnlistedField": {
			text: "Qiantang University's school of viticulture, founded in 2001, signed an agreement with Beihai Winery Group.",
			want: []string{"school of viticulture, Qiantang University|part-of|Qiantang University"},
		},
		"DeanOfTheBareLowerSchool": {
			text: "Qiantang University signed an agreement with Beihai Port Group. Ma Lin, dean of the school of navigation, spoke.",
			want: []string{"Ma Lin|leads|school of navigation, Qiantang University"},
			not:  []string{"Ma Lin|leads|Beihai Port Group"},
		},
		"LowerUnitEndsBeforeVerb": {
			text: "Qiantang University signed an agreement with Beihai Steel Group. The university's school of mining will train engineers.",
			want: []string{"school of mining, Qiantang University|part-of|Qiantang University"},
			not:  []string{"school of mining will train engineers, Qiantang University|part-of|Qiantang University"},
		},
		// a lower-case phrase that is no unit's name
		"LowerFieldPhraseIsNoUnit": {
			text: "Qiantang University signed an agreement with Beihai Steel Group on the training of engineers of the school of thought.",
			not:  []string{"school of thought, Qiantang University|part-of|Qiantang University"},
		},
	})
}

// TestNameGrammarResolution checks issue 12's class 8: generic
// descriptions are never aliases, abbreviations bind to the body they are
// defined for, back-references go to the last body of their kind.
func TestNameGrammarResolution(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"AbbreviationDefinedForSecond": {
			text: "Quzhou Science and Technology Museum and Qiantang Science and Technology Museum (QSTM) signed an agreement. Zhou Ping, director of QSTM, spoke.",
			want: []string{"Zhou Ping|leads|Qiantang Science and Technology Museum"},
			not:  []string{"Zhou Ping|leads|Quzhou Science and Technology Museum"},
		},
		"AbbreviationDefinedForFirst": {
			text: "Qiantang University (QU) signed an agreement with Quzhou University. Zhou Ping, president of QU, spoke.",
			want: []string{"Zhou Ping|leads|Qiantang University"},
			not:  []string{"Zhou Ping|leads|Quzhou University"},
		},
		"AbbreviationDecidedByContext": {
			text: "Qiantang Science and Technology Museum and Quzhou Science and Technology Museum signed an agreement. Zhou Ping, director of QSTM, said the museum in Qiantang would open a new hall.",
			want: []string{"Zhou Ping|leads|Qiantang Science and Technology Museum"},
			not:  []string{"Zhou Ping|leads|Quzhou Science and Technology Museum"},
		},
		"AbbreviationDecidedByContextOtherOrder": {
			text: "Quzhou Science and Technology Museum and Qiantang Science and Technology Museum signed an agreement. Zhou Ping, director of QSTM, said the museum in Quzhou would open a new hall.",
			want: []string{"Zhou Ping|leads|Quzhou Science and Technology Museum"},
			not:  []string{"Zhou Ping|leads|Qiantang Science and Technology Museum"},
		},
		"AbbreviationOfQualifiedUnit": {
			text: "Qiantang University (QU) and its School of Law (QULS) signed agreements with Beihai Court. Ma Lin, dean of QULS, spoke.",
			want: []string{"Ma Lin|leads|School of Law, Qiantang University"},
			not:  []string{"Ma Lin|leads|QULS", "Ma Lin|leads|Qiantang University"},
		},
		"AbbreviatedUnitOfX": {
			text: "Dean Wu Hai of the School of Business Administration (SBA) of Qiantang University visited Beihai Group. Wu Hai said SBA will send students to Beihai Group.",
			want: []string{"School of Business Administration, Qiantang University|part-of|Qiantang University", "Wu Hai|leads|School of Business Administration, Qiantang University"},
		},
		"BackRefCentre": {
			text: "Qiantang University signed an agreement with the Beihai Marine Research Centre. Ma Lin, director of the Centre, said the Centre would host students.",
			want: []string{"Ma Lin|leads|Beihai Marine Research Centre"},
			not:  []string{"Ma Lin|leads|Qiantang University"},
		},
		"BackRefGroup": {
			text: "Beihai Steel Group signed an agreement with Qiantang University. Zhou Ping, chairman of the Group, attended.",
			want: []string{"Zhou Ping|leads|Beihai Steel Group"},
		},
		"BackRefLastOfItsKind": {
			text: "The Beihai Marine Research Centre and Qiantang University signed an agreement. The Xiling Data Centre joined later. Ma Lin, director of the Centre, spoke.",
			want: []string{"Ma Lin|leads|Xiling Data Centre"},
			not:  []string{"Ma Lin|leads|Beihai Marine Research Centre"},
		},
		"MunicipalGovernmentIsItsCity": {
			text: "Beihai Municipal People's Government signed an agreement with Qiantang University. Tang Li, mayor of the municipal government, spoke.",
			want: []string{"Beihai|signed-with|Qiantang University", "Tang Li|leads|Beihai"},
		},
	})
}

// TestGenericDescriptionsAreNoAliases: "the university", "the municipal
// government", "the two sides" refer within the article; none is kept on
// a node, and two bodies they describe stay two.
func TestGenericDescriptionsAreNoAliases(t *testing.T) {
	for name, text := range map[string]string{
		"UniversityAndGovernment": "Qiantang University signed an agreement with Beihai Municipal Government. The university will send experts; the municipal government will provide funds. The two sides agreed to meet yearly.",
		"GroupAndBothParties":     "Qiantang University and the Beihai Steel Group signed an agreement. The two sides will build a lab. Ma Lin, chairman of the group, said both parties benefit.",
		"TwoCitiesOneGovernment":  "Beihai Municipal Government signed an agreement with Xiling Municipal Government. The municipal government of Beihai will fund the project, the city party committee said.",
	} {
		t.Run(name, func(t *testing.T) {
			x, err := Extract(quads.Article{Text: text})
			if err != nil {
				t.Fatal(err)
			}
			places := 0
			for _, e := range x.Entities {
				if e.Type == quads.Place {
					places++
				}
				for _, a := range e.Aliases {
					if quads.IsGenericName(a) {
						t.Errorf("%s has the generic alias %q", e.Name, a)
					}
				}
			}
			if name == "TwoCitiesOneGovernment" && places != 2 {
				t.Errorf("want the two cities as two places, got %d: %v", places, x.Entities)
			}
		})
	}
}
