package cn.jianwu.search.index;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TitleSuggestionsTest {

	@Test
	void aTitleCompletesFromItsStartAndFromAfterCommonOpenings() {
		assertThat(TitleSuggestions.of("关于举办检察开放日活动的公告")).containsExactly("关于举办检察开放日活动的公告", "举办检察开放日活动的公告");
		assertThat(TitleSuggestions.of("某区人民检察院2024年度检察工作报告")).containsExactly("某区人民检察院2024年度检察工作报告", "2024年度检察工作报告");
		assertThat(TitleSuggestions.of("典型案例：赵某电信网络诈骗案")).containsExactly("典型案例：赵某电信网络诈骗案", "赵某电信网络诈骗案");
		assertThat(TitleSuggestions.of(null)).isEmpty();
	}

	@Test
	void plainTextDropsMarkupAndDecodesEntities() {
		assertThat(PlainText.of("<p>参观人数&lt;200人 &amp; <strong>须预约</strong></p><script>x()</script>"))
			.isEqualTo("参观人数<200人 & 须预约");
	}

}
