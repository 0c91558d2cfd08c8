package cn.jianwu.ops.reindex;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonFieldsTest {

	@Test
	void readsTopLevelStringsNumbersAndNull() {
		String json = "{\"state\":\"RUNNING\", \"done\": 120,\"total\":null,\"error\":\"say \\\"no\\\"\"}";

		assertThat(JsonFields.field(json, "state")).isEqualTo("RUNNING");
		assertThat(JsonFields.field(json, "done")).isEqualTo("120");
		assertThat(JsonFields.field(json, "total")).isNull();
		assertThat(JsonFields.field(json, "missing")).isNull();
		assertThat(JsonFields.field(json, "error")).isEqualTo("say \"no\"");
	}

	@Test
	void escapesWhatWouldEndTheString() {
		assertThat(JsonFields.escape("a\"b\\c")).isEqualTo("a\\\"b\\\\c");
	}

}
