package cn.jianwu.portal.publication;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BodyParagraphsTest {

	@Test
	void richTextBecomesPlainParagraphs() {
		assertThat(BodyParagraphs
			.of("<h3>晋安区人民检察院<br>不起诉决定书</h3><p>晋安检公诉刑不诉〔2026〕12号</p>" + "<p>被不起诉人王某，<b>男</b>，1990年出生。</p>"))
			.containsExactly("晋安区人民检察院", "不起诉决定书", "晋安检公诉刑不诉〔2026〕12号", "被不起诉人王某，男，1990年出生。");
	}

	@Test
	void plainTextLinesAreParagraphs() {
		assertThat(BodyParagraphs.of("第一段。\n\n第二段，\u3000有空格。\r\n第三段")).containsExactly("第一段。", "第二段， 有空格。", "第三段");
	}

	@Test
	void scriptsStylesAndAttributesNeverReachThePage() {
		assertThat(BodyParagraphs.of("<p onclick=\"x()\">正文</p><script>alert('x')</script><style>p{}</style>"
				+ "<img src=x onerror=alert(1)><p>&lt;script&gt;是文字</p>"))
			.containsExactly("正文", "<script>是文字");
		assertThat(BodyParagraphs.of(null)).isEmpty();
		assertThat(BodyParagraphs.of("  ")).isEmpty();
	}

}
