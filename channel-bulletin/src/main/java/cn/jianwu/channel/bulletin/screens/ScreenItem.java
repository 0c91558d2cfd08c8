package cn.jianwu.channel.bulletin.screens;

import java.time.Instant;

import cn.jianwu.events.Category;

/**
 * An item as a hall screen shows it (the {@code item} and {@code snapshot} events): no
 * body, the screen has room for the title and summary only.
 *
 * @param publishedOn the publication date as people here read it
 */
record ScreenItem(String id, int revision, Category category, String categoryLabel, String title, String summary,
		String department, Instant publishedAt, String publishedOn) {
}
