package cn.jianwu.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
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

	/**
	 * The envelope of an event. Its id is derived from the type and the payload, so an
	 * event sent again (an outbox retry after an acknowledgement was lost) carries the
	 * same id and consumers can tell the copy from a new event; events differ by their
	 * timestamps at least.
	 */
	public CloudEvent encode(PlatformEvent event) {
		String type = EventType.of(event).ceType();
		byte[] data = EventJson.write(event);
		return CloudEventBuilder.v1()
			.withId(id(type, data))
			.withSource(this.source)
			.withType(type)
			.withSubject(event.key())
			.withTime(OffsetDateTime.now(ZoneOffset.UTC))
			.withDataContentType(JSON)
			.withData(data)
			.build();
	}

	private static String id(String type, byte[] data) {
		byte[] typeBytes = type.getBytes(StandardCharsets.UTF_8);
		byte[] name = new byte[typeBytes.length + 1 + data.length];
		System.arraycopy(typeBytes, 0, name, 0, typeBytes.length);
		name[typeBytes.length] = '\n';
		System.arraycopy(data, 0, name, typeBytes.length + 1, data.length);
		return UUID.nameUUIDFromBytes(name).toString();
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
