package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.List;

/** A line of the staff's item lists ({@code GET /api/disclosures}, {@code /mine}). */
public record ItemLine(String id, int revision, String status, String title, String category, String department,
		String visibility, boolean important, String createdBy, Instant updatedAt) {

	/** One page of lines. */
	public record Page(List<ItemLine> items, long total, int page, int size) {

		public Page {
			items = (items != null) ? List.copyOf(items) : List.of();
		}

		public int pages() {
			return (int) Math.max(1, (this.total + this.size - 1) / Math.max(this.size, 1));
		}

	}

}
