package cn.jianwu.redaction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * What the scanner proposes for the identifiers and names that appear in procuratorate
 * documents, and what it must leave alone. The ID numbers are fictional, computed with
 * the GB 11643-1999 check digit; the cards with the Luhn digit.
 */
class RedactionScannerTest {

	private static final Pattern CROSSES = Pattern.compile("\\[×(\\d+)]");

	/** 2025-06-01 in Beijing: birth dates after it are implausible. */
	private final RedactionScanner scanner = new RedactionScanner(
			Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")));

	/**
	 * Columns: text | listed persons (";"-separated) | expected redacted text ("[×18]"
	 * stands for 18 crosses) | expected kinds in order (";"-separated, empty for none).
	 */
	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', nullValues = "",
			textBlock = """
					# --- resident ID numbers: 18 digits with a valid check digit and birth date
					身份证号140105199003071234。                  |                | 身份证号[×18]。                 | ID_NUMBER
					公民身份号码14010519900307120X，住太原        |                | 公民身份号码[×18]，住太原       | ID_NUMBER
					身份证14010519900307120x（小写x）             |                | 身份证[×18]（小写x）            | ID_NUMBER
					闰日出生140105200002290043                    |                | 闰日出生[×18]                   | ID_NUMBER
					1949年出生110105194910010015                  |                | 1949年出生[×18]                 | ID_NUMBER
					身份证号：４４０３０６１９７８０１０１１２３５     |                | 身份证号：[×18]                 | ID_NUMBER
					# a wrong check digit with a real region and birth date is still somebody's ID number
					身份证号140105199003071235。                  |                | 身份证号[×18]。                 | ID_NUMBER
					# impossible or future date, unknown region, too long: not an ID
					编号990105199003071235。                      |                | 编号990105199003071235。        |
					二月三十日140105202302300011                  |                | 二月三十日140105202302300011    |
					1899年140105189912310010                      |                | 1899年140105189912310010        |
					未来日期140105203001010015                    |                | 未来日期140105203001010015      |
					流水号14010519900307123456                    |                | 流水号14010519900307123456      |
					订单A140105199003071234                       |                | 订单A140105199003071234         |
					# --- 15-digit legacy ID numbers
					旧身份证号140105900307123                     |                | 旧身份证号[×15]                 | ID_NUMBER
					月份为十三140105901307123                     |                | 月份为十三140105901307123       |
					# --- mobile and landline numbers
					手机13800138000。                             |                | 手机[×11]。                     | PHONE
					手机138-0013-8000                             |                | 手机[×13]                       | PHONE
					手机138 0013 8000联系                         |                | 手机[×13]联系                   | PHONE
					手机+86 138 0013 8000                         |                | 手机[×17]                       | PHONE
					手机008613800138000                           |                | 手机[×15]                       | PHONE
					手机１３８００１３８０００（全角）              |                | 手机[×11]（全角）               | PHONE
					电话：0351-7654321                            |                | 电话：[×12]                     | PHONE
					电话（0351）7654321                           |                | 电话[×13]                       | PHONE
					电话010-87654321转808                         |                | 电话[×16]                       | PHONE
					编号138001380001                              |                | 编号138001380001                |
					编号12345678901                               |                | 编号12345678901                 |
					# --- bank cards (Luhn) and announced accounts
					转入6217001234567890122                       |                | 转入[×19]                       | BANK_CARD
					转入6217 0012 3456 7890 122                   |                | 转入[×23]                       | BANK_CARD
					信用卡4111111111111111                        |                | 信用卡[×16]                     | BANK_CARD
					转入6217001234567890123                       |                | 转入6217001234567890123         |
					账号：6217001234567890123                     |                | 账号：[×19]                     | BANK_CARD
					对公账户 0502 0123 4567 890                    |                | 对公账户 [×18]                  | BANK_CARD
					# --- e-mail addresses
					邮箱zhangsan@example.com。                    |                | 邮箱[×20]。                     | EMAIL
					邮箱13800138000@qq.com                        |                | 邮箱[×18]                       | EMAIL
					# --- licence plates
					驾驶晋A12345号小型轿车                        |                | 驾驶[×7]号小型轿车              | LICENCE_PLATE
					新能源车京AD12345                              |                | 新能源车[×8]                    | LICENCE_PLATE
					车牌晋A·12345                                 |                | 车牌[×8]                        | LICENCE_PLATE
					晋A123456不是号牌                             |                | 晋A123456不是号牌               |
					# --- listed natural persons
					被害人张三丰称                                | 张三丰         | 被害人张某称                    | PERSON_NAME
					证人王五、王五之妻                            | 王五           | 证人王某、王某之妻              | PERSON_NAME;PERSON_NAME
					欧阳娜娜和司马光                              | 欧阳娜娜;司马光 | 欧阳某和司马某                  | PERSON_NAME;PERSON_NAME
					张三与张四                                    | 张四;张三      | 张某1与张某2                    | PERSON_NAME;PERSON_NAME
					张三丰和张三                                  | 张三;张三丰    | 张某1和张某2                    | PERSON_NAME;PERSON_NAME
					张三，张四未到庭                              | 张三;李四      | 张某，张四未到庭                | PERSON_NAME
					买买提·艾力和阿不都热合曼                     | 买买提•艾力;阿不都热合曼 | 买某和阿某            | PERSON_NAME;PERSON_NAME
					Witness JOHN  SMITH said                      | John Smith     | Witness J. said                 | PERSON_NAME
					John Smith and Jane Doe; Johnson stays        | John Smith;Jane Doe;John | J.1 and J.2; Johnson stays | PERSON_NAME;PERSON_NAME
					辩护人李明律师，被害人赵六                    | 赵六           | 辩护人李明律师，被害人赵某      | PERSON_NAME
					# --- what must stay untouched
					晋检刑诉受〔2017〕35010300001号               |                | 晋检刑诉受〔2017〕35010300001号 |
					（2023）晋0105刑初123号                       |                | （2023）晋0105刑初123号         |
					（2020）晋0105刑初140105199003071235号        |                | （2020）晋0105刑初140105199003071235号 |
					晋检刑不诉[2024]13800138000号                 |                | 晋检刑不诉[2024]13800138000号   |
					2023年5月6日及2023-05-06                      |                | 2023年5月6日及2023-05-06        |
					人民币12345678.00元                           |                | 人民币12345678.00元             |
					共计12,345元，约1.5万元                       |                | 共计12,345元，约1.5万元         |
					人民币13800138000元                           |                | 人民币13800138000元             |
					依照第一百七十七条第二款                      |                | 依照第一百七十七条第二款        |
					律师执业证号：11101200910123455               |                | 律师执业证号：11101200910123455 |
					""")
	void proposesWhatTheRuleDeletesAndNothingElse(String text, String persons, String expected, String kinds) {
		List<Redaction> redactions = this.scanner.scan(text, split(persons));

		assertThat(Redactor.apply(text, redactions)).isEqualTo(expandCrosses(expected));
		assertThat(redactions).extracting(Redaction::kind)
			.containsExactlyElementsOf(split(kinds).stream().map(RedactionKind::valueOf).toList());
		assertThat(redactions).allSatisfy((redaction) -> assertThat(text.substring(redaction.start(), redaction.end()))
			.isEqualTo(redaction.original()));
	}

