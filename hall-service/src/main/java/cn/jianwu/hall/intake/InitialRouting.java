package cn.jianwu.hall.intake;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.hall.department.HallDepartments;

/**
 * Where a new message starts (the design's triage rule): complaints and reports with the
 * complaints department, feedback on an item with the item's department, a response to an
 * open call with the call's department — each assigned at once; everything else waits for
 * the office.
 *
 * @param status {@code ASSIGNED} or {@code RECEIVED}
 * @param department the department, or {@code null} while the office has not triaged
 */
public record InitialRouting(MessageStatus status, String department) {

	/**
	 * @param kind what the message is about
	 * @param referencedDepartment the department of the item or call it refers to, for
	 * the kinds that refer to one
	 * @param departments the hall's departments
	 */
	public static InitialRouting of(MessageKind kind, String referencedDepartment, HallDepartments departments) {
		return switch (kind) {
			case COMPLAINT, REPORT -> new InitialRouting(MessageStatus.ASSIGNED, departments.complaints());
			case ITEM_FEEDBACK,
					CALL_RESPONSE ->
				(referencedDepartment != null && departments.exists(referencedDepartment))
						? new InitialRouting(MessageStatus.ASSIGNED, referencedDepartment)
						: new InitialRouting(MessageStatus.RECEIVED, null);
			default -> new InitialRouting(MessageStatus.RECEIVED, null);
		};
	}

}
