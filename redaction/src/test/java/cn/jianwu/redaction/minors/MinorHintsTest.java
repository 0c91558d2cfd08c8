package cn.jianwu.redaction.minors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What makes the platform ask whether a minor is involved, and what must not. The ID
 * numbers are fictional, with the GB 11643-1999 check digit computed by
 * {@link IdNumbers}.
 */
class MinorHintsTest {

	private static final LocalDate CASE_DATE = LocalDate.of(2024, 6, 1);

	/** Today is 2025-06-01 in Beijing. */
	private final MinorHints hints = new MinorHints(
			Clock.fixed(Instant.parse("2025-05-31T16:00:00Z"), ZoneId.of("Asia/Shanghai")));

	// --- ID numbers

	@Test
	void firesOnTheIdNumberOfAMinorDefendant() {
		String id = IdNumbers.id("110105", "20080315", "001");
		String text = "被告人张三（2008年3月生，公民身份号码" + id + "），男，汉族，住北京市朝阳区。";

		List<MinorHint> found = this.hints.find(text, List.of("张三"), CASE_DATE);

		assertThat(found).singleElement().satisfies((hint) -> {
			assertThat(hint.kind()).isEqualTo(MinorHintKind.ID_NUMBER_UNDER_18);
			assertThat(text.substring(hint.start(), hint.end())).isEqualTo(id);
			assertThat(hint.reason()).isEqualTo("公民身份号码中的出生日期表明其在案件日期未满十八周岁").doesNotContain("张三", id, "2008");
		});
	}

	@Test
	void ignoresTheIdNumberOfAnAdult() {
		String text = "被告人张三，男，1990年3月7日出生，公民身份号码" + IdNumbers.id("140105", "19900307", "123") + "。";

		assertThat(this.hints.find(text, List.of("张三"), CASE_DATE)).isEmpty();
	}

	@ParameterizedTest(name = "case on {0}: minor {1}")
	@CsvSource(textBlock = """
			2026-03-14, true
			2026-03-15, true
			2026-03-16, false
			""")
	void countsTheEighteenthBirthdayAsUnderAge(LocalDate caseDate, boolean fires) {
		String text = "被害人李四，女，公民身份号码" + IdNumbers.id("110105", "20080315", "002") + "。";

		assertThat(this.hints.find(text, List.of(), caseDate)).hasSize(fires ? 1 : 0);
	}

	@Test
	void readsTheCenturyOfALegacyFifteenDigitNumber() {
		String text = "被告人张三，身份证号码110105980315001。";

		assertThat(this.hints.find(text, null, LocalDate.of(2010, 5, 1))).extracting(MinorHint::kind)
			.containsExactly(MinorHintKind.ID_NUMBER_UNDER_18);
		assertThat(this.hints.find(text, null, LocalDate.of(2017, 5, 1))).isEmpty();
	}

	@Test
	void takesTodayInChinaWhenTheCaseHasNoDate() {
		String seventeen = "被害人公民身份号码" + IdNumbers.id("110105", "20080315", "003") + "。";
		String eighteenYesterday = "被害人公民身份号码" + IdNumbers.id("110105", "20070531", "004") + "。";

		assertThat(this.hints.find(seventeen, null, null)).hasSize(1);
		assertThat(this.hints.find(eighteenYesterday, null, null)).isEmpty();
	}

	@Test
	void asksToCheckABirthDateAfterTheCaseDate() {
		String text = "被害人公民身份号码" + IdNumbers.id("110105", "20150101", "005") + "。";

		assertThat(this.hints.find(text, null, LocalDate.of(2010, 1, 1))).singleElement()
			.satisfies((hint) -> assertThat(hint.reason()).contains("晚于案件日期"));
	}

	@Test
	void firesOnAnIdNumberFarFromAnyParty() {
		String text = "经查，涉案手机号码的实名登记人身份信息为" + "某".repeat(40) + "，公民身份号码" + IdNumbers.id("110105", "20100101", "006")
				+ "。";

		assertThat(this.hints.find(text, null, CASE_DATE)).extracting(MinorHint::kind)
			.containsExactly(MinorHintKind.ID_NUMBER_UNDER_18);
	}

