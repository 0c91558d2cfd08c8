package cn.jianwu.portal.console.activity;

import java.util.Map;
import java.util.UUID;

/**
 * The id of the hall message an opinion became, from hall-service's answer to {@code POST
 * /api/hall/staff/activities/{id}/opinions}. hall-api names no record for that answer, so
 * the console takes the message's id where it is: {@code messageId}, the answer's
 * {@code id}, or a staff message's {@code summary.id}.
 */
final class CreatedMessage {

	private CreatedMessage() {
	}

	static UUID id(Map<String, Object> answer) {
		if (answer == null) {
			return null;
		}
		Object id = answer.get("messageId");
		if (id == null) {
			id = answer.get("id");
		}
		if (id == null && answer.get("summary") instanceof Map<?, ?> summary) {
			id = summary.get("id");
		}
		try {
			return (id != null) ? UUID.fromString(id.toString()) : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
