package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.problem.DisclosureException;

import org.springframework.stereotype.Component;

/**
 * A public item by its address: its current revision with that revision's public
 * attachments, {@code 410 Gone} with the notice when it was withdrawn, and {@code 404}
 * for anything internal or never published (an internal item is never revealed, withdrawn
 * or not).
 */
@Component
class CurrentItems {

	private final PublishedRevisions revisions;

	private final PublicRecord record;

	private final Attachments attachments;

	CurrentItems(PublishedRevisions revisions, PublicRecord record, Attachments attachments) {
		this.revisions = revisions;
		this.record = record;
		this.attachments = attachments;
	}

	/**
	 * @throws WithdrawnItemException when the item's newest public revision is withdrawn
	 * @throws DisclosureException {@code item-not-found} when there is no public item
	 */
	PublicItem get(UUID id) {
		PublicItem item = this.revisions.currentPublic(id).orElseThrow(() -> gone(id));
		return withAttachments(item);
	}

	/** The revision's snapshot with that revision's public attachments. */
	PublicItem withAttachments(PublicItem item) {
		UUID id = UUID.fromString(item.id());
		return item
			.withAttachments(this.attachments.publicRefs(Map.of(id, item.revision())).getOrDefault(id, List.of()));
	}

	private RuntimeException gone(UUID id) {
		return this.record.withdrawal(id)
			.<RuntimeException>map(WithdrawnItemException::new)
			.orElseGet(() -> DisclosureException.notFound(id));
	}

}
