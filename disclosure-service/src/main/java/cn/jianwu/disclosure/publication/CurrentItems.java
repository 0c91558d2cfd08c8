package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.AttachmentRef;

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
		return withAttachments(List.of(item)).get(0);
	}

	/**
	 * The revisions' snapshots, each with its revision's public attachments, read in one
	 * query.
	 */
	List<PublicItem> withAttachments(List<PublicItem> items) {
		Map<UUID, List<AttachmentRef>> refs = this.attachments.publicRefs(
				items.stream().collect(Collectors.toMap((item) -> UUID.fromString(item.id()), PublicItem::revision)));
		return items.stream()
			.map((item) -> item.withAttachments(refs.getOrDefault(UUID.fromString(item.id()), List.of())))
			.toList();
	}

	private RuntimeException gone(UUID id) {
		return this.record.withdrawal(id)
			.<RuntimeException>map(WithdrawnItemException::new)
			.orElseGet(() -> DisclosureException.notFound(id));
	}

}
