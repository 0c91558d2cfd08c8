package cn.jianwu.events;

import java.time.Instant;

/**
 * One step of an item's workflow, as disclosure-service's audit trail recorded it, with
 * what the accountability reports group it by (the item's department, category and
 * obligation; the actor's department). Staff-internal: it goes on
 * {@link Topics#DISCLOSURE_WORKFLOW}, which no public channel reads, and carries no item
 * text.
 *
 * @param itemId the item
 * @param revision the revision the step acted on
 * @param action what was done
 * @param actor the staff account, or {@code system} for a scheduled publication
 * @param actorRole the role the actor acted in (a {@code StaffRole} name, or
 * {@code SYSTEM})
 * @param actorDepartment the actor's department, or {@code null} for the system
 * @param department the item's department (the one responsible for it)
 * @param category the item's category
 * @param subKind the item's sub-kind, or {@code null}
 * @param important whether the item goes to the chief
 * @param obligationId the disclosure obligation the item meets (report-service's
 * register), or {@code null}
 * @param fromStatus the item's status before the step, or {@code null} on creation
 * @param toStatus the item's status after it
 * @param comment the reason of a rejection, refusal or withdrawal; {@code null} for other
 * steps (the text of an approval comment stays in the audit trail)
 * @param at when the step was committed
 */
public record DisclosureStepRecorded(String itemId, int revision, WorkflowAction action, String actor, String actorRole,
		String actorDepartment, String department, Category category, String subKind, boolean important,
		String obligationId, String fromStatus, String toStatus, String comment, Instant at) implements PlatformEvent {

	@Override
	public String key() {
		return this.itemId;
	}

}
