package cn.jianwu.portal.publication;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published item as disclosure-service's public API gives it ({@code GET
 * /api/public/items/{id}}): redacted text only. The category stays text so that a
 * category added later does not break the page.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PublicItem(String id, int revision, String title, String summary, String body, String category, String subKind,
		String department, Instant publishedAt, List<Attachment> attachments) {

	PublicItem {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** An attachment of the published revision, with its download address. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Attachment(String id, String fileName, String mediaType, long size, String url) {
	}

	/** One page of a list ({@code GET /api/public/items}). */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record Page(List<PublicItem> items, long total, int page, int size) {

		Page {
			items = (items != null) ? List.copyOf(items) : List.of();
		}

	}

}
