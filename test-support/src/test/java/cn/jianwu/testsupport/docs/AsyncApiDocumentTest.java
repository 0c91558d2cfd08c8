package cn.jianwu.testsupport.docs;

import java.util.Arrays;

import cn.jianwu.events.EventType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/asyncapi.yaml} describes the topics and event types of this module: adding
 * or changing an event, a payload field, an example or a topic without the document fails
 * the build, through the same {@link DocumentedContract} as the OpenAPI documents. It
 * runs here rather than in platform-events, which test-support depends on.
 */
class AsyncApiDocumentTest {

	static final String UPDATE_COMMAND = "./mvnw -P update-docs -pl test-support -am verify";

	private static final String DOCUMENT = "docs/asyncapi.yaml";

	@Test
	void theDocumentDescribesEveryTopicAndEventType() {
		new DocumentedContract(DOCUMENT, UPDATE_COMMAND).assertDescribes(new AsyncApiDocument().yaml());
	}

	@Test
	void everyTopicAndEventTypeIsInTheDocument() {
		String generated = new AsyncApiDocument().yaml();
		assertThat(AsyncApiDocument.topics())
			.containsAll(Arrays.stream(EventType.values()).map(EventType::topic).distinct().toList());
		for (String topic : AsyncApiDocument.topics()) {
			assertThat(generated).contains("\n  " + topic + ":\n    address: " + topic + "\n");
		}
		for (EventType type : EventType.values()) {
			assertThat(generated).contains("name: " + type.ceType(), "const: " + type.ceType());
		}
		assertThat(generated).contains("address: '{topic}.{consumer}.dlt'");
	}

}
