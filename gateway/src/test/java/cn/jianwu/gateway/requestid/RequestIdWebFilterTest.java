package cn.jianwu.gateway.requestid;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdWebFilterTest {

	@ParameterizedTest
	@ValueSource(strings = { "abcdefgh", "0f8fad5b-d9cb-469f-a165-70867728950e", "ABC-123-xyz",
			"0123456789012345678901234567890123456789012345678901234567890123" })
	void keepsSaneTokens(String candidate) {
		assertThat(RequestIdWebFilter.accept(candidate)).isEqualTo(candidate);
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "short", "has space", "line\nbreak-0001", "semi;colon-0001", "<script>alert</script>",
			"01234567890123456789012345678901234567890123456789012345678901234", "名字名字名字名字" })
	void replacesAnythingElse(String candidate) {
		String id = RequestIdWebFilter.accept(candidate);
		assertThat(id).isNotEqualTo(candidate).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
	}

	@Test
	void generatedIdsDiffer() {
		assertThat(RequestIdWebFilter.accept(null)).isNotEqualTo(RequestIdWebFilter.accept(null));
	}

}
