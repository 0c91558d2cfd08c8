package cn.jianwu.channel.weibo.posting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StatusTextTest {

	private static final String LINK = "http://localhost:8080/items/3f1c9a52-8d0e-4c55-9a51-6a2f3c1d7e01";

	@Test
	void titleInBracketsThenSummaryThenTheLink() {
		assertThat(StatusText.of("关于开展检察开放日活动的公告", "本院将于12月5日举办检察开放日。", LINK, null))
			.isEqualTo("【关于开展检察开放日活动的公告】本院将于12月5日举办检察开放日。 " + LINK);
	}

	@Test
	void aRevisionSaysSoAndDiffersFromThePostItReplaces() {
		String first = StatusText.of("标题", "摘要", LINK, null);
		String second = StatusText.of("标题", "摘要", LINK, 2);
		String third = StatusText.of("标题", "摘要", LINK, 3);
		assertThat(second).isEqualTo("【标题】（第2版更新）摘要 " + LINK);
		assertThat(third).isNotEqualTo(second).isNotEqualTo(first);
	}

	@Test
	void aLongSummaryIsShortenedAndTheLinkKeptWhole() {
		String summary = "本院依法对一起涉嫌盗窃案作出不起诉决定，现将有关情况公告如下。".repeat(10);
		String status = StatusText.of("张某涉嫌盗窃案不起诉决定书", summary, LINK, null);
		assertThat(WeiboLength.of(status)).isLessThanOrEqualTo(140).isGreaterThanOrEqualTo(138);
		assertThat(status).startsWith("【张某涉嫌盗窃案不起诉决定书】本院依法").endsWith("… " + LINK);
	}

	@Test
	void aVeryLongTitleIsShortenedAfterTheSummaryIsDropped() {
		String title = "关于".repeat(100) + "的公告";
		String status = StatusText.of(title, "摘要也很长".repeat(30), LINK, 4);
		assertThat(WeiboLength.of(status)).isLessThanOrEqualTo(140);
		assertThat(status).startsWith("【关于关于").contains("…】（第4版更新） " + LINK).doesNotContain("摘要");
		assertThat(status).endsWith(LINK);
	}

	@Test
	void aShortenedPartDoesNotEndOnPunctuationOrInsideALatinWord() {
		String summary = "第一句。" + "Procuratorate ".repeat(60);
		String status = StatusText.of("标题", summary, LINK, null);
		assertThat(WeiboLength.of(status)).isLessThanOrEqualTo(140);
		assertThat(status).contains("Procuratorate… " + LINK);

		String punctuated = StatusText.of("标题", "文字，".repeat(100), LINK, null);
		assertThat(punctuated).contains("… " + LINK).doesNotContain("，…");
	}

	@Test
	void topicSignsAreRemovedAndSpacesCollapsed() {
		String status = StatusText.of("#扫黑除恶#  专项  斗争", "  ＃典型案例＃\n第一批 ", LINK, null);
		assertThat(status).isEqualTo("【扫黑除恶 专项 斗争】典型案例 第一批 " + LINK).doesNotContain("#").doesNotContain("＃");
	}

	@Test
	void withoutASummaryTheTitleStandsAlone() {
		assertThat(StatusText.of("标题", null, LINK, null)).isEqualTo("【标题】 " + LINK);
		assertThat(StatusText.of("标题", "   ", LINK, null)).isEqualTo("【标题】 " + LINK);
	}

	@Test
	void aStatusOnTheTimelineIsTheSameTextWithItsLinkShortened() {
		String posted = StatusText.of("关于开展检察开放日活动的公告", "欢迎报名。", "http://localhost:8080/items/abc", null);
		assertThat(StatusText.sameText("【关于开展检察开放日活动的公告】欢迎报名。 http://t.cn/A6xYz1", posted)).isTrue();
		assertThat(StatusText.sameText(posted, posted)).isTrue();
		String revision = StatusText.of("关于开展检察开放日活动的公告", "欢迎报名。", "http://localhost:8080/items/abc", 2);
		assertThat(StatusText.sameText(revision, posted)).as("a revision's post is another text").isFalse();
		assertThat(StatusText.sameText("【关于开展检察开放日活动的公告】 http://t.cn/A6xYz1", posted)).isFalse();
	}

}
