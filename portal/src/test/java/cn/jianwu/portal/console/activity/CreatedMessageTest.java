package cn.jianwu.portal.console.activity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the console finds the message an opinion became. */
class CreatedMessageTest {

	private static final UUID MESSAGE = UUID.fromString("5e000000-0000-4000-8000-000000000009");

	@Test
	void theMessagesIdIsTakenWhereverTheAnswerPutsIt() {
		assertThat(CreatedMessage.id(Map.of("messageId", MESSAGE.toString(), "id", UUID.randomUUID().toString())))
			.isEqualTo(MESSAGE);
		assertThat(CreatedMessage.id(Map.of("id", MESSAGE.toString()))).isEqualTo(MESSAGE);
		assertThat(CreatedMessage.id(Map.of("summary", Map.of("id", MESSAGE.toString())))).isEqualTo(MESSAGE);
		assertThat(CreatedMessage.id(Map.of("id", "not-a-uuid"))).isNull();
		assertThat(CreatedMessage.id(null)).isNull();
	}

}
