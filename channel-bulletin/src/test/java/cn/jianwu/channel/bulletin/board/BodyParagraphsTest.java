package cn.jianwu.channel.bulletin.board;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The detail page shows a body's words only, as paragraphs. */
class BodyParagraphsTest {

	@Test
	void blocksAndLineBreaksBecomeParagraphsAndMarkupIsDropped() {
		assertThat(BodyParagraphs.of("<p>第一段<b>加粗</b>。</p>\n<p>第二段<br>换行</p><ul><li>一</li><li>二</li></ul>"))
			.containsExactly("第一段加粗。", "第二段", "换行", "一", "二");
	}

	@Test
	void scriptsAttributesAndEntitiesNeverComeThroughAsMarkup() {
		assertThat(BodyParagraphs.of("<p title=\"13800138000\">电话&lt;已隐去&gt;</p><script>alert(1)</script>"
				+ "<style>p{}</style><img src=x onerror=alert(2)>"))
			.containsExactly("电话<已隐去>");
	}

	@Test
	void aPlainTextBodyIsSplitAtItsLineBreaks() {
		assertThat(BodyParagraphs.of("第一段。\n\n第二段。\r\n第三段。")).containsExactly("第一段。", "第二段。", "第三段。");
		assertThat(BodyParagraphs.of(null)).isEmpty();
		assertThat(BodyParagraphs.of("  ")).isEmpty();
	}

}
