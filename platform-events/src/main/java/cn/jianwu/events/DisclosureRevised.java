package cn.jianwu.events;

import java.time.Instant;
import java.util.List;

/**
 * A new revision of a published item was approved and replaces {@code replacesRevision}
 * on every channel.
 */
public record DisclosureRevised(String itemId, int revision, int replacesRevision, Category category, String subKind,
		String title, String summary, String body, String department, Visibility visibility, List<Channel> channels,
		Instant publishedAt, String portalUrl, List<AttachmentRef> attachments,
		String obligationId) implements PlatformEvent {

	public DisclosureRevised {
		channels = (channels != null) ? List.copyOf(channels) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** A revision of an item that meets no obligation of report-service's register. */
	public DisclosureRevised(String itemId, int revision, int replacesRevision, Category category, String subKind,
			String title, String summary, String body, String department, Visibility visibility, List<Channel> channels,
			Instant publishedAt, String portalUrl, List<AttachmentRef> attachments) {
		this(itemId, revision, replacesRevision, category, subKind, title, summary, body, department, visibility,
				channels, publishedAt, portalUrl, attachments, null);
	}

	@Override
	public String key() {
		return this.itemId;
	}

	/**
	 * The new revision as a publication, for channels that simply show the latest one.
	 */
	public DisclosurePublished asPublished() {
		return new DisclosurePublished(this.itemId, this.revision, this.category, this.subKind, this.title,
				this.summary, this.body, this.department, this.visibility, this.channels, this.publishedAt,
				this.portalUrl, this.attachments, this.obligationId);
	}
}
