package cn.jianwu.redaction;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tricks a careful reviewer tried on the gate, each written into a rich-text body as
 * a Word paste or a hostile author would: whatever the markup, entities, invisible
 * characters, grouping or digit width, the published body holds none of the identifiers,
 * and what readers read is what was checked. The ID number 11010519491231002X and the
 * card 6217001234567890122 are fictional and carry valid check digits.
 */
class ReaderTextTricksTest {

	private final RedactionScanner scanner = new RedactionScanner(
			Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneId.of("Asia/Shanghai")), List.of("0351-1234567"));

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = {
			// split by markup
			"<p>身份证号110105<span>19491231002X</span></p>", "<p>电话138<b>0013</b>8000</p>",
			"<p>身份证号<span>110105</span><span>1949</span><span>1231002X</span></p>",
			// entities
			"<p>身份证号&#x31;1010519491231002X</p>", "<p>电话&#49;3800138000</p>", "<p>电话138&#x30;0138000</p>",
			// invisible characters
			"<p>电话1380\u200B0138000</p>", "<p>身份证号110105\u00AD19491231002X</p>", "<p>电话138\uFEFF0013\u200D8000</p>",
			"<p>电话138&shy;0013&#8203;8000</p>",
			// grouped by spaces, dashes, dots, no-break spaces
			"<p>身份证号110105 19491231 002X</p>", "<p>身份证号110105-19491231-002X</p>", "<p>身份证号110105.19491231.002X</p>",
			"<p>身份证号110105&nbsp;19491231&nbsp;002X</p>", "<p>身份证号 110 105 194 912 310 02X</p>",
			"<p>电话138.0013.8000</p>", "<p>电话138 0013 8000</p>", "<p>电话138–0013–8000</p>",
			// full-width digits and the letter X in either case
			"<p>身份证号１１０１０５１９４９１２３１００２Ｘ</p>", "<p>身份证号11010519491231002x</p>", "<p>电话１３８００１３８０００</p>",
			"<p>身份证号１１０１０５　１９４９１２３１　００２ｘ</p>",
			// a wrong check digit with a real region and birth date
			"<p>身份证号110105194912310021</p>", "<p>身份证号110105 19491231 0021</p>",
			// in a list, a table, a heading
			"<ul><li>身份证号11010519491231002X</li></ul>", "<table><tr><td>13800138000</td></tr></table>" })
	void noTrickGetsAnIdentifierPastTheGate(String body) {
		HtmlText html = HtmlText.parse(body);

		String published = html.redact(this.scanner.scan(html.text(), List.of()));

		assertThat(this.scanner.remainingIdentifiers(html.text())).as("found before").isNotEmpty();
		HtmlText read = HtmlText.parse(published);
		assertThat(digitsOf(read.text())).doesNotContain("13800138000", "11010519491231002", "11010519491231002");
		assertThat(this.scanner.check(read, List.of(), List.of()).clean()).as("clean after").isTrue();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@ValueSource(strings = { "<p>被告人张<b>三</b>丰盗窃</p>", "<p>被告人张&#x4E09;丰盗窃</p>", "<p>被告人张\u200B三丰盗窃</p>",
			"<p>被告人<span>张</span><span>三</span><span>丰</span>盗窃</p>", "<p>被告人张三\u00AD丰盗窃</p>" })
	void noTrickGetsAListedNamePastTheGate(String body) {
		HtmlText html = HtmlText.parse(body);

		String published = html.redact(this.scanner.scan(html.text(), List.of("张三丰")));

		assertThat(HtmlText.parse(published).text()).isEqualTo("被告人张某盗窃");
		assertThat(this.scanner.check(html, List.of("张三丰"), List.of()).persons()).containsExactly("张三丰");
	}

	/**
	 * Columns: the reader's text | what must still stand after the redaction.
	 */
	@ParameterizedTest(name = "[{index}] {0}")
	@CsvSource(delimiter = '|', textBlock = """
			晋检刑诉受〔2017〕35010300001号                  | 晋检刑诉受〔2017〕35010300001号
			（2023）晋0105刑初123号                          | （2023）晋0105刑初123号
			2023年5月6日、2023-05-06、2023.05.06             | 2023年5月6日、2023-05-06、2023.05.06
			人民币12,345,678.00元                            | 人民币12,345,678.00元
			依照《刑法》第二百六十四条、第六十七条第三款     | 依照《刑法》第二百六十四条、第六十七条第三款
			本院举报电话0351-1234567，欢迎监督               | 本院举报电话0351-1234567，欢迎监督
			本院举报电话（0351）1234567                      | 本院举报电话（0351）1234567
			第1 2 3 4号证据                                  | 第1 2 3 4号证据
			共 3 人、5 次、2023 年                           | 共 3 人、5 次、2023 年
			""")
	void leavesAloneWhatTheRulesKeep(String text, String kept) {
		String published = Redactor.apply(text, this.scanner.scan(text, List.of()));

		assertThat(published).isEqualTo(kept);
	}

	private static String digitsOf(String text) {
		return text.replaceAll("[^0-9Xx]", "");
	}

}
