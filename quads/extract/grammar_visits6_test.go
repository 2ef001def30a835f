package extract

import "testing"

// TestNameGrammarVisits6 checks session 6's visited classes on invented
// sentences: the receivers of a visit received it at the body these
// visitors are already said to have gone to, or at the first receiver's
// body, not at another post's office; a sentence that opens with its
// purpose names no visitor in it; a body "under" which the visitor's body
// stands did not go; a province after a comma locates the city visited;
// the sites of two or more units of one body seen on a tour are a visit
// to that body, while units visited themselves are visited; who "headed
// for" or "left for" a body or place went there; what follows "the
// visit," or "the visit and" is no object of it; a headline's "Post of X
// Visits Z" names the one person the article gives that post of X.
func TestNameGrammarVisits6(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// receivers with several posts: the body already visited is the host
		"ReceiverAlsoHoldsCongressPost": {
			text: "Zhou Ping, president of Qiantang University, and his delegation went to Linhe for research. Ma Lin, deputy director of the Standing Committee of Xiling Provincial People's Congress and secretary of the Linhe Municipal Party Committee, met with Zhou Ping and his delegation.",
			want: []string{"Zhou Ping|visited|Linhe"},
			not:  []string{"Zhou Ping|visited|Standing Committee of Xiling Provincial People's Congress", "Qiantang University|visited|Standing Committee of Xiling Provincial People's Congress"},
		},
		"ReceiverWelcomedVisitorsAlreadyThere": {
			text: "Gao Yun, vice president of Donghu University, led a delegation to Fenglin City on May 3. Tang Li, chairman of the Fenglin Municipal Committee of the CPPCC and secretary of the Fenglin Municipal Party Committee, welcomed Gao Yun and his delegation.",
			want: []string{"Donghu University|visited|Fenglin"},
			not:  []string{"Donghu University|visited|Fenglin Municipal Committee of the CPPCC"},
		},
		// a list of receivers: the first one's body, not an office's
		"ReceiversListWithOfficeDirector": {
			text: "Chen Hua, mayor of Beihai, came to Donghu University for investigation. Zhou Ping, president of Donghu University, Li Wei, vice president, and Wang Jun, director of the General Office, warmly received Chen Hua and his delegation.",
			want: []string{"Chen Hua|visited|Donghu University"},
			not:  []string{"Chen Hua|visited|General Office"},
		},
		"ReceiversWelcomedDelegationFromBody": {
			text: "Zhou Ping, president of Linhe University, and Wang Jun, director of the International Office, received a delegation from Beihai Steel Group.",
			want: []string{"Beihai Steel Group|visited|Linhe University"},
			not:  []string{"Beihai Steel Group|visited|International Office"},
		},
		// a receiver who leads only the body is still its host
		"SingleReceiverBody": {
			text: "Ma Lin, director of Xiling Museum, received Gao Yun, president of Fenglin University, and his delegation.",
			want: []string{"Gao Yun|visited|Xiling Museum", "Fenglin University|visited|Xiling Museum"},
		},
		// a purpose opening names no visitor
		"PurposeOpeningBodyIsNoVisitor": {
			text: "In order to implement the plan made by the Xiling Provincial Department of Education, Donghu University visited Beihai Steel Group on May 3.",
			want: []string{"Donghu University|visited|Beihai Steel Group"},
			not:  []string{"Xiling Provincial Department of Education|visited|Beihai Steel Group"},
		},
		"SoAsToOpeningPersonIsNoVisitor": {
			text: "So as to deepen the cooperation agreed with Fenglin University, Linhe Museum paid a visit to Qiantang Library.",
			want: []string{"Linhe Museum|visited|Qiantang Library"},
			not:  []string{"Fenglin University|visited|Qiantang Library"},
		},
		"PurposeInfinitiveAfterSubjectStillVisits": {
			text: "Linhe Museum visited Qiantang University in order to deepen cooperation with Fenglin University.",
			want: []string{"Linhe Museum|visited|Qiantang University"},
			not:  []string{"Fenglin University|visited|Qiantang University"},
		},
		// a body above the visitor's
		"SupervisingBodyIsNoVisitor": {
			text: "A delegation headed by Zhou Ping, director of the Center for Coastal Studies of Donghu University, a key research base under the Ministry of Ocean Affairs, visited Beihai.",
			want: []string{"Zhou Ping|visited|Beihai"},
			not:  []string{"Ministry of Ocean Affairs|visited|Beihai"},
		},
		// a province after a comma locates the city
		"CityCommaProvinceLocator": {
			text: "From May 3 to 5, Gao Yun, vice president of Donghu University, led a delegation to Linhe, Hubei to exchange views on cooperation.",
			want: []string{"Donghu University|visited|Linhe", "Gao Yun|visited|Linhe"},
			not:  []string{"Donghu University|visited|Hubei", "Gao Yun|visited|Hubei"},
		},
		"TwoCitiesBothVisited": {
			text: "Gao Yun, vice president of Donghu University, visited Linhe, Beihai and Fenglin last week.",
			want: []string{"Donghu University|visited|Linhe", "Donghu University|visited|Beihai", "Donghu University|visited|Fenglin"},
		},
		// the sites of several units of one body: the body was visited
		"TrainingBasesOfDepartmentsOfSchool": {
			text: "After the ceremony, Zhou Ping and his party inspected the training bases of the Chemical Engineering Department, Civil Engineering Department and Transportation Department of Linhe Vocational School.",
			want: []string{"Zhou Ping|visited|Linhe Vocational School"},
			not:  []string{"Zhou Ping|visited|Chemical Engineering Department, Linhe Vocational School", "Zhou Ping|visited|Transportation Department, Linhe Vocational School"},
		},
		"WorkshopsOfTwoDepartments": {
			text: "Gao Yun, director of Xiling Museum, and his delegation toured the workshops of the Mechanical Department and the Electrical Department of Beihai Technical College.",
			want: []string{"Xiling Museum|visited|Beihai Technical College", "Gao Yun|visited|Beihai Technical College"},
			not:  []string{"Xiling Museum|visited|Mechanical Department, Beihai Technical College"},
		},
		"SiteOfOneDepartmentStaysWithIt": {
			text: "The delegation of Fenglin University inspected the training base of the Automotive Department of Linhe Vocational School.",
			want: []string{"Fenglin University|visited|Automotive Department, Linhe Vocational School"},
		},
		"UnitsVisitedThemselvesStay": {
			text: "Ma Lin, president of Qiantang University, successively visited the Electron Microscope Center and the Analysis Center of Donghu University.",
			want: []string{"Ma Lin|visited|Electron Microscope Center, Donghu University", "Ma Lin|visited|Analysis Center, Donghu University"},
		},
		// set out for: went
		"HeadedForCity": {
			text: "On November 18, Ma Lin, chairman of Beihai Steel Group, headed for Linhe City in the afternoon and held talks with the city government.",
			want: []string{"Ma Lin|visited|Linhe", "Beihai Steel Group|visited|Linhe"},
		},
		"DelegationLeftForMuseum": {
			text: "After the signing, the delegation of Donghu University left for Xiling Museum.",
			want: []string{"Donghu University|visited|Xiling Museum"},
		},
		"DepartedForUniversity": {
			text: "Zhou Ping, president of Fenglin University, departed for Qiantang University on May 3.",
			want: []string{"Zhou Ping|visited|Qiantang University", "Fenglin University|visited|Qiantang University"},
		},
		"HeadedByIsNoDestination": {
			text: "A delegation headed by Zhou Ping for the third time signed an agreement with Linhe City.",
			not:  []string{"Zhou Ping|visited|Linhe"},
		},
		"NotYetHeadedForIsNone": {
			text: "Zhou Ping, president of Fenglin University, has not yet headed for Qiantang University.",
			not:  []string{"Zhou Ping|visited|Qiantang University", "Fenglin University|visited|Qiantang University"},
		},
		// a visit noun closing its clause has no object after it
		"DuringTheVisitCommaFoundedIsNoObject": {
			text: "Zhou Ping, president of Donghu University, led a delegation to Linhe City. Agreements were signed during the visit, and the Qiantang Alumni Association was founded.",
			want: []string{"Zhou Ping|visited|Linhe", "Donghu University|visited|Linhe"},
			not:  []string{"Zhou Ping|visited|Qiantang Alumni Association", "Donghu University|visited|Qiantang Alumni Association"},
		},
		"PaidAVisitToListStillVisits": {
			text: "Zhou Ping, president of Donghu University, paid a visit to Xiling Museum and Linhe Library.",
			want: []string{"Zhou Ping|visited|Xiling Museum", "Zhou Ping|visited|Linhe Library", "Donghu University|visited|Linhe Library"},
		},
		// a headline's post of a body: its one holder went
		"HeadlinePostOfBodyVisits": {
			text: "Secretary-General of Xiling Centre Visits Donghu University\nYang Li, the Secretary-General of Xiling Centre, held talks with Zhou Ping, president of Donghu University.",
			want: []string{"Yang Li|visited|Donghu University", "Xiling Centre|visited|Donghu University"},
		},
		"HeadlinePostHolderOfThatBodyOnly": {
			text: "President of Qiantang University Visits Linhe Museum\nZhou Ping, President of Qiantang University, and Ma Lin, President of Qiantang University Press, attended the talks.",
			want: []string{"Zhou Ping|visited|Linhe Museum"},
			not:  []string{"Ma Lin|visited|Linhe Museum"},
		},
		"HeadlinePostWithTwoHoldersNamesNone": {
			text: "Vice President of Qiantang University Visits Linhe Museum\nGao Yun and Chen Hua, vice presidents of Qiantang University, attended the talks with Ma Lin, curator of Linhe Museum.",
			want: []string{"Qiantang University|visited|Linhe Museum"},
			not:  []string{"Gao Yun|visited|Linhe Museum", "Chen Hua|visited|Linhe Museum"},
		},
	})
}
