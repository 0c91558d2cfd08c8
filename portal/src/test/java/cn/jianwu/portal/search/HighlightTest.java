package cn.jianwu.portal.search;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HighlightTest {

	@Test
	void marksBecomeMarkedRunsAndTheRestIsPlainText() {
		assertThat(Highlight.runs("我院依法对一起特大<em>网络赌博</em>案提起公诉")).containsExactly(new Highlight.Run("我院依法对一起特大", false),
				new Highlight.Run("网络赌博", true), new Highlight.Run("案提起公诉", false));
	}

	@Test
	void escapedTextIsDecodedOnceSoTheTemplateEscapesItOnce() {
		assertThat(Highlight.runs("&lt;b&gt;张某&amp;李某&quot;<em>盗窃</em>&#39;")).containsExactly(
				new Highlight.Run("<b>张某&李某\"", false), new Highlight.Run("盗窃", true), new Highlight.Run("'", false));
	}

	@Test
	void anyOtherMarkupStaysTextAndNeverBecomesAnElement() {
		List<Highlight.Run> runs = Highlight
			.runs("<script>alert(1)</script><EM>赌博</EM><img src=x onerror=alert(1)><em class=\"x\">不是标记</em>");
		assertThat(runs).containsExactly(new Highlight.Run("<script>alert(1)</script>", false),
				new Highlight.Run("赌博", true),
				new Highlight.Run("<img src=x onerror=alert(1)><em class=\"x\">不是标记", false));
	}

	@Test
	void unbalancedAndAdjacentMarksAreTolerated() {
		assertThat(Highlight.runs("</em>甲<em>乙<em>丙</em>丁")).containsExactly(new Highlight.Run("甲", false),
				new Highlight.Run("乙丙丁", true));
		assertThat(Highlight.runs("<em>网络</em><em>赌博</em>")).containsExactly(new Highlight.Run("网络赌博", true));
		assertThat(Highlight.runs("")).isEmpty();
		assertThat(Highlight.runs(null)).isEmpty();
		assertThat(Highlight.text("特大<em>网络赌博</em>案")).isEqualTo("特大网络赌博案");
	}

}
