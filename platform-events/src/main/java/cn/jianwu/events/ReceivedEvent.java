package cn.jianwu.events;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * An event as a consumer sees it: the envelope's identity (for idempotency and audit) and
 * the decoded payload.
 */
public record ReceivedEvent(String id, String type, URI source, OffsetDateTime time, PlatformEvent payload) {
}
