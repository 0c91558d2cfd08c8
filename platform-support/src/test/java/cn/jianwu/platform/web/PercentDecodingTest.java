package cn.jianwu.platform.web;

import cn.jianwu.events.text.ControlCharacters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PercentDecodingTest {

	@ParameterizedTest
	@ValueSource(strings = { "%ff%fe", "%c0%ae", "%ed%a0%80", "%e4%b8", "%", "%z1", "a%2" })
	void refusesBrokenEscapesAndBytesThatAreNotUtf8(String raw) {
		assertThatIllegalArgumentException().isThrownBy(() -> PercentDecoding.decode(raw, true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "q=%E6%A3%80%E5%AF%9F", "q=检察", "q=a+b", "" })
	void decodesUtf8(String raw) {
		assertThat(PercentDecoding.decode(raw, true)).doesNotContain("%");
	}

	@ParameterizedTest
	@ValueSource(strings = { "%00", "%01", "%0a", "%c2%85", "%7f" })
	void controlCharactersDecodeAndAreThenSeen(String raw) {
		assertThat(ControlCharacters.inLine(PercentDecoding.decode(raw, true))).isTrue();
	}

}