	@Test
	void proposalsAreSortedByStartCarryChineseReasonsAndKeepTheOriginalSpelling() {
		String text = "被告人张三（身份证号１４０１０５１９９００３０７１２３４），手机13800138000。";

		List<Redaction> redactions = this.scanner.scan(text, List.of("张三"));

		assertThat(redactions).extracting(Redaction::start).isSorted();
		assertThat(redactions).extracting(Redaction::reason).containsExactly("自然人姓名（保留姓氏）", "公民身份号码（校验位有效）", "手机号码");
		// The full-width digits are matched, but reported as they stand in the text.
		assertThat(redactions.get(1).original()).isEqualTo("１４０１０５１９９００３０７１２３４");
	}

	@Test
	void marksTheAddressesTheClerkGaveAndKeepsTheCounty() {
		String text = "住山西省太原市小店区平阳路1号院3单元，其妻亦住平阳路1号院3单元。";

		List<Redaction> redactions = this.scanner.scan(text, List.of(), List.of("平阳路1号院3单元"));

		assertThat(Redactor.apply(text, redactions)).isEqualTo("住山西省太原市小店区×××××××××，其妻亦住×××××××××。");
		assertThat(redactions).extracting(Redaction::kind).containsOnly(RedactionKind.ADDRESS);
	}

	@Test
	void refusesOneCharacterNamesThatWouldEraseThatCharacterEverywhere() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.scanner.scan("张三说", List.of("张")));
	}

	@Test
	void staysFastOnTheLongestTextThePreviewAccepts() {
		String sentence = "被告人张三于2023年5月6日向6217001234567890122转账人民币12,345元，电话13800138000，aaaa@";
		String text = sentence.repeat(200_000 / sentence.length());
		String digits = "1".repeat(200_000);
		String letters = "a".repeat(199_999) + "@";

		long started = System.nanoTime();
		List<Redaction> redactions = this.scanner.scan(text, List.of("张三", "李四"));
		this.scanner.scan(digits, List.of("张三"));
		this.scanner.scan(letters, List.of("John Smith"));
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(redactions).hasSize(3 * (200_000 / sentence.length()));
		// A guard against catastrophic backtracking (minutes to hours), not a benchmark:
		// the bound is loose so that a loaded CI machine never trips it.
		assertThat(millis).as("scan time in ms").isLessThan(60_000);
	}

	private static List<String> split(String values) {
		return (values != null) ? Arrays.stream(values.split(";")).map(String::strip).toList() : List.of();
	}

	private static String expandCrosses(String expected) {
		Matcher matcher = CROSSES.matcher(expected);
		StringBuilder expanded = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(expanded, Redaction.CROSS.repeat(Integer.parseInt(matcher.group(1))));
		}
		return matcher.appendTail(expanded).toString();
	}

}
