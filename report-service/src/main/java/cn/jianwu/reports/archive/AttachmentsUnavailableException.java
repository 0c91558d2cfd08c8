package cn.jianwu.reports.archive;

/**
 * disclosure-service could not hand over an attachment it should have: the seal stops
 * rather than seal a volume without it.
 */
class AttachmentsUnavailableException extends RuntimeException {

	AttachmentsUnavailableException(String message, Throwable cause) {
		super(message, cause);
	}

}
