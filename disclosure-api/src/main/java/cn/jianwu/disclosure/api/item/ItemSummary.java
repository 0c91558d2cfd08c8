package cn.jianwu.disclosure.api.item;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.events.Category;
import cn.jianwu.events.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A line of the staff's item lists. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemSummary(UUID id, int revision, ItemStatus status, String title, Category category, String department,
		Visibility visibility, boolean important, String createdBy, Instant updatedAt) {
}