	@Test
	void readsOnlyIdNumbersNotOtherLongNumbers() {
		String text = "被告人张三银行卡号6217001234567890122，联系电话13800138000。";

		assertThat(this.hints.find(text, List.of("张三"), CASE_DATE)).isEmpty();
	}

	// --- wording near a party

	/**
	 * Columns: text | listed persons (";"-separated, empty for none) | expected kinds in
	 * order (";"-separated).
	 */
	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', nullValues = "", textBlock = """
			被告人张三（15岁）伙同他人盗窃电动车一辆。                       |      | STATED_AGE
			被告人张三（１５岁）伙同他人盗窃电动车一辆。                     |      | STATED_AGE
			被害人李某某，女，2010年5月出生，案发时年仅13岁。                |      | STATED_AGE
			被告人王五时年十六岁，系某职业学校学生。                         |      | STATED_AGE
			被不起诉人赵六，男，17周岁，汉族。                               |      | STATED_AGE
			<p>被不起诉人赵六，男，<b>17周岁</b>，汉族。</p>                 |      | STATED_AGE
			被告人周八作案时刚满十四周岁。                                   |      | STATED_AGE
			张三（15岁）于2023年5月2日在网吧内与他人发生争执。               | 张三 | STATED_AGE
			年仅十五岁的张三在网吧内与他人发生争执。                         | 张三 | STATED_AGE
			犯罪嫌疑人孙七作案时未满十八周岁。                               |      | AGE_BRACKET
			犯罪嫌疑人孙七作案时未满18周岁。                                 |      | AGE_BRACKET
			犯罪嫌疑人孙七作案时不满十四周岁，不予追究刑事责任。             |      | AGE_BRACKET
			被告人周八犯罪时已满十四周岁不满十六周岁。                       |      | AGE_BRACKET
			三名被害人均为十八周岁以下。                                     |      | AGE_BRACKET
			被告人明知被害人系不满十四周岁的幼女。                           |      | AGE_BRACKET;MINOR_TERM
			被告人张三系未成年人。                                           |      | MINOR_TERM
			被害人系一名幼童。                                               |      | MINOR_TERM
			被告人张三拐骗儿童一名。                                         |      | MINOR_TERM
			被害人系女童。                                                   |      | MINOR_TERM
			被害人系男童。                                                   |      | MINOR_TERM
			被告人张三纠集多名少年殴打他人。                                 |      | MINOR_TERM
			被害人系一名1.5岁的幼儿。                                        |      | STATED_AGE;MINOR_TERM
			被害人系10余岁的女孩。                                           |      | STATED_AGE
			被害人系十多岁的女孩。                                           |      | STATED_AGE
			被害人李某系某中学在校初中生。                                   |      | SCHOOL_STAGE
			被害人系某小学三年级学生。                                       |      | SCHOOL_STAGE
			被害人王某某系小学生。                                           |      | SCHOOL_STAGE
			本院决定对犯罪嫌疑人吴九作出附条件不起诉决定。                   |      | JUVENILE_PROCEDURE
			讯问犯罪嫌疑人吴九时，通知合适成年人到场。                       |      | JUVENILE_PROCEDURE
			""")
	void firesOnWordingNearAParty(String text, String persons, String kinds) {
		assertThat(this.hints.find(text, split(persons), CASE_DATE)).extracting(MinorHint::kind)
			.containsExactly(Arrays.stream(kinds.split(";")).map(MinorHintKind::valueOf).toArray(MinorHintKind[]::new));
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', nullValues = "", textBlock = """
			本案由本院未成年人检察部门办理，被告人张三，男，1990年3月7日出生。             |
			依照《中华人民共和国未成年人保护法》第五十四条之规定，被告人张三的行为……       |
			依照《中华人民共和国预防未成年人犯罪法》第二条，被告人张三……                   |
			依据《中华人民共和国刑法》第二百三十六条第二款规定：“奸淫不满十四周岁的幼女的，以强奸论，从重处罚。”被告人张三…… |
			被告人张三案宣判后，本院开展预防未成年人犯罪法治宣传活动。                     |
			被告人张三犯拐卖妇女、儿童罪，判处有期徒刑五年。                               |
			本院邀请青少年代表旁听被告人张三案庭审。                                       |
			被告人张三于六一儿童节当天在商场盗窃。                                         |
			被告人张三，男，18岁。                                                          |
			被告人张三，男，十八周岁。                                                      |
			被告人张三，男，19岁。                                                          |
			被告人张三作案时已年满十八周岁。                                                |
			被告人张三作案时已满18周岁以上。                                                |
			被告人张三已满七十五周岁，依法从宽处理。                                        |
			被告人张三不满七十五周岁，不适用从宽规定。                                      |
			被告人张三于2015年6月1日15时许窃得人民币1500元。                                |
			被告人张三盗窃价值17万元的手表，于2016年12月17日被抓获。                        |
			被告人张三，男，初中文化，无业。                                                |
			被告人张三，男，小学文化，农民。                                                |
			本院依法严厉惩治侵害未成年人的犯罪，切实保护未成年人合法权益。                 |
			王小明（15岁）于2023年5月2日在网吧内与他人发生争执。                            |
			被告人陈少年，男，20余岁，无业。                                                | 陈少年
			被告人张三于2023年5月2日在某区某街道某小区门口与他人发生争执并持刀伤人。本院认为，社会各界应当关注未成年人。 |
			""")
	void staysSilentOnWordingThatConcernsNoParty(String text, String persons) {
		assertThat(this.hints.find(text, split(persons), CASE_DATE)).isEmpty();
	}

	@Test
	void findsEveryHintOfAnIndictmentWithReasonsFreeOfPersonalData() {
		String id = IdNumbers.id("110105", "20080315", "001");
		String text = "被告人张三（2008年3月生，公民身份号码" + id + "），男，汉族，在校初中生。" + "被害人李四，女，案发时年仅13岁。本案由本院未成年人检察部门办理。";

		List<MinorHint> found = this.hints.find(text, List.of("张三", "李四"), CASE_DATE);

		assertThat(found).extracting(MinorHint::kind)
			.containsExactly(MinorHintKind.ID_NUMBER_UNDER_18, MinorHintKind.SCHOOL_STAGE, MinorHintKind.STATED_AGE);
		assertThat(found).extracting((hint) -> text.substring(hint.start(), hint.end()))
			.containsExactly(id, "在校初中生", "13岁");
		assertThat(found).extracting(MinorHint::reason)
			.allSatisfy((reason) -> assertThat(reason).doesNotContain("张三", "李四", "13", "2008")
				.doesNotContainPattern("[0-9]{6}"));
		assertThat(found.get(2).reason()).isEqualTo("所述年龄未满十八周岁，位于所列当事人姓名30字以内");
	}

	@Test
	void stillFindsTheWordingOnceTheNamesArePseudonyms() {
		String text = "被害人李某（女，13岁）系某小学学生。";

		assertThat(this.hints.find(text, List.of("李四"), CASE_DATE)).extracting(MinorHint::kind)
			.containsExactly(MinorHintKind.STATED_AGE, MinorHintKind.SCHOOL_STAGE);
		assertThat(this.hints.find(text, List.of("李四"), CASE_DATE).get(0).reason()).contains("诉讼身份“被害人”");
	}

	@Test
	void refusesAOneCharacterNameAsTheScannerDoes() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.hints.find("被告人张三。", List.of("张"), CASE_DATE));
	}

	@Test
	void labelsEveryKindInChinese() {
		assertThat(MinorHintKind.values()).allSatisfy((kind) -> assertThat(kind.label()).matches("[\\p{IsHan}]+"));
	}

	private static List<String> split(String persons) {
		return (persons != null) ? List.of(persons.strip().split(";")) : List.of();
	}

}
