package cn.jianwu.disclosure.delivery;

import java.time.Instant;

/** The latest report of one channel for one item revision. */
public record DeliveryStatus(String channel, int revision, String status, String externalRef, int attempts,
		String lastError, Instant reportedAt) {
}
