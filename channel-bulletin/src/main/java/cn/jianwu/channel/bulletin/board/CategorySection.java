package cn.jianwu.channel.bulletin.board;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.jianwu.events.Category;

/**
 * The items of one category, in the order they came (newest first).
 */
record CategorySection(Category category, List<BulletinEntry> entries) {

	/** The id of the section's heading, for links within the page. */
	public String anchor() {
		return anchor(this.category);
	}

	static String anchor(Category category) {
		return "category-" + category.name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	/**
	 * Groups items by category in the order of {@link Category}, leaving out empty
	 * categories; within a category the items keep their order.
	 */
	static List<CategorySection> of(List<BulletinEntry> entries) {
		Map<Category, List<BulletinEntry>> byCategory = new EnumMap<>(Category.class);
		for (BulletinEntry entry : entries) {
			byCategory.computeIfAbsent(entry.category(), (category) -> new ArrayList<>()).add(entry);
		}
		return byCategory.entrySet()
			.stream()
			.map((section) -> new CategorySection(section.getKey(), List.copyOf(section.getValue())))
			.toList();
	}

}
