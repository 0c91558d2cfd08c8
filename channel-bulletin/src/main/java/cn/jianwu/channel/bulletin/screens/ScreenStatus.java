package cn.jianwu.channel.bulletin.screens;

import java.time.Instant;

/**
 * Whether a screen is connected ({@code GET /screens/admin/status}).
 *
 * @param onlineSince when its current connection began, or {@code null} while away
 * @param lastSeen its last heartbeat or disconnect, or {@code null} if it never connected
 */
record ScreenStatus(String id, String name, String location, boolean online, Instant onlineSince, Instant lastSeen) {
}
