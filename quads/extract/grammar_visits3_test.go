package extract

import "testing"

// TestNameGrammarVisits3 checks the third round of issue 12's class 12 on
// invented sentences: a fieldwork noun reports a stay only as the object of
// a verb of doing; a delegation led to an occasion names the visitors a
// later "the delegation" means; a plural post or a plural delegation noun
// stands for the visitors named before; a unit listed with "its" after a
// visited body was visited too; "the county hospital" is the county's
// hospital the article names; the signers who sign at another signer's
// premises are the delegation a later sentence speaks of; a host who
// welcomed "the guests from X" or met "P and his party" received them; a
// visit that is only possible or agreed is none, nor is a speaker a visitor
// of the visit they report; who goes "together with" a visitor and "its
// president P" who leads a delegation visited too; "the president" is the
// one of the last visitors with that post, "the two" the last visitors; who
// a host met in a place was in that place; a body named without its
// corporate suffix ("Linhe Robot's plant") is the body.
func TestNameGrammarVisits3(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// fieldwork: a verb of doing makes it a stay, a topic does not
		"CarriedOutSurveyInPlace": {
			text: "Experts from Qiantang University carried out an in-depth survey in Xiling County on May 3.",
			want: []string{"Qiantang University|visited|Xiling County"},
		},
		"ConductedFieldResearchInPlace": {
			text: "Teachers of Donghu University conducted field research in Linhe County last week.",
			want: []string{"Donghu University|visited|Linhe County"},
		},
		"ResearchInPlaceAsTopicIsNone": {
			text: "Qiantang University and Fenglin University signed a memorandum of understanding on joint education and research in Xiling County.",
			not:  []string{"Qiantang University|visited|Xiling County", "Fenglin University|visited|Xiling County"},
		},
		"CooperationInResearchInPlaceIsNone": {
			text: "Donghu University and Linhe Museum will deepen cooperation in teaching and research in Xiling County.",
			not:  []string{"Donghu University|visited|Xiling County", "Linhe Museum|visited|Xiling County"},
		},
		// a delegation led to an occasion: "the delegation" later is its leader's body's
		"LedDelegationToSigningThenVisited": {
			text: "Prof. Zhou Ping, president of Qiantang University, led a five-member delegation to the signing. The delegation also visited Beihai Steel Group, a steel maker in Xiling.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Qiantang University|visited|Xiling"},
		},
		"HeadedDelegationToCeremonyThenToured": {
			text: "Gao Yun, director of Linhe Museum, headed a delegation to the opening ceremony in May. After the ceremony, the delegation toured Xiling Chemical Co., Ltd.",
			want: []string{"Linhe Museum|visited|Xiling Chemical Co., Ltd."},
		},
		"PlannedDelegationToExpoIsNoVisitor": {
			text: "Ma Lin, chairman of Beihai Steel Group, plans to lead a delegation to the expo next year. The delegation also visited Fenglin University.",
			not:  []string{"Beihai Steel Group|visited|Fenglin University", "Ma Lin|visited|Fenglin University"},
		},
		"HostWhoSpokeAtSigningIsNoVisitor": {
			text: "Prof. Zhou Ping, president of Qiantang University, led a delegation to the signing. Ma Lin, chairman of Beihai Steel Group, addressed the ceremony. The delegation also visited Xiling Museum.",
			want: []string{"Qiantang University|visited|Xiling Museum"},
			not:  []string{"Beihai Steel Group|visited|Xiling Museum", "Ma Lin|visited|Xiling Museum"},
		},
		// a plural post: the persons named with it, those among the visitors
		"PluralPostAndTheirPartyVisited": {
			text: "On May 3, deputy mayors Tang Li and Gao Yun of Beihai came to Donghu University. Zhou Ping, president of Donghu University, met with the guests. After the meeting, the deputy mayors and their party visited the Key Laboratory of Marine Biology of Donghu University.",
			want: []string{"Tang Li|visited|Key Laboratory of Marine Biology*", "Gao Yun|visited|Key Laboratory of Marine Biology*"},
			not:  []string{"Zhou Ping|visited|Key Laboratory of Marine Biology*"},
		},
		"TwoVicePresidentsToured": {
			text: "Vice presidents Lu Qiang and Ma Lin of Qiantang University attended the signing at Xiling Museum. The two vice presidents then toured Beihai Steel Group.",
			want: []string{"Lu Qiang|visited|Beihai Steel Group", "Ma Lin|visited|Beihai Steel Group"},
		},
		"PluralPostNamingItsPersonsIsReadWithThem": {
			text: "Deputy mayors Tang Li and Gao Yun of Beihai visited Donghu University. Zhou Ping, president of Donghu University, met them.",
			want: []string{"Tang Li|visited|Donghu University", "Gao Yun|visited|Donghu University"},
			not:  []string{"Zhou Ping|visited|Donghu University"},
		},
		"SingularPostIsNoGroup": {
			text: "Deputy mayor Tang Li of Beihai met Zhou Ping, president of Donghu University. The deputy mayor said the city would help.",
			not:  []string{"Tang Li|visited|Donghu University"},
		},
		// a plural delegation after a back-reference: each body of that kind
		"UniversityDelegationsVisited": {
			text: "On June 1, Fenglin University and Qiantang University joined the Beihai Science Park Alliance. Before the ceremony, the university delegations visited Xiling Chemical Co., Ltd. and Linhe Robotics Co., Ltd.",
			want: []string{"Fenglin University|visited|Xiling Chemical Co., Ltd.", "Qiantang University|visited|Xiling Chemical Co., Ltd.",
				"Fenglin University|visited|Linhe Robotics Co., Ltd.", "Qiantang University|visited|Linhe Robotics Co., Ltd."},
		},
		"OneUniversityDelegationIsItsOwn": {
			text: "On June 1, Fenglin University joined the Beihai Science Park Alliance with Xiling Chemical Co., Ltd. Before the ceremony, the university delegation visited Linhe Robotics Co., Ltd.",
			want: []string{"Fenglin University|visited|Linhe Robotics Co., Ltd."},
			not:  []string{"Xiling Chemical Co., Ltd.|visited|Linhe Robotics Co., Ltd."},
		},
		"VisitedUniversityIsNoDelegation": {
			text: "Fenglin University and Qiantang University signed an agreement. The university delegations visited the museum of Qiantang University.",
			not:  []string{"Qiantang University|visited|Qiantang University"},
		},
		// a unit listed with "its" after the body visited
		"VisitedBodyAndItsSchool": {
			text: "Song Lan, general manager of Beihai Steel Group, visited Donghu University and its School of Automotive Engineering.",
			want: []string{"Song Lan|visited|Donghu University", "Song Lan|visited|School of Automotive Engineering*"},
		},
		"VisitedBodyAndItsPartnersIsNoUnit": {
			text: "Song Lan, general manager of Beihai Steel Group, visited Donghu University and its partners in Xiling.",
			want: []string{"Song Lan|visited|Donghu University"},
			not:  []string{"Song Lan|visited|Xiling"},
		},
		// "the county hospital": the one body with that head named with the level
		"VisitedTheCountyHospital": {
			text: "Doctors of Donghu University Hospital will train staff of Linhe County People's Hospital. The next day, Zhou Ping, president of Donghu University Hospital, went to Linhe County and visited the county hospital.",
			want: []string{"Zhou Ping|visited|Linhe County People's Hospital"},
		},
		"TouredTheCityMuseum": {
			text: "The Xiling City Museum lent objects to Donghu University. On Monday, Zhou Ping, president of Donghu University, toured the city museum.",
			want: []string{"Zhou Ping|visited|Xiling City Museum", "Donghu University|visited|Xiling City Museum"},
		},
		"TwoCountyHospitalsIsNone": {
			text: "Linhe County People's Hospital and Beishan County Hospital joined the alliance. Zhou Ping, president of Donghu University, visited the county hospital.",
			not:  []string{"Zhou Ping|visited|Linhe County People's Hospital", "Zhou Ping|visited|Beishan County Hospital"},
		},
		"CountyHospitalWithoutCountyBodyIsNone": {
			text: "Donghu University Hospital signed with Linhe County. Zhou Ping, president of Donghu University, visited the county hospital.",
			not:  []string{"Zhou Ping|visited|Donghu University Hospital"},
		},
		// a signing at one signer's premises: the others are "the delegation" later
		"SignedAtCompanyHeadquartersThenDelegation": {
			text: "Chairman Ma Lin of Fengtai spoke. On May 3, Linhe Polytechnic and Fengtai, a maker of magnets in Xiling, signed an agreement at the company's headquarters. The delegation also visited Xiling Museum near the plant.",
			want: []string{"Linhe Polytechnic|visited|Xiling Museum"},
			not:  []string{"Fengtai|visited|Xiling Museum", "Linhe Polytechnic|visited|Fengtai"},
		},
		"SignedAtHostCampusThenDelegation": {
			text: "Beihai Steel Group and Donghu University signed a framework agreement at Donghu University's Xishan campus. The delegation also toured Linhe Museum.",
			want: []string{"Beihai Steel Group|visited|Linhe Museum"},
			not:  []string{"Donghu University|visited|Linhe Museum"},
		},
		"SignedAtThirdVenueNamesNoDelegation": {
			text: "Beihai Steel Group and Donghu University signed a framework agreement at Xiling Conference Center. The delegation also toured Linhe Museum.",
			not:  []string{"Beihai Steel Group|visited|Linhe Museum", "Donghu University|visited|Linhe Museum"},
		},
		// the host's side: "welcomed the guests from X", "met with P and his party"
		"WelcomedTheGuestsFromBody": {
			text: "Gao Yun, president of Donghu University, warmly welcomed the guests from Beihai Steel Group.",
			want: []string{"Beihai Steel Group|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Donghu University", "Donghu University|visited|Beihai Steel Group"},
		},
		"ReceivedTheVisitorsFromTwoBodies": {
			text: "Linhe Museum received the visitors from Beihai Steel Group and Xiling Chemical Co., Ltd. on Monday.",
			want: []string{"Beihai Steel Group|visited|Linhe Museum", "Xiling Chemical Co., Ltd.|visited|Linhe Museum"},
		},
		"GuestsFromPlaceAreNoBody": {
			text: "Gao Yun, president of Donghu University, welcomed the guests from Xiling County.",
			not:  []string{"Xiling County|visited|Donghu University", "Donghu University|visited|Xiling County"},
		},
		"GuestsFromBodyWithoutReceptionIsNone": {
			text: "Gao Yun, president of Donghu University, said the guests from Beihai Steel Group would speak next year.",
			not:  []string{"Beihai Steel Group|visited|Donghu University"},
		},
		"MetWithPersonAndHisParty": {
			text: "Gao Yun, president of Donghu University, met with Ma Lin, chairman of Beihai Steel Group, and his party.",
			want: []string{"Beihai Steel Group|visited|Donghu University", "Ma Lin|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Beihai Steel Group", "Donghu University|visited|Beihai Steel Group"},
		},
		"PartyCommitteeIsNoEntourage": {
			text: "Gao Yun, president of Donghu University, met with Ma Lin, chairman of Beihai Steel Group, and discussed the work of the party committee.",
			not:  []string{"Beihai Steel Group|visited|Donghu University"},
		},
		// a visit only possible or agreed, a speaker, a relative with its auxiliary
		"StudentsCanVisitIsNone": {
			text: "Under the agreement, students of Donghu University can visit Linhe Museum for free.",
			not:  []string{"Donghu University|visited|Linhe Museum"},
		},
		"AgreedToOrganiseVisitsIsNone": {
			text: "Donghu University and Beihai Steel Group agreed to organise visits to Linhe Museum.",
			not:  []string{"Donghu University|visited|Linhe Museum", "Beihai Steel Group|visited|Linhe Museum"},
		},
		"CanAsNounIsNoModal": {
			text: "Ma Lin, chairman of Beihai Steel Group, visited Donghu University and toured its can factory.",
			want: []string{"Ma Lin|visited|Donghu University"},
		},
		"SpeakerIsNoVisitor": {
			text: "Gao Yun, president of Donghu University, said that the teachers went to Beihai Steel Group every year.",
			not:  []string{"Gao Yun|visited|Beihai Steel Group", "Donghu University|visited|Beihai Steel Group"},
		},
		"SpeakerReportsNamedVisitor": {
			text: "Gao Yun, president of Donghu University, said Ma Lin, chairman of Beihai Steel Group, visited Linhe Museum in May.",
			want: []string{"Ma Lin|visited|Linhe Museum", "Beihai Steel Group|visited|Linhe Museum"},
			not:  []string{"Gao Yun|visited|Linhe Museum", "Donghu University|visited|Linhe Museum"},
		},
		"VisitorAfterSpeechIsVisitor": {
			text: "Gao Yun, president of Donghu University, spoke, and Ma Lin, chairman of Beihai Steel Group, visited Linhe Museum.",
			want: []string{"Ma Lin|visited|Linhe Museum"},
		},
		"WhoWasVisiting": {
			text: "Ma Lin, chairman of Beihai Steel Group, met Gao Yun, president of Donghu University, who was visiting Xiling Museum.",
			want: []string{"Gao Yun|visited|Xiling Museum", "Donghu University|visited|Xiling Museum"},
			not:  []string{"Ma Lin|visited|Xiling Museum", "Beihai Steel Group|visited|Xiling Museum"},
		},
		// the leader "its president P" of a received delegation; co-visitors "together with Q"
		"HostedDelegationLedByItsPresident": {
			text: "Donghu University hosted a delegation from Fenglin University led by its president Lu Qiang.",
			want: []string{"Fenglin University|visited|Donghu University", "Lu Qiang|visited|Donghu University"},
		},
		"ReceivedDelegationLedByTheirDirector": {
			text: "Linhe Museum received a delegation from Xiling Library led by their director Song Lan on Monday.",
			want: []string{"Xiling Library|visited|Linhe Museum", "Song Lan|visited|Linhe Museum"},
		},
		"VisitedTogetherWith": {
			text: "Lu Qiang, president of Fenglin University, visited Donghu University together with Song Lan, director of Xiling Library.",
			want: []string{"Lu Qiang|visited|Donghu University", "Song Lan|visited|Donghu University", "Xiling Library|visited|Donghu University"},
		},
		"TouredAlongWith": {
			text: "Lu Qiang, president of Fenglin University, toured Beihai Steel Group along with Song Lan.",
			want: []string{"Song Lan|visited|Beihai Steel Group"},
		},
		"AccompaniedByIsNoCoVisitor": {
			text: "Lu Qiang, president of Fenglin University, toured Beihai Steel Group, accompanied by Ma Lin, chairman of Beihai Steel Group.",
			want: []string{"Lu Qiang|visited|Beihai Steel Group"},
			not:  []string{"Ma Lin|visited|Beihai Steel Group"},
		},
		"TogetherWithAfterOtherVerbIsNoCoVisitor": {
			text: "Lu Qiang, president of Fenglin University, visited Donghu University and gave a lecture together with Song Lan.",
			want: []string{"Lu Qiang|visited|Donghu University"},
			not:  []string{"Song Lan|visited|Donghu University"},
		},
		// more going verbs before "to"
		"HeadedToBody": {
			text: "Lu Qiang, president of Fenglin University, headed to Beihai Steel Group on Monday.",
			want: []string{"Lu Qiang|visited|Beihai Steel Group", "Fenglin University|visited|Beihai Steel Group"},
		},
		"FlewToPlace": {
			text: "Lu Qiang, president of Fenglin University, flew to Xiling County to meet alumni.",
			want: []string{"Lu Qiang|visited|Xiling County"},
		},
		"HeadedTalksIsNoGoing": {
			text: "Ma Lin, chairman of Beihai Steel Group, headed the talks with Donghu University.",
			not:  []string{"Ma Lin|visited|Donghu University", "Beihai Steel Group|visited|Donghu University"},
		},
		"DelegationHeadedByIsNoDestination": {
			text: "A delegation headed by Ma Lin, chairman of Beihai Steel Group, spoke to students of Donghu University.",
			not:  []string{"Ma Lin|visited|Donghu University", "Beihai Steel Group|visited|Donghu University"},
		},
		// the genre's verbs of a study visit: "investigated X", "went deep into X", "called at X"
		"InvestigatedBody": {
			text: "On May 3, Lu Qiang, president of Fenglin University, investigated Beihai Steel Group and Xiling Chemical Co., Ltd.",
			want: []string{"Lu Qiang|visited|Beihai Steel Group", "Fenglin University|visited|Xiling Chemical Co., Ltd."},
		},
		"WasInvestigatedIsNoVisit": {
			text: "Beihai Steel Group was investigated by the Xiling Environmental Protection Bureau last year.",
			not:  []string{"Beihai Steel Group|visited|Xiling Environmental Protection Bureau"},
		},
		"InvestigatedProblemIsNoVisit": {
			text: "Lu Qiang, president of Fenglin University, investigated the problems of Beihai Steel Group's training.",
			not:  []string{"Lu Qiang|visited|Beihai Steel Group"},
		},
		"WentDeepIntoBody": {
			text: "Song Lan, director of Linhe Museum, went deep into Xiling Village to collect folk objects.",
			want: []string{"Song Lan|visited|Xiling Village"},
		},
		"WentIntoEffectIsNoVisit": {
			text: "The agreement between Linhe Museum and Fenglin University went into effect on May 3.",
			not:  []string{"Linhe Museum|visited|Fenglin University"},
		},
		"CalledAtBody": {
			text: "Lu Qiang, president of Fenglin University, called at Linhe Museum on Monday.",
			want: []string{"Lu Qiang|visited|Linhe Museum", "Fenglin University|visited|Linhe Museum"},
		},
		"MetWithVisitorsFromBody": {
			text: "Gao Yun, president of Donghu University, met with visitors from Fenglin University on Monday.",
			want: []string{"Fenglin University|visited|Donghu University"},
			not:  []string{"Donghu University|visited|Fenglin University"},
		},
		// a singular post of one visitor, a bare count of the visitors
		"ThePresidentAlsoToured": {
			text: "Lu Qiang, president of Fenglin University, visited Donghu University. The president also toured Linhe Museum.",
			want: []string{"Lu Qiang|visited|Linhe Museum", "Fenglin University|visited|Linhe Museum"},
		},
		"TheHostPresidentIsNoVisitor": {
			text: "Ma Lin, chairman of Beihai Steel Group, visited Donghu University. Gao Yun, president of Donghu University, met him. The president then spoke at Xiling Museum and visited Linhe Library.",
			not:  []string{"Gao Yun|visited|Linhe Library", "Donghu University|visited|Linhe Library"},
		},
		"TheTwoThenToured": {
			text: "Lu Qiang, president of Fenglin University, and Song Lan, director of Linhe Museum, visited Donghu University. The two then toured Beihai Steel Group.",
			want: []string{"Lu Qiang|visited|Beihai Steel Group", "Song Lan|visited|Beihai Steel Group"},
		},
		"BothAlsoVisited": {
			text: "Lu Qiang and Song Lan of Fenglin University came to Donghu University. Both also visited Xiling Museum.",
			want: []string{"Lu Qiang|visited|Xiling Museum", "Song Lan|visited|Xiling Museum"},
		},
		"TwoOfAListIsNoCount": {
			text: "Lu Qiang, president of Fenglin University, visited Donghu University. Two of its teachers toured Xiling Museum.",
			not:  []string{"Lu Qiang|visited|Xiling Museum"},
		},
		// "who led a delegation to Z": the relative's antecedent went; "X hosted P"
		"WhoLedDelegationToHostIsNoHostVisit": {
			text: "Gao Yun, president of Donghu University, met with Lu Qiang, president of Fenglin University, who led a delegation to Xiling Museum.",
			want: []string{"Lu Qiang|visited|Xiling Museum", "Fenglin University|visited|Xiling Museum"},
			not:  []string{"Gao Yun|visited|Xiling Museum", "Donghu University|visited|Xiling Museum"},
		},
		"WhichSentTeamTo": {
			text: "Gao Yun, president of Donghu University, thanked Beihai Steel Group, which sent a team to Linhe Museum.",
			want: []string{"Beihai Steel Group|visited|Linhe Museum"},
			not:  []string{"Donghu University|visited|Linhe Museum", "Gao Yun|visited|Linhe Museum"},
		},
		"HostedPerson": {
			text: "Donghu University hosted Lu Qiang, president of Fenglin University, on May 3.",
			want: []string{"Lu Qiang|visited|Donghu University", "Fenglin University|visited|Donghu University"},
			not:  []string{"Donghu University|visited|Fenglin University"},
		},
		"HostedEventIsNoVisit": {
			text: "Donghu University hosted the forum, and Lu Qiang, president of Fenglin University, spoke.",
			not:  []string{"Lu Qiang|visited|Donghu University"},
		},
		// an object's purpose tail does not end the list
		"PurposeTailThenItsSchool": {
			text: "Song Lan, general manager of Beihai Steel Group, visited the Key Laboratory of Robotics for intelligent manufacturing and its School of Automotive Engineering of Donghu University.",
			want: []string{"Song Lan|visited|Key Laboratory of Robotics*", "Song Lan|visited|School of Automotive Engineering*"},
		},
		"VisitedForExchangesAndSecondBody": {
			text: "Song Lan, general manager of Beihai Steel Group, visited Donghu University for academic exchanges and Linhe Museum on Monday.",
			want: []string{"Song Lan|visited|Donghu University", "Song Lan|visited|Linhe Museum"},
		},
		"PurposeTailThenOtherVerbIsNoObject": {
			text: "Song Lan, general manager of Beihai Steel Group, visited Donghu University for talks and Linhe Museum signed an agreement with Xiling Library.",
			want: []string{"Song Lan|visited|Donghu University"},
			not:  []string{"Song Lan|visited|Linhe Museum"},
		},
		// a host who met the visitors in a place: they were there
		"MetPersonInPlace": {
			text: "Gao Yun, mayor of Lanxia, met Lu Qiang, president of Fenglin University, in Lanxia.",
			want: []string{"Lu Qiang|visited|Lanxia", "Fenglin University|visited|Lanxia"},
			not:  []string{"Gao Yun|visited|Lanxia"},
		},
		"ReceivedTwoPersonsInCounty": {
			text: "Officials of Xiling County received Lu Qiang and Song Lan of Fenglin University in Xiling County on Monday.",
			want: []string{"Lu Qiang|visited|Xiling County", "Song Lan|visited|Xiling County"},
		},
		"WillMeetInPlaceIsNone": {
			text: "Gao Yun, mayor of Lanxia, will meet Lu Qiang, president of Fenglin University, in Lanxia next month.",
			not:  []string{"Lu Qiang|visited|Lanxia", "Fenglin University|visited|Lanxia"},
		},
		"MetInTheAfternoonIsNoPlace": {
			text: "Gao Yun, mayor of Lanxia, met Lu Qiang, president of Fenglin University, in the afternoon.",
			not:  []string{"Lu Qiang|visited|Lanxia", "Fenglin University|visited|Lanxia"},
		},
		// a body named without its corporate suffix
		"ShortNamePossessiveSite": {
			text: "Linhe Robot Technology Co., Ltd. will offer internships to Fenglin University. Before the ceremony, Lu Qiang, president of Fenglin University, visited Linhe Robot Technology's assembly plant.",
			want: []string{"Lu Qiang|visited|Linhe Robot Technology Co., Ltd.", "Fenglin University|visited|Linhe Robot Technology Co., Ltd."},
		},
		"ShortNameAsObject": {
			text: "Qiantang Power Corporation signed an agreement with Fenglin University. Song Lan, dean of Fenglin University, later toured Qiantang Power and Linhe Museum.",
			want: []string{"Song Lan|visited|Qiantang Power Corporation", "Song Lan|visited|Linhe Museum"},
		},
		"ShortNameWithOtherWordIsNone": {
			text: "Linhe Robot Technology Co., Ltd. will offer internships to Fenglin University. Lu Qiang, president of Fenglin University, visited Linhe Robot Research's laboratory.",
			not:  []string{"Lu Qiang|visited|Linhe Robot Technology Co., Ltd."},
		},
		// "On a visit to Z, P …"; "P said he visited Z"
		"OnAVisitToThenPerson": {
			text: "On a visit to Donghu University, Lu Qiang, president of Fenglin University, met students.",
			want: []string{"Lu Qiang|visited|Donghu University", "Fenglin University|visited|Donghu University"},
		},
		"DuringAVisitToThenPerson": {
			text: "During a visit to Linhe Museum, Song Lan, director of Xiling Library, signed the guest book.",
			want: []string{"Song Lan|visited|Linhe Museum", "Xiling Library|visited|Linhe Museum"},
		},
		"AVisitToMidSentenceIsNoLeadingPhrase": {
			text: "Gao Yun, president of Donghu University, spoke of a visit to Linhe Museum by students.",
			not:  []string{"Gao Yun|visited|Linhe Museum", "Donghu University|visited|Linhe Museum"},
		},
		"SaidHeVisited": {
			text: "Lu Qiang, president of Fenglin University, stated that he visited Donghu University last year.",
			want: []string{"Lu Qiang|visited|Donghu University", "Fenglin University|visited|Donghu University"},
		},
	})
}
