package cn.jianwu.channel.wechat.callback;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CallbackSignatureTest {

	@Test
	void sortsThePartsBeforeHashing() {
		// sha1("123456789" + "1409304348" + "test-token"), computed independently
		String expected = "ee10d672a023add627cf4ed734d7454eea58a1cb";
		assertThat(CallbackSignature.of("test-token", "1409304348", "123456789")).isEqualTo(expected);
		assertThat(CallbackSignature.matches(expected, "test-token", "1409304348", "123456789")).isTrue();
		assertThat(CallbackSignature.matches(expected.toUpperCase(), "test-token", "1409304348", "123456789")).isTrue();
	}

	@Test
	void refusesAnythingElse() {
		String valid = CallbackSignature.of("test-token", "1409304348", "123456789");
		assertThat(CallbackSignature.matches(valid, "other-token", "1409304348", "123456789")).isFalse();
		assertThat(CallbackSignature.matches(valid, "test-token", "1409304349", "123456789")).isFalse();
		assertThat(CallbackSignature.matches(null, "test-token", "1409304348", "123456789")).isFalse();
		assertThat(CallbackSignature.matches(valid, "test-token", null, "123456789")).isFalse();
		assertThat(CallbackSignature.matches("", "test-token", "1409304348", "123456789")).isFalse();
	}

}
