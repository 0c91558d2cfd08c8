package cn.jianwu.redaction;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The body of an item is rich text: redaction works on the text between tags and never
 * changes markup, so the published page renders exactly as the clerk laid it out.
 */
class HtmlBodyRedactionTest {

	private final RedactionScanner scanner = new RedactionScanner();

	@Test
	void redactsTextNodesAndLeavesTagsAttributesAndEntitiesIntact() {
		String body = "<p class=\"张三\" data-tel=\"13800138000\">被害人<b>张三</b>，电话<span>13800138000</span>，"
				+ "邮箱<a href=\"mailto:zs@example.com\">zs@example.com</a>&nbsp;13900139000</p>"
				+ "<!-- 6217001234567890122 --><td>&#20013;晋A12345</td>";

		String redacted = Redactor.apply(body, this.scanner.scan(body, List.of("张三")));

		assertThat(redacted)
			.isEqualTo("<p class=\"张三\" data-tel=\"13800138000\">被害人<b>张某</b>，电话<span>×××××××××××</span>，"
					+ "邮箱<a href=\"mailto:zs@example.com\">××××××××××××××</a>&nbsp;×××××××××××</p>"
					+ "<!-- 6217001234567890122 --><td>&#20013;×××××××</td>");
	}

	@Test
	void theApprovalCheckStillSeesWhatHidesInsideTheMarkup() {
		String body = "<p class=\"张三\" data-tel=\"13800138000\">被害人<b>张三</b></p>"
				+ "<a href=\"mailto:zs@example.com\">来信</a>";
		String redacted = Redactor.apply(body, this.scanner.scan(body, List.of("张三")));

		RedactionCheck check = this.scanner.check(redacted, List.of("张三"), List.of());

		assertThat(check.clean()).isFalse();
		assertThat(check.identifiers()).extracting(Redaction::kind)
			.containsExactly(RedactionKind.PHONE, RedactionKind.EMAIL);
		assertThat(check.persons()).containsExactly("张三");
	}

	@Test
	void aLessThanSignInPlainTextIsNotMistakenForATag() {
		String text = "金额<5000元 且 电话13800138000 > 0";

		String redacted = Redactor.apply(text, this.scanner.scan(text, List.of()));

		assertThat(redacted).isEqualTo("金额<5000元 且 电话××××××××××× > 0");
	}

}
