package cn.jianwu.search.indexing;

import java.util.Optional;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.Visibility;
import cn.jianwu.search.index.ItemDocument;

/**
 * What one disclosure event means for the public index, and what the portal reports once
 * the index took it.
 *
 * @param record the position of the event's record in its batch
 * @param document the document to write (a tombstone for anything that must not be found)
 * @param status the report once written
 * @param reason the report's reason, in words staff read, or {@code null}
 */
record PortalChange(int record, ItemDocument document, DeliveryStatus status, String reason) {

	static final String INTERNAL = "内部事项仅在局域网公布，不进入门户网站检索";

	static final String NOT_CHOSEN = "该事项未选择门户网站渠道，不进入门户网站检索";

	/**
	 * The change an event asks for; none for events the index does not care about
	 * (redelivery requests: the index is rebuilt from disclosure-service instead).
	 */
	static Optional<PortalChange> of(int record, PlatformEvent event) {
		if (event instanceof DisclosureRevised revised) {
			return Optional.of(published(record, revised.asPublished()));
		}
		if (event instanceof DisclosurePublished published) {
			return Optional.of(published(record, published));
		}
		if (event instanceof DisclosureWithdrawn withdrawn) {
			return Optional.of(new PortalChange(record,
					ItemDocument.tombstone(withdrawn.itemId(), withdrawn.revision()), DeliveryStatus.RETRACTED, null));
		}
		return Optional.empty();
	}

	// A revision that is internal or no longer meant for the portal replaces whatever the
	// index held of older revisions with a tombstone: the public must not find it any
	// more.
	private static PortalChange published(int record, DisclosurePublished event) {
		if (event.visibility() != Visibility.PUBLIC) {
			return new PortalChange(record, ItemDocument.tombstone(event.itemId(), event.revision()),
					DeliveryStatus.SKIPPED, INTERNAL);
		}
		if (!event.deliversTo(Channel.PORTAL)) {
			return new PortalChange(record, ItemDocument.tombstone(event.itemId(), event.revision()),
					DeliveryStatus.SKIPPED, NOT_CHOSEN);
		}
		ItemDocument document = ItemDocument.published(event.itemId(), event.revision(), event.category(),
				event.subKind(), event.title(), event.summary(), event.body(), event.department(), event.publishedAt(),
				event.portalUrl(), event.attachments().stream().map(AttachmentRef::fileName).toList());
		return new PortalChange(record, document, DeliveryStatus.DELIVERED, null);
	}

	String itemId() {
		return this.document.id();
	}

	int revision() {
		return this.document.revision();
	}

}
