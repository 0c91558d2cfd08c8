package cn.jianwu.channel.weibo.posting;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeiboLengthTest {

	@Test
	void aChineseCharacterIsOneAndTwoAsciiCharactersAreOne() {
		assertThat(WeiboLength.of("检察开放日")).isEqualTo(5);
		assertThat(WeiboLength.of("ab")).isEqualTo(1);
		assertThat(WeiboLength.of("abc")).isEqualTo(2);
		assertThat(WeiboLength.of("2026年第3季度")).isEqualTo(7);
		assertThat(WeiboLength.of("（全角）")).isEqualTo(4);
	}

	@Test
	void aLinkCountsAsAShortLinkWhateverItsLength() {
		String longLink = "https://www.example.gov.cn/items/3f1c9a52-8d0e-4c55-9a51-6a2f3c1d7e01?from=weibo";
		assertThat(WeiboLength.of(longLink)).isEqualTo(11);
		assertThat(WeiboLength.of("http://a.cn")).isEqualTo(11);
		assertThat(WeiboLength.of("详情 " + longLink)).isEqualTo(2 + 1 + 11);
		assertThat(WeiboLength.of("见" + longLink + "。")).isEqualTo(13);
	}

	@Test
	void fitsUpTo140() {
		assertThat(WeiboLength.fits("字".repeat(140))).isTrue();
		assertThat(WeiboLength.fits("字".repeat(139) + "ab")).isTrue();
		assertThat(WeiboLength.fits("字".repeat(139) + "abc")).isFalse();
	}

}
