package cn.jianwu.redaction;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the portal, the bulletin, WeChat and search show of a body: its words as
 * paragraphs, never its markup. The gate checks this very text, so these are also the
 * rules for what counts as one stretch of text to a reader.
 */
class ChannelParagraphsTest {

	@Test
	void blocksAndLineBreaksBecomeParagraphsAndMarkupIsDropped() {
		assertThat(HtmlText.parse("<p>第一段<b>加粗</b>。</p>\n<p>第二段<br>换行</p><ul><li>一</li><li>二</li></ul>").paragraphs())
			.containsExactly("第一段加粗。", "第二段", "换行", "一", "二");
		assertThat(HtmlText.parse("<h3>晋安区人民检察院<br>不起诉决定书</h3><p>晋安检公诉刑不诉〔2026〕12号</p><p>被不起诉人王某，<b>男</b>，1990年出生。</p>")
			.paragraphs()).containsExactly("晋安区人民检察院", "不起诉决定书", "晋安检公诉刑不诉〔2026〕12号", "被不起诉人王某，男，1990年出生。");
	}

	@Test
	void scriptsAttributesAndEntitiesNeverComeThroughAsMarkup() {
		assertThat(HtmlText
			.parse("<p title=\"13800138000\" onclick=\"x()\">电话&lt;已隐去&gt;</p><script>alert(1)</script>"
					+ "<style>p{}</style><img src=x onerror=alert(2)><p>&lt;script&gt;是文字</p>")
			.paragraphs()).containsExactly("电话<已隐去>", "<script>是文字");
	}

	@Test
	void aPlainTextBodyIsSplitAtItsLineBreaks() {
		assertThat(HtmlText.parse("第一段。\n\n第二段，\u3000有空格。\r\n第三段。").paragraphs()).containsExactly("第一段。", "第二段， 有空格。",
				"第三段。");
		assertThat(HtmlText.parse(null).paragraphs()).isEmpty();
		assertThat(HtmlText.parse("  ").paragraphs()).isEmpty();
	}

}
