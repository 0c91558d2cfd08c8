package cn.jianwu.platform.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StrictJsonTest {

	private final JsonMapper json = strict();

	@ParameterizedTest
	@ValueSource(strings = { "{\"title\":12}", "{\"title\":true}", "{\"important\":1000000000000000000000000000000}",
			"{\"important\":\"true\"}", "{\"count\":2.5}", "{\"count\":\"3\"}", "{\"title\":\"a\\u0000b\"}",
			"{\"title\":\"\\u0085\"}", "{\"title\":\"\\u001b[31m\"}" })
	void refusesCoercionsAndControlCharacters(String body) {
		assertThatExceptionOfType(DatabindException.class).isThrownBy(() -> this.json.readValue(body, Item.class));
	}

	@Test
	void controlCharacterRefusalNamesNeitherTheTextNorItsPosition() {
		assertThatExceptionOfType(ControlCharactersException.class)
			.isThrownBy(() -> this.json.readValue("{\"title\":\"secret\\u0000\"}", Item.class))
			.satisfies((ex) -> assertThat(ex.getOriginalMessage()).doesNotContain("secret"));
	}

	@Test
	void keepsTabsAndLineBreaksAndTypedValues() {
		Item item = this.json.readValue("{\"title\":\"第一行\\n\\t第二行\",\"important\":true,\"count\":3}", Item.class);
		assertThat(item.title()).isEqualTo("第一行\n\t第二行");
		assertThat(item.important()).isTrue();
		assertThat(item.count()).isEqualTo(3);
	}

	private static JsonMapper strict() {
		JsonMapper.Builder builder = JsonMapper.builder();
		new StrictJson().customize(builder);
		return builder.build();
	}

	record Item(String title, Boolean important, int count) {
	}

}
