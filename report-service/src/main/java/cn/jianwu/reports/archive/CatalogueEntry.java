package cn.jianwu.reports.archive;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.AttachmentRef;

/**
 * One published revision as the volume's catalogue (目录) lists it. Everything here comes
 * from the read model; the body is read separately, one revision at a time.
 *
 * @param itemId the item
 * @param revision its revision
 * @param replacesRevision the revision it corrected, or {@code null}
 * @param category the category's name (Category)
 * @param subKind the sub-kind, or {@code null}
 * @param title the title
 * @param visibility PUBLIC or INTERNAL
 * @param publishedAt when it was published
 * @param channels the channel ids it was published on
 * @param attachments its attachments
 * @param steps its submission and approvals, in order
 * @param deliveries each channel's last report
 * @param withdrawal its withdrawal, or {@code null}
 */
record CatalogueEntry(String itemId, int revision, Integer replacesRevision, String category, String subKind,
		String title, String visibility, Instant publishedAt, List<String> channels, List<AttachmentRef> attachments,
		List<Step> steps, List<Delivery> deliveries, Withdrawal withdrawal) {

	/** A submission or an approval (workflow_step). */
	record Step(String action, String actor, String actorRole, String actorDepartment, Instant at) {
	}

	/**
	 * A channel's last report on the revision (delivery_report): the proof of delivery.
	 */
	record Delivery(String channel, String status, int attempt, String externalRef, String reason, Instant at) {
	}

	record Withdrawal(String reason, Instant at) {
	}

}
