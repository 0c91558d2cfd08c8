package cn.jianwu.disclosure.console;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemStatus;
import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;

/** A line of the staff's item lists. */
record ItemSummary(UUID id, int revision, ItemStatus status, String title, Category category, String department,
		Visibility visibility, boolean important, String createdBy, Instant updatedAt) {

	static ItemSummary of(DisclosureItem item) {
		return new ItemSummary(item.id(), item.revision(), item.status(), item.content().title(),
				item.content().category(), item.content().department(), item.content().visibility(),
				item.content().important(), item.createdBy(), item.updatedAt());
	}

}
