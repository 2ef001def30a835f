package extract

import "testing"

// TestNameGrammarVisits2 checks more of issue 12's class 12 on invented
// sentences: who is a visitor and what was visited, following the reference
// annotation's conventions (the visitors' body is the visitor, its named
// people are visitors too; the hosts, their people, and a body that only
// receives, invites or accompanies are none; a visit only hoped for,
// planned or invited is none; "conducted research at", "toured",
// "inspected", "came to", "arrived in" and a headline are visits).
func TestNameGrammarVisits2(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// over-generation: hosts are no visitors
		"HostWhoReceivedIsNoVisitor": {
			text: "Tang Li, mayor of Beihai, visited Donghu University on Monday. Gao Yun, president of Donghu University, received the guests.",
			want: []string{"Tang Li|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Donghu University", "Donghu University|visited|Donghu University", "Donghu University|visited|Beihai", "Gao Yun|visited|Beihai"},
		},
		"HostWhoWelcomedIsNoVisitor": {
			text: "A delegation of Beihai Steel Group visited Donghu University. Gao Yun, president of Donghu University, warmly welcomed the delegation.",
			want: []string{"Beihai Steel Group|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Donghu University", "Donghu University|visited|Beihai Steel Group", "Gao Yun|visited|Beihai Steel Group"},
		},
		"HostWhoAccompaniedIsNoVisitor": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai Steel Group. Ma Lin, chairman of Beihai Steel Group, accompanied the visitors.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Ma Lin|visited|Beihai Steel Group", "Beihai Steel Group|visited|Beihai Steel Group", "Beihai Steel Group|visited|Qiantang University"},
		},
		"HostAccompaniedThroughTour": {
			text: "Accompanied by Ma Lin, general manager of Xiling Chemical Co., Ltd., the Qiantang University delegation toured the production workshop of Xiling Chemical Co., Ltd.",
			want: []string{"Qiantang University|visited|Xiling Chemical Co., Ltd."},
			not:  []string{"Ma Lin|visited|Xiling Chemical Co., Ltd.", "Xiling Chemical Co., Ltd.|visited|Xiling Chemical Co., Ltd."},
		},
		"HostShowedGuestsAroundOwnBody": {
			text: "Guo Yu, director of Xiling Museum, showed the guests from Donghu University around Xiling Museum.",
			want: []string{"Donghu University|visited|Xiling Museum"},
			not:  []string{"Xiling Museum|visited|Xiling Museum", "Guo Yu|visited|Xiling Museum", "Xiling Museum|visited|Donghu University"},
		},
		// the delegation's own body, not the place it came from
		"DelegationFromPlaceLedByBodyHead": {
			text: "A delegation from Beihai led by Lu Qiang, director of Beihai Education Bureau, visited Donghu University on Monday.",
			want: []string{"Lu Qiang|visited|Donghu University", "Beihai Education Bureau|visited|Donghu University"},
			not:  []string{"Donghu University|visited|Beihai", "Beihai Education Bureau|visited|Beihai", "Lu Qiang|visited|Beihai"},
		},
		"DelegationFromBodyInPlace": {
			text: "A delegation from Qiantang University in Xiling, led by its president Zhou Ping, visited Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Zhou Ping|visited|Beihai Steel Group"},
			not:  []string{"Qiantang University|visited|Xiling", "Beihai Steel Group|visited|Qiantang University"},
		},
		// modality: hoped, planned, invited visits are none
		"HopedToVisitIsNone": {
			text: "Zhou Ping, president of Qiantang University, said he hoped to visit Beihai Steel Group next year.",
			not:  []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"PlansToVisitIsNone": {
			text: "Tang Li, mayor of Beihai, plans to visit Donghu University in the autumn.",
			not:  []string{"Tang Li|visited|Donghu University"},
		},
		"IsExpectedToVisitIsNone": {
			text: "A delegation of Qiantang University is expected to visit Xiling Museum next month.",
			not:  []string{"Qiantang University|visited|Xiling Museum"},
		},
		"InvitedToVisitIsNone": {
			text: "Gao Yun, president of Donghu University, invited Tang Li, mayor of Beihai, to visit Donghu University again.",
			want: []string{"Gao Yun|leads|Donghu University", "Tang Li|leads|Beihai"},
			not:  []string{"Tang Li|visited|Donghu University", "Gao Yun|visited|Beihai", "Donghu University|visited|Beihai"},
		},
		"WelcomedToVisitIsNone": {
			text: "Ma Lin, chairman of Beihai Steel Group, welcomed teachers and students of Qiantang University to visit Beihai Steel Group.",
			not:  []string{"Qiantang University|visited|Beihai Steel Group", "Ma Lin|visited|Qiantang University", "Beihai Steel Group|visited|Qiantang University"},
		},
		// places passed through are not visited
		"PassedThroughIsNone": {
			text: "The Qiantang University delegation visited Xiling County. On the way, the delegation passed through Beihai.",
			want: []string{"Qiantang University|visited|Xiling County"},
			not:  []string{"Qiantang University|visited|Beihai"},
		},
		// the body in the place is what was visited
		"MuseumInPlaceVisited": {
			text: "Zhou Ping, president of Qiantang University, visited the Xiling Museum in Beihai on Monday.",
			want: []string{"Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Xiling Museum"},
			not:  []string{"Xiling Museum|visited|Beihai"},
		},
		// under-generation
		"AccompaniedByColleaguesVisited": {
			text: "Zhou Ping, president of Qiantang University, accompanied by vice president Ma Lin and Gao Yun, director of the Office of Cooperation, visited Beihai Steel Group on May 3.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|visited|Qiantang University"},
		},
		"ListOfVisitorsWithPosts": {
			text: "Zhou Ping, president of Qiantang University, Ma Lin, vice president of Qiantang University, and Guo Yu, director of Xiling Museum, visited Beihai Steel Group.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Ma Lin|visited|Beihai Steel Group", "Guo Yu|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group", "Xiling Museum|visited|Beihai Steel Group"},
		},
		"PersonCameToBody": {
			text: "Lu Qiang, director of Beihai Education Bureau, came to Donghu University for an exchange on Tuesday.",
			want: []string{"Lu Qiang|visited|Donghu University", "Beihai Education Bureau|visited|Donghu University"},
		},
		"DelegationArrivedIn": {
			text: "On May 3, a delegation of Qiantang University arrived in Xiling for a three-day visit.",
			want: []string{"Qiantang University|visited|Xiling"},
		},
		"MadeASpecialTripTo": {
			text: "Zhou Ping, president of Qiantang University, made a special trip to Beihai Steel Group to discuss cooperation.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"DelegationToured": {
			text: "The Qiantang University delegation toured Beihai Steel Group on Monday.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
		},
		"PersonInspected": {
			text: "Tang Li, mayor of Beihai, inspected Donghu University on Friday.",
			want: []string{"Tang Li|visited|Donghu University"},
			not:  []string{"Donghu University|visited|Beihai"},
		},
		"ConductedResearchAtTwoBodies": {
			text: "Teachers of Qiantang University conducted research at Beihai Steel Group and Xiling Chemical Co., Ltd. on Monday.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Qiantang University|visited|Xiling Chemical Co., Ltd."},
		},
		"DuringTheirStayIn": {
			text: "During their stay in Xiling, the Qiantang University delegation also visited Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Xiling", "Qiantang University|visited|Beihai Steel Group"},
		},
		"HeadlineVisits": {
			text: "Qiantang University Delegation Visits Beihai Steel Group\n\nOn May 3, the two sides discussed cooperation in talent training.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|visited|Qiantang University"},
		},
		"HeadlinePersonVisits": {
			text: "Mayor Tang Li of Beihai Visits Donghu University\n\nOn May 3, the two sides discussed cooperation.",
			want: []string{"Tang Li|visited|Donghu University"},
		},
		"DestinationFirstAt": {
			text: "Zhou Ping, president of Qiantang University, led a delegation to Beihai on Monday. At Beihai Steel Group, the delegation learned about the production lines.",
			want: []string{"Qiantang University|visited|Beihai", "Qiantang University|visited|Beihai Steel Group"},
		},
		"TheDelegationBackRef": {
			text: "A delegation of Qiantang University led by Zhou Ping arrived in Xiling on Monday. The delegation then visited Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Xiling", "Qiantang University|visited|Beihai Steel Group"},
		},
		// round 2: more phrasings of the genre
		"AndHisPartyVisited": {
			text: "Zhou Ping, president of Qiantang University, and his party visited Beihai Steel Group on Monday.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Qiantang University|visited|Beihai Steel Group"},
		},
		"NumberedDelegationFrom": {
			text: "A 12-member delegation from Qiantang University visited Xiling Museum on May 3.",
			want: []string{"Qiantang University|visited|Xiling Museum"},
			not:  []string{"Xiling Museum|visited|Qiantang University"},
		},
		"TogetherWithVisited": {
			text: "Tang Li, mayor of Beihai, together with Lu Qiang, director of Beihai Education Bureau, visited Donghu University.",
			want: []string{"Tang Li|visited|Donghu University", "Lu Qiang|visited|Donghu University", "Beihai Education Bureau|visited|Donghu University"},
		},
		"LeadersOfBodyIncludingVisited": {
			text: "Leaders of Qiantang University, including president Zhou Ping and vice president Ma Lin, visited Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Zhou Ping|visited|Beihai Steel Group"},
		},
		"VisitedHeadquartersOf": {
			text: "The Qiantang University delegation visited the headquarters of Beihai Steel Group and the exhibition hall of Xiling Chemical Co., Ltd.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Qiantang University|visited|Xiling Chemical Co., Ltd."},
		},
		"VisitedBodyAndHallOf": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai Steel Group and the exhibition hall of Xiling Chemical Co., Ltd. on Monday.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Qiantang University|visited|Xiling Chemical Co., Ltd."},
		},
		"VisitedPossessiveCampus": {
			text: "The Beihai Steel Group delegation visited Qiantang University's Xiling campus and laboratories.",
			want: []string{"Beihai Steel Group|visited|Qiantang University"},
		},
		"PaidAReturnVisit": {
			text: "Ma Lin, chairman of Beihai Steel Group, paid a return visit to Qiantang University on June 5.",
			want: []string{"Ma Lin|visited|Qiantang University", "Beihai Steel Group|visited|Qiantang University"},
		},
		"ReceivedPAndDelegationAt": {
			text: "Gao Yun, president of Donghu University, received Tang Li, mayor of Beihai, and his delegation at Donghu University.",
			want: []string{"Tang Li|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Donghu University", "Donghu University|visited|Beihai", "Gao Yun|visited|Beihai"},
		},
		"ExtendedWelcomeToDelegation": {
			text: "Gao Yun, president of Donghu University, extended a warm welcome to the delegation of Beihai Steel Group.",
			want: []string{"Beihai Steel Group|visited|Donghu University"},
			not:  []string{"Donghu University|visited|Beihai Steel Group", "Gao Yun|visited|Beihai Steel Group"},
		},
		"VisitingProfessorIsNoVisit": {
			text: "Zhou Ping, a visiting professor at Donghu University, spoke at the forum.",
			not:  []string{"Zhou Ping|visited|Donghu University"},
		},
		"VisitorsToMuseumIsNone": {
			text: "Visitors to Xiling Museum can learn about the history of Beihai.",
			not:  []string{"Xiling Museum|visited|Beihai"},
		},
		"ExchangeVisitsWillBeIsNone": {
			text: "Qiantang University and Beihai Steel Group agreed that exchange visits between the two sides will be increased.",
			not:  []string{"Qiantang University|visited|Beihai Steel Group", "Beihai Steel Group|visited|Qiantang University"},
		},
		"OrganisedStudentsToVisit": {
			text: "Donghu University organised 30 students to visit Xiling Museum on Saturday.",
			want: []string{"Donghu University|visited|Xiling Museum"},
		},
		"WentToPlaceToVisitBody": {
			text: "Zhou Ping, president of Qiantang University, went to Beihai to visit Xiling Chemical Co., Ltd.",
			want: []string{"Qiantang University|visited|Beihai", "Qiantang University|visited|Xiling Chemical Co., Ltd."},
		},
		"TheTwoSidesIsNoVisitor": {
			text: "The two sides visited the joint laboratory after the talks. Zhou Ping, president of Qiantang University, visited Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|visited|Beihai Steel Group"},
		},
		"OtherMembersOfTheDelegation": {
			text: "Tang Li, mayor of Beihai, led a delegation to Donghu University on May 3. Gao Yun, president of Donghu University, received the guests. Lu Qiang, director of Beihai Education Bureau, Song Yi, chairman of Beihai Port Group, and other members of the delegation attended the talks.",
			want: []string{"Tang Li|visited|Donghu University", "Lu Qiang|visited|Donghu University", "Song Yi|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Donghu University", "Donghu University|visited|Donghu University", "Beihai Education Bureau|visited|Donghu University", "Beihai Port Group|visited|Donghu University"},
		},
		"MembersOfTheDelegationIncluded": {
			text: "A delegation of Qiantang University visited Beihai Steel Group on Monday. Members of the delegation included Ma Lin, dean of the School of Materials, and Guo Yu, director of Xiling Design Institute.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Guo Yu|visited|Beihai Steel Group"},
			not:  []string{"Xiling Design Institute|visited|Beihai Steel Group"},
		},
		"TwoSidesAfterLaterStopOfTour": {
			text: "A delegation of Qiantang University went to Xiling City to visit enterprises. In Xiling, the delegation visited Xiling Robot Co., Ltd. and met Huang Wei, Vice Mayor of Xiling. The delegation then came to Xiling New Energy Group. The two sides jointly unveiled the plaque of the internship base.",
			want: []string{"Qiantang University|visited|Xiling New Energy Group", "Qiantang University|hosts-base-at|Xiling New Energy Group"},
			not:  []string{"Qiantang University|hosts-base-at|Xiling", "Qiantang University|hosts-base-at|Xiling Robot Co., Ltd."},
		},
		"VisitedAInYearAndBInYear": {
			text: "Zhou Ping, president of Qiantang University, visited Beihai Steel Group in 2019 and Xiling Museum in 2021.",
			want: []string{"Zhou Ping|visited|Beihai Steel Group", "Zhou Ping|visited|Xiling Museum", "Qiantang University|visited|Xiling Museum"},
		},
		"BoothOfBodyAtFairIsNone": {
			text: "Tang Li, mayor of Beihai, visited the booth of Donghu University at the fair.",
			not:  []string{"Tang Li|visited|Donghu University"},
		},
		"HostMetPAndHisDelegation": {
			text: "On May 3, Gao Yun, president of Donghu University, met with Ma Lin, chairman of Beihai Steel Group, and his delegation.",
			want: []string{"Beihai Steel Group|visited|Donghu University", "Ma Lin|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Beihai Steel Group", "Donghu University|visited|Beihai Steel Group"},
		},
		"HostWelcomedTheVisitOf": {
			text: "Donghu University welcomed the visit of Ma Lin, chairman of Beihai Steel Group.",
			want: []string{"Beihai Steel Group|visited|Donghu University", "Ma Lin|visited|Donghu University"},
			not:  []string{"Donghu University|visited|Beihai Steel Group"},
		},
		"HostWelcomedTheArrivalOf": {
			text: "Gao Yun, president of Donghu University, welcomed the arrival of the Beihai Steel Group delegation.",
			want: []string{"Beihai Steel Group|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Beihai Steel Group", "Donghu University|visited|Beihai Steel Group"},
		},
		"HostHeldTalksWithVisitingDelegation": {
			text: "Gao Yun, president of Donghu University, held talks with the visiting delegation from Beihai Steel Group.",
			want: []string{"Beihai Steel Group|visited|Donghu University"},
			not:  []string{"Gao Yun|visited|Beihai Steel Group", "Donghu University|visited|Beihai Steel Group"},
		},
		"HostWillMeetIsNone": {
			text: "Gao Yun, president of Donghu University, will meet with Ma Lin, chairman of Beihai Steel Group, and his delegation next week.",
			not:  []string{"Beihai Steel Group|visited|Donghu University", "Ma Lin|visited|Donghu University"},
		},
		"WarmlyReceivedBy": {
			text: "Zhou Ping, president of Qiantang University, and his party were warmly received by Beihai Steel Group.",
			want: []string{"Qiantang University|visited|Beihai Steel Group", "Zhou Ping|visited|Beihai Steel Group"},
			not:  []string{"Beihai Steel Group|visited|Qiantang University"},
		},
		"HostLedGuestsToVisit": {
			text: "Ma Lin, chairman of Beihai Steel Group, led the guests from Qiantang University to visit the production line.",
			want: []string{"Qiantang University|visited|Beihai Steel Group"},
			not:  []string{"Ma Lin|visited|Beihai Steel Group", "Beihai Steel Group|visited|Qiantang University"},
		},
		"DuringTheVisitToPlaceTheDelegation": {
			text: "During the visit to Beihai, the Qiantang University delegation visited Beihai Steel Group and Xiling Chemical Co., Ltd.",
			want: []string{"Qiantang University|visited|Beihai", "Qiantang University|visited|Beihai Steel Group", "Qiantang University|visited|Xiling Chemical Co., Ltd."},
		},
		"VisitedLoneUnknownPlace": {
			text: "Zhou Ping, president of Yunhe University, visited Taolin on Monday. He then led a team to Mingshui.",
			want: []string{"Yunhe University|visited|Taolin", "Zhou Ping|visited|Taolin", "Yunhe University|visited|Mingshui"},
		},
		"WentToLonePlaceToVisitBody": {
			text: "Zhou Ping, president of Yunhe University, went to Taolin to visit Taolin Chemical Co., Ltd.",
			want: []string{"Yunhe University|visited|Taolin", "Yunhe University|visited|Taolin Chemical Co., Ltd."},
			not:  []string{"Taolin|visited|Taolin Chemical Co., Ltd."},
		},
		"HeadlineVisitsLonePlace": {
			text: "Yunhe University Delegation Visits Taolin\n\nOn May 3, the two sides held talks on cooperation.",
			want: []string{"Yunhe University|visited|Taolin"},
		},
		"BaseInLonePlace": {
			text: "Yunhe University set up a practice base in Taolin. Yunhe University established a rural revitalisation workstation in Mingshui on Monday. The Yunhe University Research Station, located in Shuiyang, opened in May.",
			want: []string{"Yunhe University|hosts-base-at|Taolin", "Yunhe University|hosts-base-at|Mingshui", "Yunhe University|hosts-base-at|Shuiyang"},
		},
		"SetsUpBaseNamedAfterPlace": {
			text: "Yunhe University visited Beihai on Monday. Yunhe University will set up a Beihai Marine Research Station. Under the agreement, Donghu University is to establish a Xiling Ecology Workstation in Xiling County.",
			want: []string{"Yunhe University|hosts-base-at|Beihai", "Donghu University|hosts-base-at|Xiling County"},
			not:  []string{"Beihai|hosts-base-at|Yunhe University"},
		},
		"MetDelegationInPlace": {
			text: "Tang Li, mayor of Beihai, met with Zhou Ping, president of Qiantang University, and his delegation in Beihai.",
			want: []string{"Qiantang University|visited|Beihai", "Zhou Ping|visited|Beihai"},
			not:  []string{"Tang Li|visited|Beihai", "Beihai|visited|Qiantang University"},
		},
	})
}
