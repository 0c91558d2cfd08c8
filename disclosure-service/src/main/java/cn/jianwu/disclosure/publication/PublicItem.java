package cn.jianwu.disclosure.publication;

import java.time.Instant;

import cn.jianwu.events.Category;

/** A published item as the public reads it: redacted text only. */
public record PublicItem(String id, int revision, String title, String summary, String body, Category category,
		String subKind, String department, Instant publishedAt) {
}
