package cn.jianwu.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Canonical example payloads, shipped with the contract so that producer and consumer
 * tests read the same JSON.
 */
public final class EventExamples {

	private EventExamples() {
	}

	/**
	 * The example JSON for a type, e.g.
	 * {@code examples/cn.jianwu.disclosure.published.v1.json}.
	 */
	public static byte[] json(EventType type) {
		String name = "examples/" + type.ceType() + ".json";
		try (InputStream in = EventExamples.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException("No example payload " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static PlatformEvent payload(EventType type) {
		return EventJson.read(json(type), type.payloadType());
	}

}
