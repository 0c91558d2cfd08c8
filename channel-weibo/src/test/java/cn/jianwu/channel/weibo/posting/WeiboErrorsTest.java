package cn.jianwu.channel.weibo.posting;

import cn.jianwu.channel.support.ChannelThrottledException;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WeiboErrorsTest {

	@Test
	void systemErrorsAreTransient() {
		for (int code : new int[] { 10001, 10002, 10003, 10009, 10010, 10011, 21331 }) {
			assertThat(classify(400, code)).as("error_code %d", code).isInstanceOf(TransientChannelException.class);
		}
	}

	@Test
	void rateLimitsQueueThePostInsteadOfFailingIt() {
		for (int code : new int[] { 10022, 10023, 10024, 20016 }) {
			assertThat(classify(400, code)).as("error_code %d", code)
				.isInstanceOfSatisfying(ChannelThrottledException.class,
						(throttled) -> assertThat(throttled.retryAfter()).isPositive())
				.hasMessageContaining("已排队");
		}
	}

	@Test
	void anExpiredTokenAsksForANewAuthorisation() {
		assertThat(classify(400, 21327)).isInstanceOf(PermanentChannelException.class).hasMessage("访问令牌已过期，请重新授权");
	}

	@Test
	void badCredentialsFailFast() {
		for (int code : new int[] { 21301, 21314, 21316, 21317, 21318, 21319, 21332 }) {
			assertThat(classify(401, code)).as("error_code %d", code)
				.isInstanceOf(PermanentChannelException.class)
				.hasMessageContaining("重新授权");
		}
	}

	@Test
	void rejectedContentIsPermanentWithAReasonStaffCanActOn() {
		assertThat(classify(400, 10017)).isInstanceOf(PermanentChannelException.class).hasMessageContaining("安全域名");
		assertThat(classify(400, 20012)).isInstanceOf(PermanentChannelException.class).hasMessageContaining("140");
		assertThat(classify(400, 20018)).isInstanceOf(PermanentChannelException.class).hasMessageContaining("非法网址");
		assertThat(classify(400, 20021)).isInstanceOf(PermanentChannelException.class).hasMessageContaining("违规内容");
		assertThat(classify(400, 29999)).isInstanceOf(PermanentChannelException.class).hasMessageContaining("29999");
	}

	@Test
	void withoutACodeTheHttpStatusDecides() {
		assertThat(classify(503, null)).isInstanceOf(TransientChannelException.class).hasMessageContaining("503");
		assertThat(classify(502, null)).isInstanceOf(TransientChannelException.class);
		assertThat(classify(429, null)).isInstanceOf(TransientChannelException.class);
		assertThat(classify(200, null)).isInstanceOf(TransientChannelException.class);
		assertThat(classify(403, null)).isInstanceOf(PermanentChannelException.class);
		assertThat(classify(404, null)).isInstanceOf(PermanentChannelException.class);
	}

	private static RuntimeException classify(int status, Integer code) {
		return WeiboErrors.classify(new WeiboApiException(WeiboApi.SHARE, status, code));
	}

}
