package cn.jianwu.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.cloudevents.CloudEvent;
import io.cloudevents.CloudEventData;
import io.cloudevents.core.builder.CloudEventBuilder;

/**
 * Wraps payloads into CloudEvents 1.0 envelopes and back. The envelope travels in Kafka
 * binary mode ({@code ce_*} headers), the payload as JSON in the record value.
 */
public final class EventCodec {

	public static final String JSON = "application/json";

	private final URI source;

	/**
	 * @param source the producing service, e.g. {@code /jianwu/disclosure-service}
	 */
	public EventCodec(URI source) {
		this.source = source;
	}

	public CloudEvent encode(PlatformEvent event) {
		return CloudEventBuilder.v1()
			.withId(UUID.randomUUID().toString())
			.withSource(this.source)
			.withType(EventType.of(event).ceType())
			.withSubject(event.key())
			.withTime(OffsetDateTime.now(ZoneOffset.UTC))
			.withDataContentType(JSON)
			.withData(EventJson.write(event))
			.build();
	}

	public static PlatformEvent decode(CloudEvent event) {
		EventType type = EventType.ofCeType(event.getType())
			.orElseThrow(() -> new MalformedEventException("Unknown event type '" + event.getType() + "'"));
		CloudEventData data = event.getData();
		if (data == null) {
			throw new MalformedEventException("Event " + event.getId() + " has no data");
		}
		return EventJson.read(data.toBytes(), type.payloadType());
	}

}
