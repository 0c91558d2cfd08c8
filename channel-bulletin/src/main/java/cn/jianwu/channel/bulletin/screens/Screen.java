package cn.jianwu.channel.bulletin.screens;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Category;

/**
 * A hall display screen as registered by ADMIN.
 *
 * @param id the screen's address, e.g. {@code hall-1} ({@code /screens/hall-1})
 * @param categories the categories whose current items it shows
 * @param secondsPerItem how long each item stays on the screen
 */
public record Screen(String id, String name, String location, List<Category> categories, int secondsPerItem,
		Instant createdAt, Instant updatedAt) {

	public Screen {
		categories = List.copyOf(categories);
	}

	public boolean shows(Category category) {
		return this.categories.contains(category);
	}

}
