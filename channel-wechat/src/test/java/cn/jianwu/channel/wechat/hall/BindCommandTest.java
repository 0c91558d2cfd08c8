package cn.jianwu.channel.wechat.hall;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BindCommandTest {

	@Test
	void readsTheCodeAndTheIdCharactersWhateverThePhoneKeyboardSeparatesThemWith() {
		assertThat(BindCommand.parse("123456789012 123X")).contains(new BindCommand("123456789012", "123X"));
		assertThat(BindCommand.parse("123456789012+123x")).contains(new BindCommand("123456789012", "123X"));
		assertThat(BindCommand.parse("123456789012：0421")).contains(new BindCommand("123456789012", "0421"));
		assertThat(BindCommand.parse("123456789012\u3000 ＋ 0421 ")).contains(new BindCommand("123456789012", "0421"));
	}

	@Test
	void aCodeWrittenInGroupsIsOneCode() {
		assertThat(BindCommand.parse("1234 5678 9012 5678")).contains(new BindCommand("123456789012", "5678"));
	}

	@Test
	void anythingElseIsNoCommand() {
		assertThat(BindCommand.parse("")).isEmpty();
		assertThat(BindCommand.parse("123456789012")).isEmpty();
		assertThat(BindCommand.parse("12345678901 1234")).as("11 digits").isEmpty();
		assertThat(BindCommand.parse("1234567890123 1234")).as("13 digits").isEmpty();
		assertThat(BindCommand.parse("123456789012 12X4")).as("X only last").isEmpty();
		assertThat(BindCommand.parse("123456789012 12345")).isEmpty();
		assertThat(BindCommand.parse("明天上午 律师阅卷")).isEmpty();
		assertThat(BindCommand.parse(null)).isEmpty();
	}

	@Test
	void theCodeNeverShowsInItsText() {
		assertThat(BindCommand.parse("123456789012 123X").orElseThrow().toString()).doesNotContain("123456789012",
				"123X");
	}

}
