package cn.jianwu.channel.weibo.posting;

/**
 * Weibo answered a call with an error. Carries the error code, never Weibo's error text:
 * that text may quote the request's parameters, the access token included.
 *
 * @see WeiboErrors
 */
class WeiboApiException extends RuntimeException {

	private final int httpStatus;

	private final Integer errorCode;

	WeiboApiException(String path, int httpStatus, Integer errorCode) {
		super("Weibo " + path + " answered HTTP " + httpStatus
				+ ((errorCode != null) ? " with error_code " + errorCode : " without an error code"));
		this.httpStatus = httpStatus;
		this.errorCode = errorCode;
	}

	int httpStatus() {
		return this.httpStatus;
	}

	/** Weibo's {@code error_code}, or {@code null} when the answer had none. */
	Integer errorCode() {
		return this.errorCode;
	}

	boolean is(int code) {
		return this.errorCode != null && this.errorCode == code;
	}

}
