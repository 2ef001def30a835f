package extract

import (
	"testing"
)

// TestNameGrammarNames3 checks the mention-stage classes of issue 12 that
// real pages showed (dev8): where a name ends before a post, a party organ
// or a place's suffix, and persons whose given name is also another word.
// Every name is made up: a rule passes only if it reads the construction.
func TestNameGrammarNames3(t *testing.T) {
	checkGrammar(t, map[string]grammarCase{
		// a bare "Party" / "CPC" between a body and a post is the body's
		// party organ: the post is of the body, the organ folds into it
		"PartySecretaryAfterBody": {
			text: "Fenglin University Party Secretary Zhu Lanbo and President Qian Wenbo visited Linhe City.",
			want: []string{"Zhu Lanbo|leads|Fenglin University", "Qian Wenbo|leads|Fenglin University", "Fenglin University|visited|Linhe"},
			not:  []string{"Zhu Lanbo|leads|Fenglin University Party"},
		},
		"CPCCommitteeSecretaryAfterBody": {
			text: "Nanhu Medical College CPC Committee Secretary Tao Renjie signed the agreement with Linhe Museum.",
			want: []string{"Tao Renjie|leads|Nanhu Medical College", "Nanhu Medical College|signed-with|Linhe Museum"},
			not:  []string{"Tao Renjie|leads|Nanhu Medical College CPC"},
		},
		"DeputyPartySecretaryAfterBody": {
			text: "Linhe Steel Group Party Deputy Secretary Wen Jiahao met the Fenglin University delegation.",
			want: []string{"Wen Jiahao|leads|Linhe Steel Group"},
			not:  []string{"Wen Jiahao|leads|Linhe Steel Group Party"},
		},
		"PartySecretaryOfPlaceFolds": {
			text: "Anshan Party Secretary Deng Shuhua met the delegation of Fenglin University.",
			want: []string{"Deng Shuhua|leads|Anshan"},
			not:  []string{"Deng Shuhua|leads|Anshan Party"},
		},
		// near-miss: a party committee named as a body stays its body's
		"PartyCommitteeNamedAlone": {
			text: "The Fenglin University Party Committee signed an agreement with Linhe Museum.",
			want: []string{"Fenglin University|signed-with|Linhe Museum"},
		},
		// a place's lower-case suffix after "of" ends the body's name
		"LowerProvinceSuffixInName": {
			text: "Cao Yiming, Deputy Director of the Standing Committee of the People's Congress of Nanhu province, visited Fenglin University.",
			want: []string{"Cao Yiming|leads|Standing Committee of the People's Congress of Nanhu province", "Cao Yiming|visited|Fenglin University"},
		},
		"LowerCitySuffixInGovernment": {
			text: "Fenglin University signed an agreement with the People's Government of Linhe city.",
			want: []string{"Fenglin University|signed-with|Linhe"},
		},
		// a given name that is also a place or a function word, shown a
		// person's by a post beside it
		"GivenNameIsPlaceBeforeBracketedPost": {
			text: "Those present were Ye Hainan (Vice Mayor of Linhe) and Bao Lin (President of Fenglin University).",
			want: []string{"Ye Hainan|leads|Linhe", "Bao Lin|leads|Fenglin University"},
		},
		"GivenNameIsPlaceBeforeCommaPost": {
			text: "Tang Xinjiang, the dean of the School of Law of Fenglin University, spoke at Linhe Museum.",
			want: []string{"Tang Xinjiang|leads|School of Law*"},
		},
		"GivenNameIsFunctionWordAfterPost": {
			text: "Fenglin University President Song Wenbo and Vice President Hong An attended the ceremony at Linhe Museum.",
			want: []string{"Hong An|leads|Fenglin University", "Song Wenbo|leads|Fenglin University"},
		},
		// near-misses: a place after a surname word with no post beside it,
		// and a place that opens a body's name, stay what they are
		"PlaceAfterSurnameWithoutPost": {
			text: "Fenglin University signed agreements with Linhe and Hainan, and Ma Hainan was not there.",
			not:  []string{"Ma Hainan|leads|Fenglin University"},
		},
		"PlaceOpeningBodyName": {
			text: "President Li Wenbo visited Hainan University and Xinjiang Normal University.",
			want: []string{"Li Wenbo|visited|Hainan University"},
		},
		// capitalised, "Affiliated to Y" is part of a body's official
		// name; in lower case after a comma it still ties the body to Y
		"AffiliatedToInOfficialName": {
			text: "Fenglin University signed an agreement with Linhe City to build the West Hospital of Linhe Affiliated to FLU. Bao Lin, President of the West Hospital of Linhe Affiliated to FLU, spoke.",
			want: []string{"Bao Lin|leads|West Hospital of Linhe Affiliated to FLU"},
			not:  []string{"Bao Lin|leads|West Hospital of Linhe Affiliated", "West Hospital of Linhe Affiliated to FLU|part-of|West Hospital"},
		},
		"AffiliatedWithInOfficialName": {
			text: "The Middle School Affiliated with Nanhu Normal University signed an agreement with Linhe Museum.",
			want: []string{"Middle School Affiliated with Nanhu Normal University|signed-with|Linhe Museum"},
			not:  []string{"Middle School Affiliated with Nanhu Normal University|part-of|Middle School"},
		},
		"LowerAffiliatedToIsTheParent": {
			text: "Linhe Central Hospital, affiliated to Fenglin Medical University, signed an agreement with Nanhu Museum.",
			want: []string{"Linhe Central Hospital, Fenglin Medical University|part-of|Fenglin Medical University"},
		},
		// a body's acronym before a group it owns, the group also named
		// without it, is the owner: the acronym is no short name of the group
		"OwnerAcronymBeforeGroupName": {
			text: "FLU signed an agreement with Linhe District to build the Linhe Basic Education Group. Bao Lin, President of FLU, signed the agreement on the FLU Linhe Basic Education Group.",
			want: []string{"Bao Lin|leads|FLU", "FLU|signed-with|Linhe District"},
			not:  []string{"Bao Lin|leads|FLU Linhe Basic Education Group", "Bao Lin|leads|Linhe Basic Education Group"},
		},
		// near-miss: a short name of a group named only in full stays it
		"ShortNameOfGroupStays": {
			text: "Fenglin University signed an agreement with Qiantang Power Group. Cao Yiming, chairman of Qiantang Power, attended.",
			want: []string{"Cao Yiming|leads|Qiantang Power Group"},
		},
		// a newspaper is a body, its name ending in "Daily" or "Newspaper";
		// its publisher and editor-in-chief lead it
		"NewspaperSigns": {
			text: "Linhe Daily signed a strategic cooperation agreement with Nanhu Museum. Bao Lin, publisher and editor-in-chief of Linhe Daily, attended.",
			want: []string{"Linhe Daily|signed-with|Nanhu Museum", "Bao Lin|leads|Linhe Daily"},
		},
		"NewspaperWithOrWithoutNewspaper": {
			text: "The agreement between Fenglin Daily Newspaper and Nanhu Museum was signed. Fenglin Daily will report on the museum. Editor-in-chief Qian Wenbo of Fenglin Daily spoke.",
			want: []string{"Fenglin Daily|signed-with|Nanhu Museum", "Qian Wenbo|leads|Fenglin Daily"},
			not:  []string{"Fenglin Daily Newspaper|signed-with|Nanhu Museum"}, // one body, two names
		},
		// near-miss: "daily" as an adverb or adjective names nothing
		"DailyAsAdverb": {
			text: "Fenglin University signed an agreement with Nanhu Museum. Daily tours will start in May, and students will visit the museum daily.",
			want: []string{"Fenglin University|signed-with|Nanhu Museum"},
			not:  []string{"Daily|signed-with|Nanhu Museum"},
		},
		// a ministry designates a key laboratory or centre: it is named in
		// the unit's name and is no parent
		"KeyLabOfMinistry": {
			text: "Qian Wenbo, director of the Key Laboratory of Soil Ecology of the Ministry of Education, visited Fenglin University. Qian Wenbo spoke.",
			want: []string{"Qian Wenbo|leads|Key Laboratory of Soil Ecology of the Ministry of Education"},
			not:  []string{"Key Laboratory of Soil Ecology, Ministry of Education|part-of|Ministry of Education", "Qian Wenbo|leads|Ministry of Education"},
		},
		"EngineeringCentreUnderMinistry": {
			text: "The Engineering Research Centre under the Ministry of Agriculture was set up at Linhe College. Its director Bao Lin spoke.",
			not:  []string{"Engineering Research Centre, Ministry of Agriculture|part-of|Ministry of Agriculture"},
		},
		// near-miss: a ministry's department is its part
		"DepartmentOfMinistryIsPart": {
			text: "Zhao Minghui, director of the Department of Higher Education of the Ministry of Education, visited Fenglin University.",
			want: []string{"Department of Higher Education, Ministry of Education|part-of|Ministry of Education"},
		},
		// a member's rank in an association between two names: the
		// association, the rank, the member
		"RankEnterpriseBetweenNames": {
			text: "The cooperation agreement was signed between the Linhe County Chamber of Commerce Vice President Enterprise Nanhu Robot Co., Ltd. and Fenglin College.",
			not: []string{"Linhe County Chamber|part-of|Commerce Vice President Enterprise Nanhu Robot Co., Ltd.",
				"Commerce Vice President Enterprise Nanhu Robot Co., Ltd.|signed-with|Fenglin College"},
		},
		"RankUnitBetweenNames": {
			text: "Fenglin College signed an agreement with the Nanhu Software Association Council Member Unit Linhe Data Technology Co., Ltd.",
			not:  []string{"Fenglin College|signed-with|Nanhu Software Association Council Member Unit Linhe Data Technology Co., Ltd."},
		},
		// near-miss: a post before its holder's name stays a post
		"PostBeforePersonStays": {
			text: "Linhe County Chamber of Commerce Vice President Zhao Minghui visited Fenglin College.",
			want: []string{"Zhao Minghui|leads|Linhe County Chamber of Commerce"},
		},
	})
}
