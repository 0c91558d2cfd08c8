package cn.jianwu.portal.hall;

import java.util.Map;

import cn.jianwu.hall.api.message.SubmissionReceipt;

/**
 * How a message sent to hall-service ended.
 *
 * @param receipt the codes and dates, when it was received
 * @param status the HTTP status the page answers with
 * @param errors when refused: the service's explanation by the form field it concerns
 * ({@code general} for the rest), in Chinese
 */
public record SubmissionOutcome(SubmissionReceipt receipt, int status, Map<String, String> errors) {

	static SubmissionOutcome received(SubmissionReceipt receipt) {
		return new SubmissionOutcome(receipt, 200, Map.of());
	}

	static SubmissionOutcome refused(int status, Map<String, String> errors) {
		return new SubmissionOutcome(null, status, Map.copyOf(errors));
	}

	/** Whether the message was received. */
	public boolean received() {
		return this.receipt != null;
	}

}
