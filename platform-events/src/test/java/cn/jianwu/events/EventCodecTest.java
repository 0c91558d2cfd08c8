package cn.jianwu.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.cloudevents.kafka.CloudEventSerializer;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EventCodecTest {

	private final EventCodec codec = new EventCodec(URI.create("/jianwu/test"));

	@ParameterizedTest
	@EnumSource(EventType.class)
	void everyExampleTravelsThroughKafkaBinaryModeUnchanged(EventType type) {
		PlatformEvent example = EventExamples.payload(type);
		Headers headers = new RecordHeaders();
		byte[] value;
		try (CloudEventSerializer serializer = new CloudEventSerializer()) {
			value = serializer.serialize(type.topic(), headers, this.codec.encode(example));
		}
		assertThat(headers.lastHeader("ce_type").value()).asString().isEqualTo(type.ceType());
		assertThat(headers.lastHeader("ce_subject").value()).asString().isEqualTo(example.key());
		CloudEvent received;
		try (CloudEventDeserializer deserializer = new CloudEventDeserializer()) {
			received = deserializer.deserialize(type.topic(), headers, value);
		}
		assertThat(EventCodec.decode(received)).isEqualTo(example);
	}

	@Test
	void theSameEventSentAgainKeepsItsIdAndADifferentOneGetsAnother() {
		DisclosureWithdrawn withdrawn = new DisclosureWithdrawn("item-1", 2, "信息有误",
				java.time.Instant.parse("2026-11-28T08:00:00Z"));
		DisclosureWithdrawn later = new DisclosureWithdrawn("item-1", 2, "信息有误",
				java.time.Instant.parse("2026-11-28T08:00:01Z"));
		assertThat(this.codec.encode(withdrawn).getId()).isEqualTo(this.codec.encode(withdrawn).getId());
		assertThat(this.codec.encode(withdrawn).getId()).isNotEqualTo(this.codec.encode(later).getId());
	}

	@Test
	void payloadCarriesNoJavaClassNames() {
		for (EventType type : EventType.values()) {
			String json = new String(EventJson.write(EventExamples.payload(type)), StandardCharsets.UTF_8);
			assertThat(json).doesNotContain("cn.jianwu").doesNotContain("@class");
		}
	}

	@Test
	void unknownFieldsAreIgnored() {
		String json = "{\"caseNumber\":\"X-1\",\"stage\":\"受理\",\"date\":\"2026-01-02\",\"addedLater\":{\"a\":1}}";
		CaseProgressed event = EventJson.read(json.getBytes(StandardCharsets.UTF_8), CaseProgressed.class);
		assertThat(event.caseNumber()).isEqualTo("X-1");
		assertThat(event.stage()).isEqualTo("受理");
	}

	@Test
	void unknownTypeIsMalformed() {
		CloudEvent event = CloudEventBuilder.v1()
			.withId("1")
			.withSource(URI.create("/x"))
			.withType("cn.jianwu.nonsense.v9")
			.withData(new byte[0])
			.build();
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> EventCodec.decode(event))
			.withMessageContaining("cn.jianwu.nonsense.v9");
	}

	@Test
	void dataThatDoesNotMatchItsTypeIsMalformed() {
		CloudEvent event = CloudEventBuilder.v1()
			.withId("1")
			.withSource(URI.create("/x"))
			.withType(EventType.DISCLOSURE_PUBLISHED.ceType())
			.withData("{not json".getBytes(StandardCharsets.UTF_8))
			.build();
		assertThatExceptionOfType(MalformedEventException.class).isThrownBy(() -> EventCodec.decode(event));
	}

}
