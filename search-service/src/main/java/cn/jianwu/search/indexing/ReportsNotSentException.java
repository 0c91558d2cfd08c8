package cn.jianwu.search.indexing;

/**
 * The broker did not take the delivery reports of a batch. Like an unreachable cluster,
 * this is an outage to wait out, not a reason to dead-letter the batch's events.
 */
class ReportsNotSentException extends RuntimeException {

	ReportsNotSentException(Throwable cause) {
		super("Delivery reports could not be sent: " + cause, cause);
	}

}
