package cn.jianwu.channel.bulletin.board;

import java.time.Instant;

/** One item as the LAN bulletin lists it. */
public record BulletinEntry(String itemId, int revision, String category, String title, String summary,
		String department, String visibility, Instant publishedAt) {
}
