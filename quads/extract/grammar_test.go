package extract

import (
	"strings"
	"testing"

	"github.com/coopgraph/coopgraph/quads"
)

// grammarCase is one invented text of the genre, the relations
// ("subject|predicate|object", signed-with either way round) it must give
// and those it must not. A want ending in "*" matches any relation that
// begins so: a sub-unit named with or without its parent.
type grammarCase struct {
	text      string
	want, not []string
}

// checkGrammar runs each case as a subtest on the extractor's output.
func checkGrammar(t *testing.T, cases map[string]grammarCase) {
	t.Helper()
	for name, tc := range cases {
		t.Run(name, func(t *testing.T) {
			got := relationsOf(t, tc.text)
			has := func(w string) bool {
				if prefix, ok := strings.CutSuffix(w, "*"); ok {
					for g := range got {
						if strings.HasPrefix(g, prefix) {
							return true
						}
					}
				}
				f := strings.Split(w, "|")
				return got[w] || f[1] == string(quads.SignedWith) && got[f[2]+"|"+f[1]+"|"+f[0]]
			}
			for _, w := range tc.want {
				if !has(w) {
					t.Errorf("missing %s; got %v", w, got)
				}
			}
			for _, w := range tc.not {
				if has(w) {
					t.Errorf("unexpected %s; got %v", w, got)
				}
			}
		})
	}
}

