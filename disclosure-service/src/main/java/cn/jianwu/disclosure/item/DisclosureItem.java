package cn.jianwu.disclosure.item;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.audit.AuditedItem;

/**
 * A disclosure item: its content and where it stands. {@code revision} is the revision
 * being worked on; {@code publishedRevision} the one the public sees, if any.
 */
public record DisclosureItem(UUID id, ItemStatus status, int revision, Integer publishedRevision, ItemContent content,
		String createdBy, String editedBy, Instant createdAt, Instant updatedAt, long version) {

	public DisclosureItem withStatus(ItemStatus next, Instant at) {
		return new DisclosureItem(this.id, next, this.revision, this.publishedRevision, this.content, this.createdBy,
				this.editedBy, this.createdAt, at, this.version);
	}

	public DisclosureItem published(Instant at) {
		return new DisclosureItem(this.id, ItemStatus.PUBLISHED, this.revision, this.revision, this.content,
				this.createdBy, this.editedBy, this.createdAt, at, this.version);
	}

	public DisclosureItem edited(ItemContent newContent, String editor, Instant at) {
		boolean live = this.status == ItemStatus.PUBLISHED || this.status == ItemStatus.WITHDRAWN;
		return new DisclosureItem(this.id, ItemStatus.DRAFT, live ? this.revision + 1 : this.revision,
				this.publishedRevision, newContent, this.createdBy, editor, this.createdAt, at, this.version);
	}

	public DisclosureItem withdrawn(Instant at) {
		return new DisclosureItem(this.id, ItemStatus.WITHDRAWN, this.revision, null, this.content, this.createdBy,
				this.editedBy, this.createdAt, at, this.version);
	}

	/** The item as its audit trail entries describe it. */
	public AuditedItem audited() {
		return new AuditedItem(this.id, this.content.department(), this.content.category(),
				(this.content.subKind() != null) ? this.content.subKind().name() : null, this.content.important(),
				this.content.obligationId());
	}

	/** Whether a revision of this item is on the channels now. */
	public boolean isLive() {
		return this.publishedRevision != null;
	}

}
