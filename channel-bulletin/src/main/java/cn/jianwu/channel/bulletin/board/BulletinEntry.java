package cn.jianwu.channel.bulletin.board;

import java.time.Instant;

import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;

/** One item as the LAN bulletin lists it. */
public record BulletinEntry(String itemId, int revision, Category category, String title, String summary,
		String department, Visibility visibility, Instant publishedAt) {

	/** Internal items are shown on the LAN bulletin only, marked as such. */
	public boolean internalOnly() {
		return this.visibility == Visibility.INTERNAL;
	}

}