// TestNameGrammar checks the error classes of issue 12 on invented
// sentences of the genre: every name here is made up, so a rule passes only
// if it reads the construction.
func TestNameGrammar(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// phrasings the development sets do not use
		"WhosePostCommaName": {
			text: "The Fenglin University group visited Linhe Central Primary School, whose headmaster, Qian Wenbo, asked for help.",
			want: []string{"Qian Wenbo|leads|Linhe Central Primary School"},
			not:  []string{"Qian Wenbo|leads|Fenglin University"},
		},
		"ParentNamedMidListIsItsConjunctsOnly": {
			text: "The Nanhu Museum, the School of History of Fenglin University, and Linhe Culture Group have agreed to work together.\n\nThe tripartite memorandum was signed by Zhao Minghui, curator of the Nanhu Museum, Qian Wenbo, dean of the School of History, and Sun Lihua, chairman of Linhe Culture Group.",
			want: []string{"Nanhu Museum|signed-with|Linhe Culture Group", "Nanhu Museum|signed-with|School of History, Fenglin University", "Zhao Minghui|leads|Nanhu Museum"},
			not:  []string{"Nanhu Museum, Fenglin University|part-of|Fenglin University"},
		},
		"ShortCompanyNameOverPlace": {
			text: "Fenglin University and Nanhu Iron and Steel Group Co., Ltd. built a workstation in Nanhu, Hubei province.\n\nGeneral manager Zhao Minghui and chief engineer Qian Wenbo of Nanhu Steel attended the ceremony.",
			want: []string{"Zhao Minghui|leads|Nanhu Iron and Steel Group Co., Ltd.", "Qian Wenbo|member-of|Nanhu Iron and Steel Group Co., Ltd."},
			not:  []string{"Zhao Minghui|leads|Fenglin University", "Fenglin University|hosts-base-at|Nanhu Iron and Steel Group Co., Ltd."},
		},
		"PostFounderAndCEO": {
			text: "Zhao Minghui, founder and CEO of Nanhu Robot Co., Ltd., visited Fenglin University on Monday.",
			want: []string{"Zhao Minghui|leads|Nanhu Robot Co., Ltd."},
		},
		"PostHeadmaster": {
			text: "Qian Wenbo, headmaster of Linhe Central Primary School, met the Fenglin University delegation.",
			want: []string{"Qian Wenbo|leads|Linhe Central Primary School"},
		},
		"PostChiefPhysicianIsMember": {
			text: "Sun Lihua, chief physician of Nanhu People's Hospital, met the Fenglin University delegation.",
			want: []string{"Sun Lihua|member-of|Nanhu People's Hospital"},
			not:  []string{"Sun Lihua|leads|Nanhu People's Hospital"},
		},
		"AndInsideCollegeName": {
			text: "Fenglin Vocational and Technical College signed a cooperation agreement with Nanhu Robot Co., Ltd. on Monday.",
			want: []string{"Fenglin Vocational and Technical College|signed-with|Nanhu Robot Co., Ltd."},
			not:  []string{"Technical College|signed-with|Nanhu Robot Co., Ltd."},
		},
		"AndBetweenFieldNamedBodies": {
			text: "A cooperation agreement between Fenglin University of Science and Technology and Nanhu Iron and Steel Group Co., Ltd. was signed in Linhe.",
			want: []string{"Fenglin University of Science and Technology|signed-with|Nanhu Iron and Steel Group Co., Ltd."},
			not:  []string{"Steel Group Co., Ltd.|signed-with|Fenglin University of Science and Technology"},
		},
		"PossessivePostCommaName": {
			text: "Fenglin University opened a station in Linhe city. Present were Fenglin University's party secretary, Zhao Minghui, and Linhe's mayor, Qian Wenbo.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Qian Wenbo|leads|Linhe"},
		},
		"PossessivePostAfterEarlierName": {
			text: "The museum's curator, Sun Lihua, and Fenglin University's vice president, Professor Zhao Minghui, unveiled the plaque of Nanhu Museum.",
			want: []string{"Zhao Minghui|leads|Fenglin University"},
			not:  []string{"Sun Lihua|leads|Fenglin University"},
		},
		"DatelineBeforeSigning": {
			text: "LINHE, Hubei, May 3 -- Fenglin University and Nanhu Steel Group signed a cooperation agreement on Friday.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
			not:  []string{"Fenglin University|signed-with|Hubei", "Nanhu Steel Group|signed-with|Hubei"},
		},
		"BracketedDateDateline": {
			text: "Linhe, Hubei (Oct. 15) -- Leaders of Fenglin University and Nanhu Steel Group met and signed a cooperation agreement.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
			not:  []string{"Fenglin University|signed-with|Hubei", "Nanhu Steel Group|signed-with|Hubei"},
		},
		"DelegationReceivedBy": {
			text: "Fenglin University signed an agreement with Linhe city. Before the signing, the Fenglin University delegation was received by Zhao Minghui, Mayor of Linhe.",
			want: []string{"Fenglin University|visited|Linhe"},
		},
		"DelegationFromPaidVisit": {
			text: "A delegation from Nanhu Steel Group, headed by its chairman Zhao Minghui, paid a visit to Fenglin University on Monday.",
			want: []string{"Nanhu Steel Group|visited|Fenglin University"},
		},
		"BodyPartyCommitteeFolds": {
			text: "Fenglin University (FLU) opened a base in Linhe. The plaque was unveiled by Zhao Minghui, Deputy Secretary of the FLU Party Committee, and by Qian Wenbo, Secretary of the Nanhu Normal University CPC Committee.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Qian Wenbo|leads|Nanhu Normal University"},
			not:  []string{"Zhao Minghui|leads|FLU Party Committee"},
		},
		"LedByItsDirector": {
			text: "Also present were staff of the Nanhu Research Office, led by its director Zhao Minghui, and Qian Wenbo, president of Fenglin University.",
			want: []string{"Zhao Minghui|leads|Nanhu Research Office", "Qian Wenbo|leads|Fenglin University"},
			not:  []string{"Zhao Minghui|leads|Fenglin University"},
		},
		"HeadingXIsP": {
			text: "Fenglin University and Nanhu Steel Group signed an agreement. Heading the Fenglin School of Chemistry is Professor Zhao Minghui.",
			want: []string{"Zhao Minghui|leads|Fenglin School of Chemistry"},
		},
		"WhoAlsoChairs": {
			text: "Zhao Minghui, who also chairs the Nanhu Investment Group, spoke at Fenglin University.",
			want: []string{"Zhao Minghui|leads|Nanhu Investment Group"},
		},
		"PassiveSignedBy": {
			text: "A strategic cooperation agreement was signed by Fenglin University and Nanhu Museum on Friday.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		"InkedAgreement": {
			text: "Fenglin University and Nanhu Steel Group inked a strategic cooperation agreement in Linhe.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
		},
		"ConcludedAgreement": {
			text: "Nanhu Museum concluded a cooperation agreement with Fenglin Normal University last week.",
			want: []string{"Fenglin Normal University|signed-with|Nanhu Museum"},
		},
		"SigningCeremonyBetween": {
			text: "The signing ceremony of the strategic cooperation agreement between Fenglin University and Nanhu Steel Group was held in Linhe on Monday.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
		},
		"CeremonyHeldAtVenue": {
			text: "On Monday, at Nanhu Museum, Fenglin University signed a cooperation agreement with Linhe Steel Group.",
			want: []string{"Fenglin University|signed-with|Linhe Steel Group"},
			not:  []string{"Nanhu Museum|signed-with|Linhe Steel Group", "Fenglin University|signed-with|Nanhu Museum"},
		},
		"PossessiveLowerCasePost": {
			text: "Fenglin University's president Zhao Minghui and vice president Qian Wenbo attended the ceremony.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Qian Wenbo|leads|Fenglin University"},
		},
		"WhoIsPost": {
			text: "Zhao Minghui, who is president of Fenglin University, delivered a speech. Qian Wenbo, who is also director of Nanhu Museum, spoke.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Qian Wenbo|leads|Nanhu Museum"},
		},
		"LedByThenDelegation": {
			text: "Led by Qian Wenbo, Party Secretary of Fenglin University, a delegation from Fenglin University visited Nanhu Steel Group.",
			want: []string{"Qian Wenbo|leads|Fenglin University", "Fenglin University|visited|Nanhu Steel Group"},
			not:  []string{"Qian Wenbo|leads|Nanhu Steel Group"},
		},
		"EstablishedBaseIn": {
			text: "Fenglin University established a practice base in Nanhu Steel Group.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Steel Group"},
			not:  []string{"Nanhu Steel Group|hosts-base-at|Fenglin University"},
		},
		"BaseOfBodyInaugurated": {
			text: "Fenglin University signed an agreement with Nanhu Steel Group. The Nanhu Steel Group practice base of Fenglin University was inaugurated on Monday.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Steel Group"},
			not:  []string{"Nanhu Steel Group|hosts-base-at|Fenglin University"},
		},
		"AffiliatedTo": {
			text: "Linhe Central Hospital, affiliated to Fenglin Medical University, signed an agreement with Nanhu County.",
			want: []string{"Linhe Central Hospital, Fenglin Medical University|part-of|Fenglin Medical University", "Linhe Central Hospital, Fenglin Medical University|signed-with|Nanhu County"},
			not:  []string{"Fenglin Medical University|signed-with|Nanhu County"},
		},
		"SubordinateTo": {
			text: "Nanhu Design Institute, subordinate to Fenglin Construction Group, signed an agreement with Linhe University.",
			want: []string{"Nanhu Design Institute, Fenglin Construction Group|part-of|Fenglin Construction Group"},
			not:  []string{"Fenglin Construction Group|signed-with|Linhe University"},
		},
		"UnderBody": {
			text: "The Nanhu Research Institute under Fenglin University signed an agreement with Linhe Steel Group.",
			want: []string{"Nanhu Research Institute, Fenglin University|part-of|Fenglin University"},
		},
		"SemicolonList": {
			text: "Attending the ceremony were Zhao Minghui, president of Fenglin University; Qian Wenbo, director of Nanhu Museum; and Sun Lixia, mayor of Linhe.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Qian Wenbo|leads|Nanhu Museum", "Sun Lixia|leads|Linhe"},
			not:  []string{"Zhao Minghui|leads|Nanhu Museum", "Qian Wenbo|leads|Linhe"},
		},
		"AndPostsAfterName": {
			text: "Qian Wenbo, Party Secretary and President of Fenglin University, and Sun Lixia, Deputy Mayor of Linhe, attended.",
			want: []string{"Qian Wenbo|leads|Fenglin University", "Sun Lixia|leads|Linhe"},
			not:  []string{"Qian Wenbo|leads|Linhe"},
		},
		"DeputyMayorsCame": {
			text: "Deputy mayors Sun Lixia and Zhao Minghui of Linhe City came to Fenglin University.",
			want: []string{"Sun Lixia|leads|Linhe", "Zhao Minghui|leads|Linhe", "Sun Lixia|visited|Fenglin University", "Zhao Minghui|visited|Fenglin University"},
		},
		"ObjectFirstVisit": {
			text: "Nanhu Museum received a delegation from Fenglin University headed by Zhao Minghui, vice president of Fenglin University.",
			want: []string{"Fenglin University|visited|Nanhu Museum", "Zhao Minghui|leads|Fenglin University"},
			not:  []string{"Nanhu Museum|visited|Fenglin University"},
		},
		"NotYetSigned": {
			text: "Fenglin University and Nanhu Museum plan to deepen cooperation through signing a framework agreement.",
			not:  []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		"AndInsideMuseumName": {
			text: "The Fenglin Science and Technology Museum and Nanhu University signed a cooperation agreement.",
			want: []string{"Fenglin Science and Technology Museum|signed-with|Nanhu University"},
		},
		"AndBetweenTwoParties": {
			text: "Fenglin and Nanhu University will cooperate. Fenglin University and Nanhu Museum signed an agreement.",
			not:  []string{"Fenglin and Nanhu University|signed-with|Nanhu Museum"},
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		"AndInsideStationName": {
			text: "Fenglin Radio and Television Station and Nanhu University signed a cooperation agreement.",
			want: []string{"Fenglin Radio and Television Station|signed-with|Nanhu University"},
		},
		"TitleOfBoardBeforeName": {
			text: "Chairman of the Board of Nanhu Steel Group Zhao Minghui and Secretary of the Party Committee of Fenglin University Qian Wenbo signed the agreement.",
			want: []string{"Zhao Minghui|leads|Nanhu Steel Group", "Qian Wenbo|leads|Fenglin University", "Nanhu Steel Group|signed-with|Fenglin University"},
		},
		"OrgPrefixedLowerCasePost": {
			text: "Zhao Minghui, Nanhu Museum curator, and Qian Wenbo, Fenglin University vice president, attended.",
			want: []string{"Zhao Minghui|leads|Nanhu Museum", "Qian Wenbo|leads|Fenglin University"},
			not:  []string{"Qian Wenbo|leads|Nanhu Museum"},
		},
		"SignedRespectively": {
			text: "Fenglin University signed cooperation agreements with Nanhu Museum and Linhe Steel Group respectively.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum", "Fenglin University|signed-with|Linhe Steel Group"},
			not:  []string{"Nanhu Museum|signed-with|Linhe Steel Group"},
		},
		"CountyChiefAndSecretary": {
			text: "Qian Wenbo, deputy secretary of the county party committee and county chief of Nanhu County, met the delegation of Fenglin University.",
			want: []string{"Qian Wenbo|leads|Nanhu County"},
			not:  []string{"Qian Wenbo|leads|Fenglin University"},
		},
		"CommitteeAndGovernmentOfCounty": {
			text: "The Nanhu County Party Committee and County People's Government signed a strategic cooperation agreement with Fenglin University.",
			want: []string{"Nanhu County|signed-with|Fenglin University"},
		},
		"BaseWhichSetUpIn": {
			text: "Linhe Museum unveiled the plaque of the practice base, which Fenglin University set up in Nanhu County.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu County"},
			not:  []string{"Linhe Museum|hosts-base-at|Nanhu County"},
		},
		"LowerCaseAffiliatedHospital": {
			text: "Fenglin Medical University and its second affiliated hospital signed an agreement with Nanhu County.",
			want: []string{"Fenglin Medical University|signed-with|Nanhu County"},
			not:  []string{"Nanhu County|signed-with|second affiliated hospital"},
		},
		"WesternNameWithChineseName": {
			text: "Dr Michael Zhou Jianguo, president of Fenglin University, visited Nanhu Museum.",
			want: []string{"Michael Zhou Jianguo|leads|Fenglin University", "Fenglin University|visited|Nanhu Museum"},
		},
		"IntendToSign": {
			text: "Fenglin University and Nanhu Museum intend to sign a cooperation agreement. Linhe Steel Group is expected to sign with Fenglin University.",
			not:  []string{"Fenglin University|signed-with|Nanhu Museum", "Fenglin University|signed-with|Linhe Steel Group"},
		},
		"WorkingVisit": {
			text: "Zhao Minghui, president of Fenglin University, paid a working visit to Nanhu Steel Group.",
			want: []string{"Fenglin University|visited|Nanhu Steel Group", "Zhao Minghui|leads|Fenglin University"},
		},
		"HeadedDelegationWent": {
			text: "A delegation headed by Zhao Minghui, vice president of Fenglin University, went to Nanhu Museum for an exchange.",
			want: []string{"Fenglin University|visited|Nanhu Museum"},
			not:  []string{"Nanhu Museum|visited|Fenglin University"},
		},
		"ProfessorOfBody": {
			text: "Professor Qian Wenbo of Fenglin University gave a lecture at Nanhu Museum.",
			not:  []string{"Qian Wenbo|leads|Fenglin University", "Qian Wenbo|leads|Nanhu Museum"},
		},
		"ThirdPartyJoined": {
			text: "The tripartite agreement was signed by Fenglin University, Nanhu Museum and Linhe Steel Group.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum", "Fenglin University|signed-with|Linhe Steel Group", "Nanhu Museum|signed-with|Linhe Steel Group"},
		},
		"GluedOneWordName": {
			text: "Qinwen, the member of the Standing Committee of the Party Committee and Vice President of Fenglin University, and Sun Lixia signed the agreement on behalf of both parties.",
			want: []string{"Qinwen|leads|Fenglin University"},
		},
		"OneWordPlaceIsNoPerson": {
			text: "Fenglin University visited Linxia, a county of Nanhu Province, and Nanhu Museum.",
			not:  []string{"Linxia|leads|Nanhu Province"},
		},
		"OrganAfterBodyThenBranch": {
			text: "Fenglin Group (FLG) signed an agreement with Nanhu University. Zhao Minghui, member of the FLG leading group, secretary of the Party Committee, and general manager of FLG’s Linhe Branch, attended.",
			want: []string{"Zhao Minghui|member-of|Fenglin Group", "Zhao Minghui|leads|Linhe Branch, Fenglin Group"},
		},
		"BaseNamedAfterOwnerAtVenue": {
			text: "The exhibition kicked off at Nanhu Museum on May 2. Zhao Minghui, director of Linhe Culture Bureau, and Qian Wenbo, dean of the School of Law of Fenglin University, jointly inaugurated the “Fenglin University Social Practice Base” and “Fenglin University School of Law Practice Teaching Base”.",
			want: []string{"Fenglin University|hosts-base-at|Nanhu Museum"},
			not:  []string{"Linhe Culture Bureau|hosts-base-at|Fenglin University", "Linhe Culture Bureau|hosts-base-at|School of Law, Fenglin University", "Fenglin University School of Law|part-of|Fenglin University"},
		},
		"SignedWithOnBehalf": {
			text: "Zhao Minghui, president of Fenglin University, and Qian Wenbo, director of Nanhu Museum, signed the agreement on behalf of the two sides.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
		},
		"AgreementSignedPassiveBetweenAfterDate": {
			text: "On May 5, a memorandum of understanding on talent training was signed between Fenglin University and Linhe City.",
			want: []string{"Fenglin University|signed-with|Linhe"},
		},
		"MayorOfCityVisited": {
			text: "Sun Lixia, Mayor of Linhe City, and her delegation visited Fenglin University on Tuesday.",
			want: []string{"Sun Lixia|leads|Linhe", "Sun Lixia|visited|Fenglin University"},
		},
		"PresidentAndPartySecretaryBeforeName": {
			text: "Fenglin University President and Party Secretary Zhao Minghui met with the delegation from Nanhu Steel Group.",
			want: []string{"Zhao Minghui|leads|Fenglin University", "Nanhu Steel Group|visited|Fenglin University"},
		},
		"InstituteUnderAcademy": {
			text: "The Institute of Botany under the Fenglin Academy of Sciences signed an agreement with Nanhu County.",
			want: []string{"Institute of Botany, Fenglin Academy of Sciences|part-of|Fenglin Academy of Sciences"},
			not:  []string{"Fenglin Academy of Sciences|signed-with|Nanhu County"},
		},
		"HeadlessBrandSignedWith": {
			text: "Fenglin University signed a strategic cooperation agreement with Nordvik. Lars Eklund, chairman of Nordvik, attended.",
			want: []string{"Fenglin University|signed-with|Nordvik", "Lars Eklund|leads|Nordvik"},
			not:  []string{"Lars Eklund|leads|Fenglin University"},
		},
		"SecretaryGeneralOfGovernmentOfCity": {
			text: "Qian Wenbo, Secretary-General of the People's Government of Linhe City, and Zhao Minghui, vice president of Fenglin University, attended.",
			want: []string{"Qian Wenbo|leads|Linhe", "Zhao Minghui|leads|Fenglin University"},
			not:  []string{"Qian Wenbo|leads|Fenglin University"},
		},
		"LedADelegationTo": {
			text: "Zhao Minghui, president of Fenglin University, led a delegation to Nanhu Steel Group on Friday.",
			want: []string{"Fenglin University|visited|Nanhu Steel Group"},
		},
		"UnderWhichClause": {
			text: "Fenglin University and Nanhu Steel Group signed a cooperation agreement, under which the two sides will jointly build a research centre.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
		},
		"PresentWere": {
			text: "Present at the signing ceremony were Qian Wenbo, vice mayor of Linhe, and Zhao Minghui, deputy director of the Nanhu Provincial Department of Education.",
			want: []string{"Qian Wenbo|leads|Linhe", "Zhao Minghui|leads|Nanhu Provincial Department of Education"},
		},
		"SignedByPersonsOfBodies": {
			text: "The agreement was signed by Qian Wenbo, vice president of Fenglin University, and Zhao Minghui, general manager of Nanhu Steel Group.",
			want: []string{"Fenglin University|signed-with|Nanhu Steel Group"},
		},
		"PossessiveUnitSigns": {
			text: "Fenglin University's School of Law and Nanhu Intermediate People's Court signed a co-construction agreement.",
			want: []string{"School of Law, Fenglin University|signed-with|Nanhu Intermediate People's Court", "School of Law, Fenglin University|part-of|Fenglin University"},
		},
		"DelegationFromLedByBarePost": {
			text: "A delegation from Fenglin University, led by Vice President Zhao Minghui, visited Linhe County on June 3.",
			want: []string{"Fenglin University|visited|Linhe County", "Zhao Minghui|leads|Fenglin University"},
		},
		"AndInsideName": {
			text: "Qiantang Culture and Tourism Bureau signed a cooperation agreement with Donghu University.",
			want: []string{"Qiantang Culture and Tourism Bureau|signed-with|Donghu University"},
		},
		"AndBetweenNames": {
			text: "Qiantang and Beihai University signed a cooperation agreement.",
			not:  []string{"Qiantang and Beihai University|signed-with|Beihai University"},
		},
		"AndInsideParent": {
			text: "Lu Qiang, secretary of the Party Group of Beihai Radio and TV Bureau, attended the ceremony.",
			want: []string{"Lu Qiang|leads|Beihai Radio and TV Bureau"},
		},
		"LowerCaseGovernment": {
			text: "The Beihai municipal government signed a comprehensive cooperation agreement with Donghu University. Tang Li, secretary of Beihai municipal Party committee, attended.",
			want: []string{"Beihai|signed-with|Donghu University", "Tang Li|leads|Beihai"},
		},
		"PartyCommitteeOfPlaceWithSuffix": {
			text: "Song Yi, Secretary of the Xiling New Area Party Committee, met Ma Lin, President of Donghu University.",
			want: []string{"Song Yi|leads|Xiling New Area", "Ma Lin|leads|Donghu University"},
		},
		"PostWithoutHeadNoun": {
			text: "Donghu Heavy Industry Qiantang Power Chairman Gao Yun and Donghu University Vice President Xia Dingming signed the Strategic Cooperation Agreement.",
			want: []string{"Gao Yun|leads|Donghu Heavy Industry Qiantang Power", "Donghu Heavy Industry Qiantang Power|signed-with|Donghu University"},
		},
		"BodyOfPostWithoutHeadNoun": {
			text: "Zhou Ping, Minister of the Harmony Front and Chairman of the Beihai Federation of Trade Unions, attended.",
			want: []string{"Zhou Ping|leads|Harmony Front", "Zhou Ping|leads|Beihai Federation of Trade Unions"},
		},
		"NonLeadershipPost": {
			text: "Guo Yu, a chief expert at the Qiantang Maritime Museum, spoke.",
			want: []string{"Guo Yu|member-of|Qiantang Maritime Museum"},
			not:  []string{"Guo Yu|leads|Qiantang Maritime Museum"},
		},
		"FieldCompletesUnit": {
			text: "Dean Sun Yuling of the School of Business Administration of Donghu University attended.",
			want: []string{"Sun Yuling|leads|School of Business Administration, Donghu University"},
		},
		"Witnesses": {
			text: "Witnessed by Lu Qiang, Governor of Donghu, Gao Yun, President of Beihai University, and Tang Li, President of Xiling Museum, signed the agreement.",
			not:  []string{"Beihai University|signed-with|Xiling Museum", "Donghu|signed-with|Xiling Museum"},
		},
		"Modality": {
			text: "Beihai University and Xiling Museum hope to sign a cooperation agreement next year.",
			not:  []string{"Beihai University|signed-with|Xiling Museum"},
		},
		"FutureSigning": {
			text: "Beihai University will sign an agreement with Xiling Museum.",
			not:  []string{"Beihai University|signed-with|Xiling Museum"},
		},
		"LocatingApposition": {
			text: "The government of Xiling, capital of Donghu province, and Beihai University signed a strategic cooperation agreement.",
			want: []string{"Beihai University|signed-with|Xiling"},
			not:  []string{"Beihai University|signed-with|Donghu"},
		},
		"PostsInBrackets": {
			text: "Lu Qiang (Deputy Director of the Provincial People's Congress and party secretary of Beihai city), Song Yi (Mayor of Beihai) and Ma Lin (President of Donghu University) attended.",
			want: []string{"Lu Qiang|leads|Beihai", "Song Yi|leads|Beihai", "Ma Lin|leads|Donghu University"},
		},
		"AbbreviationBeforePost": {
			text: "Zhou Ping, DHU Party Secretary, attended the meeting held at Donghu University (DHU).",
			want: []string{"Zhou Ping|leads|Donghu University"},
		},
		"ListOfPostsSharesBody": {
			text: "General manager Gao Yun, deputy general manager Tang Li, and manager Sun Wei of Donghu Steel Group attended the meeting.",
			want: []string{"Gao Yun|leads|Donghu Steel Group", "Tang Li|leads|Donghu Steel Group", "Sun Wei|leads|Donghu Steel Group"},
		},
		"ListOfPostsNextBody": {
			text: "Mayor Tang Li of Beihai City, Director of Beihai Culture Bureau Sun Wei and others attended.",
			want: []string{"Sun Wei|leads|Beihai Culture Bureau"},
			not:  []string{"Tang Li|leads|Beihai Culture Bureau"},
		},
		"PersonVisits": {
			text: "Tang Li, mayor of Beihai, visited Donghu University on Monday.",
			want: []string{"Tang Li|leads|Beihai", "Tang Li|visited|Donghu University"},
		},
		"ThreeParties": {
			text: "The agreement was signed between Donghu University, Beihai Museum and Xiling Steel Group.",
			want: []string{"Donghu University|signed-with|Beihai Museum", "Donghu University|signed-with|Xiling Steel Group", "Beihai Museum|signed-with|Xiling Steel Group"},
		},
		"HeadlessPartyOfSigning": {
			text: "Donghu University signed a cooperation agreement with Rhein-Koester on Monday.",
			want: []string{"Donghu University|signed-with|Rhein-Koester"},
		},
		"HeadlessBodyKnownFromRole": {
			text: "Gao Yun, chairman of Qiantang Power, attended the ceremony. Qiantang Power signed an agreement with Donghu University.",
			want: []string{"Gao Yun|leads|Qiantang Power", "Qiantang Power|signed-with|Donghu University"},
		},
		"NamesInOtherForms": {
			text: "Wang Gang, vce president of Donghu University, attended. Sun yuling, president of Beihai University, spoke. ZhuLiangrong, dean of the School of Law of Beihai University, spoke.",
			want: []string{"Wang Gang|leads|Donghu University", "Sun yuling|leads|Beihai University", "ZhuLiangrong|leads|School of Law, Beihai University"},
		},
		"CapitalisedBackReference": {
			text: "Donghu Medical University signed an agreement with Beihai Innovation Centre. Tang Li, director of the Centre, attended.",
			want: []string{"Tang Li|leads|Beihai Innovation Centre"},
			not:  []string{"Tang Li|leads|Centre"},
		},
		"ProvinceLocatesCity": {
			text: "The delegation of Donghu University visited Beihai, Qiantang Province, on May 3. They also visited Xiling Steel Group.",
			want: []string{"Donghu University|visited|Beihai", "Donghu University|visited|Xiling Steel Group"},
			not:  []string{"Donghu University|visited|Qiantang"},
		},
		"AgreementNounPhrase": {
			text: "The Agreement between the Beihai Municipal People's Government and Donghu University was signed on Monday.",
			want: []string{"Beihai|signed-with|Donghu University"},
		},
		"HonorificAfterPosts": {
			text: "On 27 May, the Deputy Secretary of the Party Committee and Dean of Xiling College of Information Technology, Mr Gao Yun, led a team to Beihai Steel Group.",
			want: []string{"Gao Yun|leads|Xiling College of Information Technology"},
		},
		"PartyCommitteeOfWholeBody": {
			text: "Ma Lin, President of Donghu University and Director of the History Department of Donghu University, Gao Yun, Deputy Secretary of the Party Committee, and Tang Li, Dean of the School of Law of Donghu University, attended.",
			want: []string{"Gao Yun|leads|Donghu University"},
			not:  []string{"Gao Yun|leads|History Department, Donghu University"},
		},
		"BothPartiesUnveiledBase": {
			text: "Beihai Steel Group received the delegation of Xiling College of Information Technology. Both parties signed an agreement and jointly unveiled the plaque for the Talent Cultivation Base. Beihai Steel Group thanked Xiling College of Information Technology.",
			want: []string{"Xiling College of Information Technology|hosts-base-at|Beihai Steel Group"},
		},
		"ProposedBase": {
			text: "Beihai Steel Group received the delegation of Xiling College of Information Technology. Gao Yun suggested that both sides establish internship bases. Beihai Steel Group thanked Xiling College of Information Technology.",
			not:  []string{"Xiling College of Information Technology|hosts-base-at|Beihai Steel Group", "Beihai Steel Group|hosts-base-at|Xiling College of Information Technology"},
		},
		"ItsUnit": {
			text: "Beihai Medical University and its Second Affiliated Hospital signed an agreement with Xiling County.",
			want: []string{"Second Affiliated Hospital, Beihai Medical University|part-of|Beihai Medical University", "Beihai Medical University|signed-with|Xiling County"},
		},
		"GroupPosts": {
			text: "The meeting was attended by administrators of Donghu University, including Gao Yun and Tang Li, and administrators of Beihai Museum, including Sun Wei.",
			want: []string{"Gao Yun|leads|Donghu University", "Tang Li|leads|Donghu University", "Sun Wei|leads|Beihai Museum"},
			not:  []string{"Gao Yun|leads|Beihai Museum"},
		},
		"RepresentativesOfParties": {
			text: "Donghu University signed agreements with representatives of the three enterprises: Beihai Steel Group, Xiling Power Co., Ltd. and Qiantang Chemical Company.",
			want: []string{"Donghu University|signed-with|Beihai Steel Group", "Donghu University|signed-with|Xiling Power Co., Ltd.", "Donghu University|signed-with|Qiantang Chemical Company"},
		},
		"NonLeadershipPostsAcademic": {
			text: "Gao Yun, an engineer of Beihai Steel Group and academician of the Qiantang Academy of Engineering, attended. Tang Li, professor of Donghu University, also spoke.",
			want: []string{"Gao Yun|member-of|Beihai Steel Group", "Gao Yun|member-of|Qiantang Academy of Engineering", "Tang Li|member-of|Donghu University"},
			not:  []string{"Tang Li|leads|Donghu University"},
		},
		"WesternNameAfterPost": {
			text: "Donghu University signed a memorandum of understanding with the University of Qiantang (UQ). UQ Vice-Chancellor Erik Sandvik attended.",
			want: []string{"Erik Sandvik|leads|University of Qiantang"},
		},
		"NationalPost": {
			text: "Donghu University signed an agreement with Beihai Museum. The school implemented the instructions of General Secretary Gao Yunfei.",
			not:  []string{"Gao Yunfei|leads|Donghu University", "Gao Yunfei|leads|Beihai Museum"},
		},
		"PlannedVisits": {
			text: "Donghu University signed an agreement with Beihai Museum. Donghu University will organise visits to the museum regularly.",
			not:  []string{"Donghu University|visited|Beihai Museum"},
		},
		"PaidAVisit": {
			text: "Tang Li, president of Donghu University, paid a visit to Beihai Museum.",
			want: []string{"Donghu University|visited|Beihai Museum"},
		},
		"HeadlessPartyBetween": {
			text: "The agreement was signed between Donghu and the Xiling Medical College Hospital (XMCH).",
			want: []string{"Donghu|signed-with|Xiling Medical College Hospital"},
		},
		"CityLocatedByProvince": {
			text: "A delegation led by Gao Yun, president of Donghu University, visited Beihai, Qiantang Province.",
			want: []string{"Donghu University|visited|Beihai"},
			not:  []string{"Donghu University|visited|Qiantang"},
		},
		"GovernmentOfPlace": {
			text: "Tang Li, Secretary-General of the Municipal Government of Xiling, and Gao Yun, member of the standing committee of the Xiling Municipal Party Committee, attended. Donghu University signed a strategic cooperation agreement with the People's Government of Beihai County.",
			want: []string{"Tang Li|leads|Xiling", "Gao Yun|member-of|Xiling", "Donghu University|signed-with|Beihai County"},
		},
		"LowerCaseBodyOfPost": {
			text: "Donghu University signed an agreement with Beihai Museum. Chairwoman of the university council Guo Yu attended.",
			want: []string{"Guo Yu|leads|Donghu University"},
		},
		"PostsOfUnitsOfBody": {
			text: "Qiantang University signed an agreement with Beihai High-tech Zone. Vice President Xia Dingming and directors of relevant offices of Qiantang University also attended.",
			want: []string{"Xia Dingming|leads|Qiantang University"},
			not:  []string{"Xia Dingming|leads|Beihai High-tech Zone"},
		},
		"BaseSetUpByClauseSubject": {
			text: "Xiling Museum and Beihai Normal University (BNU) signed a strategic cooperation agreement. Under the agreement, BNU will set up a practice teaching base at Xiling Museum, and the museum will become an education base of BNU's School of History.",
			want: []string{"Beihai Normal University|hosts-base-at|Xiling Museum"},
			not:  []string{"Xiling Museum|hosts-base-at|Beihai Normal University"},
		},
		"AcademicUnitOfTheOneUniversity": {
			text: "Chen Ming, Chairman of Donghu Group, visited Xiling University of Science and Technology. Later, the delegation visited the School of Mechanical Engineering and the Department of Culture and Tourism of Beihai Province.",
			want: []string{"School of Mechanical Engineering, Xiling University of Science and Technology|part-of|Xiling University of Science and Technology"},
			not:  []string{"Department of Culture and Tourism of Beihai Province, Xiling University of Science and Technology|part-of|Xiling University of Science and Technology"},
		},
		"ShortCompanyName": {
			text: "The Beihai municipal government and Qiantang Power Group Co., Ltd. signed a strategic cooperation framework agreement. Beihai Mayor Sun Wei and Qiantang Power President Ma Lin signed the agreement.",
			want: []string{"Ma Lin|leads|Qiantang Power Group Co., Ltd.", "Sun Wei|leads|Beihai", "Beihai|signed-with|Qiantang Power Group Co., Ltd."},
			not:  []string{"Ma Lin|leads|Qiantang Power"},
		},
		"AndInsideCompanyNames": {
			text: "Beihai Industrial Investment and Development Co., Ltd. signed an agreement with Donghu Graphene and Carbon Materials LLC.",
			want: []string{"Beihai Industrial Investment and Development Co., Ltd.|signed-with|Donghu Graphene and Carbon Materials LLC"},
		},
		"DelegationInPlace": {
			text: "Gao Yun, secretary of the Qiantang Provincial Party Committee, met with Chen Ming, party secretary of Donghu University, and his delegation in Beihai.",
			want: []string{"Donghu University|visited|Beihai"},
			not:  []string{"Qiantang|visited|Beihai"},
		},
		"TheCitysPost": {
			text: "The Xiling municipal government signed an agreement with Beihai University. Gao Yun, the city's Party secretary, spoke.",
			want: []string{"Gao Yun|leads|Xiling"},
		},
	})
}

// TestNameGrammarEntities checks the names and aliases the error classes of
// issue 12 give entities, on invented text.
func TestNameGrammarEntities(t *testing.T) {
	checkEntityNames(t, map[string]entityNameCase{
		"HeadlineVerbEndsName": {
			text:  "Nanhu Hospital Becomes Teaching Hospital of Fenglin University\n\nNanhu Hospital signed an agreement with Fenglin University on Monday.",
			names: []string{"Nanhu Hospital", "Fenglin University"},
			not:   []string{"Nanhu Hospital Becomes Teaching Hospital"},
		},
		"PlaceAloneNotCompanyAlias": {
			text:   "Fenglin University and Nanhu Iron and Steel Group Co., Ltd. built a workstation in Nanhu, Hubei province.\n\nGeneral manager Zhao Minghui of Nanhu Steel attended the ceremony.",
			names:  []string{"Nanhu Iron and Steel Group Co., Ltd."},
			notOrg: []string{"Nanhu"},
		},
		"UnitOfParentKeptAsAlias": {
			text:  "Zhao Minghui, president of the Second Affiliated Hospital of Fenglin Medical University, attended.",
			names: []string{"Second Affiliated Hospital of Fenglin Medical University"},
		},
	})
}
