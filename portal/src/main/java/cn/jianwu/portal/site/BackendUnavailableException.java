package cn.jianwu.portal.site;

/**
 * A service the page needs did not answer (refused, timed out, or failed with a 5xx). The
 * public gets a page that says so in Chinese; the cause goes to the log only.
 */
public class BackendUnavailableException extends RuntimeException {

	private final String service;

	/**
	 * @param service the service's name, for the log
	 * @param reason what happened, for the log
	 * @param cause the underlying failure, if any
	 */
	public BackendUnavailableException(String service, String reason, Throwable cause) {
		super(service + ": " + reason, cause);
		this.service = service;
	}

	public String service() {
		return this.service;
	}

}
