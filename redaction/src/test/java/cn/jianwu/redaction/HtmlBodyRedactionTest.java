package cn.jianwu.redaction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of an item is rich text: the gate reads the reader's text, redacts inside the
 * text nodes it covers and leaves the markup as it was, so the published page renders as
 * the clerk laid it out.
 */
class HtmlBodyRedactionTest {

	private final RedactionScanner scanner = new RedactionScanner();

	@Test
	void redactsInsideTextNodesAndKeepsTheMarkup() {
		String body = "<p>被害人<b>张三</b>，电话<span>13800138000</span>，邮箱<a href=\"#\">zs@example.com</a>&nbsp;13900139000</p>"
				+ "<table><tr><td>&#20013;晋A12345</td></tr></table>";
		HtmlText html = HtmlText.parse(body);

		String redacted = html.redact(this.scanner.scan(html.text(), List.of("张三")));

		assertThat(redacted).isEqualTo("<p>被害人<b>张某</b>，电话<span>×××××××××××</span>，邮箱<a href=\"#\">××××××××××××××</a>"
				+ "&nbsp;×××××××××××</p><table><tbody><tr><td>中×××××××</td></tr></tbody></table>");
	}

	@Test
	void aNameSplitByMarkupIsOneNameToTheReaderAndToTheGate() {
		HtmlText html = HtmlText.parse("<p>张<b>三</b>丰盗窃</p>");

		String redacted = html.redact(this.scanner.scan(html.text(), List.of("张三丰")));

		assertThat(html.text()).isEqualTo("张三丰盗窃");
		assertThat(redacted).isEqualTo("<p>张某<b></b>盗窃</p>");
		assertThat(this.scanner.check(HtmlText.parse(redacted), List.of("张三丰"), List.of()).clean()).isTrue();
		assertThat(this.scanner.check(html, List.of("张三丰"), List.of()).persons()).containsExactly("张三丰");
	}

	@Test
	void theApprovalCheckStillSeesWhatHidesInAttributes() {
		HtmlText html = HtmlText.parse("<p title=\"张三\">被害人<a href=\"tel:13800138000\">来电</a></p>"
				+ "<a href=\"mailto:zs@example.com\">来信</a>");

		RedactionCheck check = this.scanner.check(html, List.of("张三"), List.of());

		assertThat(check.clean()).isFalse();
		assertThat(check.identifiers()).extracting(Redaction::kind)
			.containsExactly(RedactionKind.PHONE, RedactionKind.EMAIL);
		assertThat(check.persons()).containsExactly("张三");
	}

	@Test
	void aLessThanSignInPlainTextIsText() {
		HtmlText html = HtmlText.parse("金额&lt;5000元 且 电话13800138000 &gt; 0");

		assertThat(html.redact(this.scanner.scan(html.text(), List.of())))
			.isEqualTo("金额&lt;5000元 且 电话××××××××××× &gt; 0");
	}

	@Test
	void scriptsAndStylesAreNoText() {
		HtmlText html = HtmlText.parse("<p>正文</p><script>var t='13800138000'</script><style>p{}</style>");

		assertThat(html.text()).isEqualTo("正文");
		assertThat(html.paragraphs()).containsExactly("正文");
	}

	@Test
	void paragraphsAreWhatTheChannelsShow() {
		HtmlText html = HtmlText.parse("<h2>标题</h2><p>第一段\n  接着<br>第二行</p><ul><li>一</li><li>二</li></ul>");
		HtmlText plain = HtmlText.parse("第一段\n\n第二段");

		assertThat(html.paragraphs()).containsExactly("标题", "第一段 接着", "第二行", "一", "二");
		assertThat(plain.paragraphs()).containsExactly("第一段", "第二段");
	}

}
