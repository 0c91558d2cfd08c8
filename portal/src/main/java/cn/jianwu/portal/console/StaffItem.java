package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.List;

/**
 * An item as disclosure-service shows it to staff ({@code GET /api/disclosures/{id}}):
 * the working text, the workflow timeline and the delivery board.
 */
public record StaffItem(String id, int revision, Integer publishedRevision, String status, String title, String summary,
		String body, String category, String subKind, String term, String visibility, String department,
		boolean important, List<String> channels, List<String> exemptions, List<String> persons, List<String> addresses,
		List<NameClearance> clearedNames, String minorClearance, Instant publishAt, String createdBy, Instant createdAt,
		Instant updatedAt, long version, List<Step> history, List<Delivery> deliveries, List<Attachment> attachments) {

	public StaffItem {
		channels = (channels != null) ? List.copyOf(channels) : List.of();
		exemptions = (exemptions != null) ? List.copyOf(exemptions) : List.of();
		persons = (persons != null) ? List.copyOf(persons) : List.of();
		addresses = (addresses != null) ? List.copyOf(addresses) : List.of();
		clearedNames = (clearedNames != null) ? List.copyOf(clearedNames) : List.of();
		history = (history != null) ? List.copyOf(history) : List.of();
		deliveries = (deliveries != null) ? List.copyOf(deliveries) : List.of();
		attachments = (attachments != null) ? List.copyOf(attachments) : List.of();
	}

	/** Whether a revision of the item is on the channels now. */
	public boolean live() {
		return this.publishedRevision != null;
	}

	public boolean pending() {
		return "PENDING_REVIEW".equals(this.status) || "PENDING_APPROVAL".equals(this.status)
				|| "PENDING_CHIEF".equals(this.status);
	}

	/** Drafts, and published or withdrawn items (a new revision), may be edited. */
	public boolean editable() {
		return "DRAFT".equals(this.status) || "PUBLISHED".equals(this.status) || "WITHDRAWN".equals(this.status);
	}

	/** The role that decides at the item's current step, or {@code null}. */
	public String decidingRole() {
		return switch (this.status) {
			case "PENDING_REVIEW" -> "SECTION_HEAD";
			case "PENDING_APPROVAL" -> "DIVISION_LEADER";
			case "PENDING_CHIEF" -> "CHIEF";
			default -> null;
		};
	}

	/** One entry of the workflow timeline. */
	public record Step(String action, String actor, String role, int revision, String from, String to, String comment,
			Instant at) {
	}

	/** The latest report of one channel. */
	public record Delivery(String channel, int revision, String status, String externalRef, int attempts,
			String lastError, Instant reportedAt) {
	}

	/** Whether an attachment holds up approval until an approver confirms it by hand. */
	public boolean awaitsManualChecks() {
		return this.attachments.stream().anyMatch(Attachment::awaitsManualCheck);
	}

	/**
	 * Whether the member may confirm by hand an attachment the redaction check could not
	 * read. disclosure-service decides; this only says whether to offer the form: a
	 * section head of the item's department, a division leader or the chief, not the
	 * uploader, while the item is a draft or under approval.
	 */
	public boolean confirmsManually(Attachment attachment, ConsoleUser user) {
		boolean confirmer = user.hasAny("DIVISION_LEADER", "CHIEF")
				|| (user.has("SECTION_HEAD") && this.department.equals(user.department()));
		return attachment.awaitsManualCheck() && confirmer && !user.username().equals(attachment.createdBy())
				&& ("DRAFT".equals(this.status) || pending());
	}

	/**
	 * A file attached to the working revision.
	 *
	 * @param automaticallyChecked whether the redaction check read all of it
	 * ({@code null} from a service that does not say: taken as read)
	 * @param manualCheck an approver's confirmation of a file that was not, or
	 * {@code null}
	 */
	public record Attachment(String id, String fileName, String mediaType, long size, boolean textExtracted,
			Boolean automaticallyChecked, ManualCheck manualCheck, String createdBy) {

		public boolean awaitsManualCheck() {
			return Boolean.FALSE.equals(this.automaticallyChecked) && this.manualCheck == null;
		}

		/**
		 * What staff read about the check, or {@code null} when it read the whole file.
		 */
		public String checkLabel() {
			if (this.manualCheck != null) {
				return "已人工确认（" + this.manualCheck.by() + "）";
			}
			return awaitsManualCheck() ? "未自动检查" : null;
		}

	}

	/** Who confirmed a file by hand, and why. */
	public record ManualCheck(String by, String reason, Instant at) {
	}

}
