package cn.jianwu.disclosure.api.item;

import cn.jianwu.events.WorkflowAction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * An item as staff see it ({@code GET /api/disclosures/{id}}, and the answer of every
 * change to it): the working text, the attachments of the working revision, the workflow
 * timeline, the delivery board, and what the caller may do next.
 *
 * @param publishedRevision the revision on the channels now, {@code null} if none
 * @param obligationId the disclosure obligation of report-service's register that the
 * item meets, or {@code null}
 * @param period the period a periodic item reports on ({@link DisclosurePeriod} code), or
 * {@code null}
 * @param caseStages for a guide, the case stages whose notice of rights and duties it is
 * @param revisionNote what the working revision changes and why (修订说明), or {@code null}
 * @param version the item's version, sent back with an edit
 * @param allowedActions what the calling member of staff may do to the item now, by the
 * service's own rules
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StaffItem(UUID id, int revision, Integer publishedRevision, ItemStatus status, String title,
		String summary, String body, Category category, SubKind subKind, Term term, Visibility visibility,
		String department, boolean important, List<Channel> channels, List<Exemption> exemptions, List<String> persons,
		List<String> addresses, List<NameClearance> clearedNames, String minorClearance, Instant publishAt,
		String obligationId, String period, List<String> caseStages, String revisionNote, String createdBy,
		Instant createdAt, Instant updatedAt, long version, List<Step> history, List<Delivery> deliveries,
		List<Attachment> attachments, List<WorkflowAction> allowedActions) {

	public StaffItem {
		channels = copy(channels);
		exemptions = copy(exemptions);
		persons = copy(persons);
		caseStages = copy(caseStages);
		addresses = copy(addresses);
		clearedNames = copy(clearedNames);
		history = copy(history);
		deliveries = copy(deliveries);
		attachments = copy(attachments);
		allowedActions = copy(allowedActions);
	}

	/** Whether a revision of the item is on the channels now. */
	public boolean live() {
		return this.publishedRevision != null;
	}

	/** Whether the caller may do this to the item now. */
	public boolean allows(WorkflowAction action) {
		return this.allowedActions.contains(action);
	}

	/** Whether an attachment holds up approval until an approver confirms it by hand. */
	public boolean awaitsManualChecks() {
		return this.attachments.stream().anyMatch(Attachment::awaitsManualCheck);
	}

	private static <T> List<T> copy(List<T> values) {
		return (values != null) ? List.copyOf(values) : List.of();
	}

	/**
	 * One entry of the workflow timeline.
	 *
	 * @param role the role the actor acted in, {@code null} for the platform's own steps
	 * @param from the status before, {@code null} for the first entry
	 * @param to the status after
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Step(WorkflowAction action, String actor, StaffRole role, int revision, ItemStatus from,
			ItemStatus to, String comment, Instant at) {

		/** The role in words; the platform's own steps are the system's. */
		public String roleLabel() {
			return (this.role != null) ? this.role.label() : StaffRole.PLATFORM_LABEL;
		}

	}

	/**
	 * The latest report of one channel for the item.
	 *
	 * @param revision the revision the report is about
	 * @param status what the channel reported
	 * @param externalRef the channel's own reference (post id, publish id, screen ids)
	 * @param attempts how many attempts the channel made
	 * @param lastError the reason of a failure or a skip, in words staff can act on
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Delivery(Channel channel, int revision, DeliveryState status, String externalRef, int attempts,
			String lastError, Instant reportedAt) {
	}

	/**
	 * A file attached to the working revision, never its content nor its text.
	 *
	 * @param fileName the name it was uploaded with, made safe to show
	 * @param mediaType what its content is (not what its name or the browser claimed)
	 * @param size the length of the copy the public downloads
	 * @param sha256 the digest of the copy the public downloads
	 * @param textExtracted whether text of it is stored for the redaction check
	 * @param textStatus how much of it the redaction check sees
	 * @param automaticallyChecked whether the check needs no person to look at it
	 * @param manualCheck an approver's confirmation, or {@code null}
	 * @param allowedActions what the caller may do to the file now
	 * ({@link WorkflowAction#MANUAL_CHECK})
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record Attachment(UUID id, UUID itemId, String fileName, String mediaType, long size, String sha256,
			boolean textExtracted, TextStatus textStatus, boolean automaticallyChecked, ManualCheck manualCheck,
			String createdBy, Instant createdAt, List<WorkflowAction> allowedActions) {

		public Attachment {
			allowedActions = copy(allowedActions);
		}

		/** Whether approval waits for an approver to confirm this file by hand. */
		public boolean awaitsManualCheck() {
			return !this.automaticallyChecked && this.manualCheck == null;
		}

		/** Whether the caller may do this to the file now. */
		public boolean allows(WorkflowAction action) {
			return this.allowedActions.contains(action);
		}

		/** Whether the caller may confirm the file by hand now. */
		public boolean confirmable() {
			return allows(WorkflowAction.MANUAL_CHECK);
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

	/**
	 * An approver's confirmation that a file the redaction check could not read holds no
	 * personal data left to remove.
	 *
	 * @param by the approver's username
	 * @param reason what they looked at, in their words
	 */
	@JsonIgnoreProperties(ignoreUnknown = true)
	public record ManualCheck(String by, String reason, Instant at) {
	}

}
