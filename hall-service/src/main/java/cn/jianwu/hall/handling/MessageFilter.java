package cn.jianwu.hall.handling;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.message.MessageStatus;

/**
 * What a staff list asks for; null fields do not filter.
 *
 * @param department the department handling the messages
 * @param status where they stand
 * @param kind what they are about
 * @param due {@link DueState#OVERDUE} or {@link DueState#DUE_SOON} for the lists of
 * messages late or nearly so
 */
record MessageFilter(String department, MessageStatus status, MessageKind kind, DueState due) {

	MessageFilter inDepartment(String only) {
		return new MessageFilter(only, this.status, this.kind, this.due);
	}

}
