package cn.jianwu.events;

import java.time.Instant;
import java.util.List;

/**
 * An approved item went public. {@code body} is already redacted: no consumer ever sees
 * the unredacted text.
 *
 * <p>
 * {@code obligationId} (added in place, optional): the disclosure obligation of
 * report-service's register that the item meets, or {@code null}.
 */
public record DisclosurePublished(String itemId, int revision, Category category, String subKind, String title,
		String summary, String body, String department, Visibility visibility, List<Channel> channels,
		Instant publishedAt, String portalUrl, List<AttachmentRef> attachments,
		String obligationId) implements PlatformEvent {

	public DisclosurePublished {
		channels = (channels != null) ? List.copyOf(channels) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** An item that meets no obligation of report-service's register. */
	public DisclosurePublished(String itemId, int revision, Category category, String subKind, String title,
			String summary, String body, String department, Visibility visibility, List<Channel> channels,
			Instant publishedAt, String portalUrl, List<AttachmentRef> attachments) {
		this(itemId, revision, category, subKind, title, summary, body, department, visibility, channels, publishedAt,
				portalUrl, attachments, null);
	}

	@Override
	public String key() {
		return this.itemId;
	}

	/** Whether the item chose the channel and its visibility lets it go there. */
	public boolean deliversTo(Channel channel) {
		return this.channels.contains(channel) && this.visibility.allows(channel);
	}

}
