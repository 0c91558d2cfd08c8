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

	/** A file attached to the working revision. */
	public record Attachment(String id, String fileName, String mediaType, long size, boolean textExtracted) {
	}

}
