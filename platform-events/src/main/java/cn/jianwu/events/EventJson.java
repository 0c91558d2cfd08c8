package cn.jianwu.events;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of event payloads: plain properties, ISO-8601 dates, no type information,
 * and unknown properties ignored so that producers may add fields without breaking
 * consumers.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	private EventJson() {
	}

	public static byte[] write(PlatformEvent event) {
		return MAPPER.writeValueAsBytes(event);
	}

	public static <T extends PlatformEvent> T read(byte[] json, Class<T> type) {
		try {
			return MAPPER.readValue(json, type);
		}
		catch (JacksonException ex) {
			throw new MalformedEventException("Data is not a valid " + type.getSimpleName(), ex);
		}
	}

}
