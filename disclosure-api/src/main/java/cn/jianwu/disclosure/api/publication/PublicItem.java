package cn.jianwu.disclosure.api.publication;

import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A published item as the public reads it ({@code GET /api/public/items/{id}}): redacted
 * text only, and the attachments of the published revision with their download addresses.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PublicItem(String id, int revision, String title, String summary, String body, Category category,
		SubKind subKind, String department, Instant publishedAt, List<AttachmentRef> attachments) {

	public PublicItem {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** The same item with these attachments. */
	public PublicItem withAttachments(List<AttachmentRef> refs) {
		return new PublicItem(this.id, this.revision, this.title, this.summary, this.body, this.category, this.subKind,
				this.department, this.publishedAt, refs);
	}

}
