package cn.jianwu.disclosure.attachment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.TextStatus;
import cn.jianwu.events.WorkflowAction;

/**
 * A file attached to a disclosure item, as staff see it: never its content nor its text.
 *
 * @param fileName the name it was uploaded with, made safe to show
 * @param mediaType what its content is (not what its name or the browser claimed)
 * @param size the length of the copy the public downloads
 * @param sha256 the digest of the copy the public downloads
 * @param textExtracted whether text of it is stored for the redaction check
 * @param textStatus how much of it the redaction check sees
 * @param automaticallyChecked whether the check needs no person to look at it
 * @param manualCheck an approver's confirmation, or {@code null}
 */
public record Attachment(UUID id, UUID itemId, String fileName, String mediaType, long size, String sha256,
		boolean textExtracted, TextStatus textStatus, boolean automaticallyChecked, ManualCheck manualCheck,
		String createdBy, Instant createdAt) {

	public Attachment(UUID id, UUID itemId, String fileName, String mediaType, long size, String sha256,
			boolean textExtracted, TextStatus textStatus, ManualCheck manualCheck, String createdBy,
			Instant createdAt) {
		this(id, itemId, fileName, mediaType, size, sha256, textExtracted, textStatus, textStatus.automatic(),
				manualCheck, createdBy, createdAt);
	}

	/**
	 * The file as staff read it, with what the caller may do to it.
	 */
	public StaffItem.Attachment view(List<WorkflowAction> allowedActions) {
		return new StaffItem.Attachment(this.id, this.itemId, this.fileName, this.mediaType, this.size, this.sha256,
				this.textExtracted, this.textStatus, this.automaticallyChecked,
				(this.manualCheck != null) ? new StaffItem.ManualCheck(this.manualCheck.by(), this.manualCheck.reason(),
						this.manualCheck.at()) : null,
				this.createdBy, this.createdAt, allowedActions);
	}

	/** Whether approval waits for an approver to confirm this file by hand. */
	boolean awaitsManualCheck() {
		return !this.automaticallyChecked && this.manualCheck == null;
	}

}
