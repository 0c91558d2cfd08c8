package cn.jianwu.disclosure.publication;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;

/**
 * A published item as the public reads it: redacted text only, and the attachments of the
 * published revision with their download addresses.
 */
public record PublicItem(String id, int revision, String title, String summary, String body, Category category,
		String subKind, String department, Instant publishedAt, List<AttachmentRef> attachments) {

	public PublicItem {
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A published item without (or before looking up) its attachments. */
	public PublicItem(String id, int revision, String title, String summary, String body, Category category,
			String subKind, String department, Instant publishedAt) {
		this(id, revision, title, summary, body, category, subKind, department, publishedAt, List.of());
	}

	PublicItem withAttachments(List<AttachmentRef> refs) {
		return new PublicItem(this.id, this.revision, this.title, this.summary, this.body, this.category, this.subKind,
				this.department, this.publishedAt, refs);
	}

}
