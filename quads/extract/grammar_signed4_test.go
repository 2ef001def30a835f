package extract

import "testing"

// TestNameGrammarSigned4 checks a fourth round of signed-with on real
// pages: one body signing with a listed group ("with the four enterprises:
// A, B …", "namely A, B"), headline verbs ("Inks Pact", "Sign MoU"), a
// signing sentence that names no party ("The agreement was signed on
// Friday") after a lead that pairs the two, and the region of China that
// locates a province ("North China's Hunan province"). Every name is made
// up; near-misses must not fire.
func TestNameGrammarSigned4(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		"ColonListAfterRepresentatives": {
			text: "Li Wei, president of Donghu Polytechnic, signed cooperation agreements with representatives of the four enterprises: Qiantang Steel Co., Ltd., Beihai Optics Co., Ltd., Luoxi Robotics Co., Ltd. and Xiling Foods Co., Ltd.",
			want: []string{"Donghu Polytechnic|signed-with|Qiantang Steel Co., Ltd.", "Donghu Polytechnic|signed-with|Beihai Optics Co., Ltd.", "Donghu Polytechnic|signed-with|Luoxi Robotics Co., Ltd.", "Donghu Polytechnic|signed-with|Xiling Foods Co., Ltd."},
			not:  []string{"Qiantang Steel Co., Ltd.|signed-with|Beihai Optics Co., Ltd."},
		},
		"ColonListAfterCount": {
			text: "Donghu Polytechnic signed cooperation agreements with four enterprises: Qiantang Steel Group, Beihai Optics Group, Luoxi Robotics Group and Xiling Foods Group.",
			want: []string{"Donghu Polytechnic|signed-with|Qiantang Steel Group", "Donghu Polytechnic|signed-with|Xiling Foods Group"},
			not:  []string{"Qiantang Steel Group|signed-with|Beihai Optics Group"},
		},
		"NamelyList": {
			text: "Donghu Polytechnic signed cooperation agreements with four enterprises, namely Qiantang Steel Group, Beihai Optics Group, Luoxi Robotics Group and Xiling Foods Group.",
			want: []string{"Donghu Polytechnic|signed-with|Qiantang Steel Group", "Donghu Polytechnic|signed-with|Xiling Foods Group"},
			not:  []string{"Qiantang Steel Group|signed-with|Beihai Optics Group"},
		},
		"IncludingList": {
			text: "Donghu Polytechnic signed cooperation agreements with four enterprises including Qiantang Steel Group, Beihai Optics Group and Xiling Foods Group.",
			want: []string{"Donghu Polytechnic|signed-with|Qiantang Steel Group", "Donghu Polytechnic|signed-with|Xiling Foods Group"},
		},
		"HeadlineInks": {
			text: "Donghu University Inks Pact with Qiantang Group\n\nOn May 3, officials of the two met in Beihai.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"HeadlineJoinHands": {
			text: "Donghu University and Qiantang Group Join Hands\n\nThe agreement was signed on Friday in Beihai.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"HeadlineSignMoU": {
			text: "Donghu University and Qiantang Group Sign MoU on Talent Training\n\nOn May 3, officials of the two met in Beihai.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"AgreementSignedFridayAfterLead": {
			text: "Donghu University and Qiantang Group will cooperate on talent training.\n\nThe agreement was signed on Friday.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"TwoPartiesSignedAfterHeadline": {
			text: "Donghu University to cooperate with Qiantang Group\n\nOn May 3, the two parties signed the agreement in Beihai.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai"},
		},
		"MemorandumSignedAfterTwoSentences": {
			text: "The Xiling Museum in Beihai and the Luoxi Science Museum are partnering on exhibitions.\n\nThe two museums will share resources.\n\nOn Monday, the cooperation memorandum was formally signed.",
			want: []string{"Xiling Museum|signed-with|Luoxi Science Museum"},
			not:  []string{"Xiling Museum|signed-with|Beihai"},
		},
		"TwoSidesSignedInCity": {
			text: "Donghu University and Qiantang Group held talks on May 3.\n\nThe two sides then signed the agreement in Beihai.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
			not:  []string{"Donghu University|signed-with|Beihai", "Qiantang Group|signed-with|Beihai"},
		},
		"AgreementWillBeSignedNoFire": {
			text: "Donghu University and Qiantang Group will cooperate on talent training.\n\nThe agreement will be signed on Friday.",
			not:  []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"AgreementNotYetSignedNoFire": {
			text: "Donghu University and Qiantang Group discussed cooperation on talent training.\n\nThe agreement was not signed.",
			not:  []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"RegionOfChinaLocatesCounty": {
			text: "Luoxi county in the city of Beihai, North China's Hunan province, recently signed a framework agreement with Donghu University.",
			want: []string{"Luoxi|signed-with|Donghu University"},
			not:  []string{"Donghu University|signed-with|Hunan", "Donghu University|signed-with|Beihai"},
		},
		"ChinaPossessiveLocatesCity": {
			text: "Beihai, China's Hunan province, signed a cooperation agreement with Donghu University on Monday.",
			want: []string{"Donghu University|signed-with|Beihai"},
			not:  []string{"Donghu University|signed-with|Hunan"},
		},
		"RegionOfChinaListStillParties": {
			text: "Donghu University has signed cooperation agreements with Hunan, Hubei and Jiangxi in Central China.",
			want: []string{"Donghu University|signed-with|Hunan", "Donghu University|signed-with|Jiangxi"},
		},
		"FacilitatorsOfCeremonyBetween": {
			text: "The Luoxi County Federation of Industry and Commerce and the Beihai Chamber of Commerce facilitated the signing ceremony of the cooperation between Qiantang Steel Group and Donghu Polytechnic.",
			want: []string{"Qiantang Steel Group|signed-with|Donghu Polytechnic"},
			not:  []string{"Luoxi County Federation of Industry and Commerce|signed-with|Beihai Chamber of Commerce", "Beihai Chamber of Commerce|signed-with|Donghu Polytechnic"},
		},
		"OrganisersOfSigningBetweenOneNamed": {
			text: "The Luoxi County Federation of Industry and Commerce and the Beihai Chamber of Commerce organised the signing ceremony between Qiantang Steel Group Co.",
			not:  []string{"Luoxi County Federation of Industry and Commerce|signed-with|Beihai Chamber of Commerce"},
		},
		"AgreementBetweenSignedBetweenPersons": {
			text: "The agreement between Donghu University and Qiantang Group was signed between Li Wei and Wang Fang.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
		"PassiveCommaByAfterThingBuilt": {
			text: "Jan.21, Beihai--The project cooperation agreement on jointly building Beihai Rural Revitalization Research Institute was formally signed, by Donghu Agricultural University and Luoxi Group.",
			want: []string{"Donghu Agricultural University|signed-with|Luoxi Group"},
			not:  []string{"Donghu Agricultural University|signed-with|Beihai", "Beihai Rural Revitalization Research Institute|signed-with|Luoxi Group"},
		},
		"PassiveByAfterThingBuilt": {
			text: "The agreement on building the Xiling Research Institute was signed by Donghu University and Luoxi Group in Beihai.",
			want: []string{"Donghu University|signed-with|Luoxi Group"},
			not:  []string{"Xiling Research Institute|signed-with|Luoxi Group", "Donghu University|signed-with|Beihai"},
		},
		"OnBehalfPairs": {
			text: "Li Wei, on behalf of Donghu University, and Wang Fang, on behalf of Qiantang Group, signed the agreement.",
			want: []string{"Donghu University|signed-with|Qiantang Group"},
		},
	})
}
