package cn.jianwu.platform.export;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * Where a copy of published items (the search index, the LAN bulletin, the hall screens)
 * reads every item it should hold, page by page: disclosure-service's export for one
 * channel ({@link DisclosureExport}).
 */
public interface PublicItemSource {

	/**
	 * @param after the {@code next} of the previous page, {@code null} for the first
	 * @param size items per page
	 */
	Page page(String after, int size);

	/**
	 * One page.
	 *
	 * @param total all items of the export, given on the first page
	 * @param next the cursor of the next page, {@code null} after the last
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Page(List<Item> items, Long total, String next) {

		public Page {
			items = (items != null) ? List.copyOf(items) : List.of();
		}

	}

	/**
	 * A published public item as the export gives it (redacted text). Public by
	 * definition: the export never lists an internal item, and it does not say which
	 * other channels the item chose.
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Item(String id, int revision, String title, String summary, String body, Category category, String subKind,
			String department, Instant publishedAt, String portalUrl, List<AttachmentRef> attachments) {

		public Item {
			attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
		}

	}

}
