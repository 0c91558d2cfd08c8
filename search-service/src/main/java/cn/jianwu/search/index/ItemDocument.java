package cn.jianwu.search.index;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Category;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One document of the public index: the public text of an item's revision, or a
 * tombstone. The revision is the document's external version, so a write of an older
 * revision than the index holds is refused by Elasticsearch itself.
 * <p>
 * A tombstone (withdrawn, turned internal, or no longer meant for the portal) keeps the
 * item's id and revision but no text. Elasticsearch forgets a deleted document's version
 * after about a minute ({@code index.gc_deletes}); a tombstone remembers it for good, so
 * a {@code published} event redelivered days later still finds the newer revision there
 * and cannot bring the item back. Searches and suggestions leave tombstones out.
 *
 * @param publishedAt ISO-8601 instant; kept as text because the client's JSON mapper has
 * no date support
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ItemDocument(String id, int revision, String title, String summary, String body,
		List<String> attachmentNames, String category, String subKind, String department, String publishedAt,
		String portalUrl, List<String> titleSuggest, boolean tombstone) {

	/**
	 * The searchable document of a published revision.
	 * @param bodyHtml the redacted body as published (HTML); indexed as plain text, so
	 * that markup neither matches a query nor shows in a highlight
	 */
	public static ItemDocument published(String id, int revision, Category category, String subKind, String title,
			String summary, String bodyHtml, String department, Instant publishedAt, String portalUrl,
			List<String> attachmentNames) {
		return new ItemDocument(id, revision, title, PlainText.of(summary), PlainText.of(bodyHtml),
				List.copyOf(attachmentNames), (category != null) ? category.name() : null, subKind, department,
				(publishedAt != null) ? publishedAt.toString() : null, portalUrl, TitleSuggestions.of(title), false);
	}

	/** The marker that keeps an item out of the index at this revision and below. */
	public static ItemDocument tombstone(String id, int revision) {
		return new ItemDocument(id, revision, null, null, null, null, null, null, null, null, null, null, true);
	}

}
