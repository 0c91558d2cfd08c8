package cn.jianwu.portal.casequery;

import cn.jianwu.casequery.api.query.QueryFailure;

/**
 * What the web page and the kiosk tell a reader whose query did not succeed. The refusal
 * is one text for every cause (unknown code, wrong digits, revoked, locked out), as the
 * service's answer is one answer, and states the lock-out that answer carries.
 */
public final class CaseQueryMessages {

	/**
	 * A refusal that was not the service's failure answer (e.g. a request it found
	 * malformed): no lock-out is stated rather than one the service may not apply.
	 */
	public static final String REFUSED = "查询未成功：查询码或身份证号码后四位不正确，或查询码已失效。请核对后重新输入；连续多次输入错误，查询码将被暂时锁定。"
			+ "如需帮助，请到检察服务中心案件管理窗口咨询。";

	/** Too many queries. */
	public static final String THROTTLED = "查询过于频繁，请稍后再试。";

	/** The service is down. */
	public static final String UNAVAILABLE = "案件查询服务暂时不可用，请稍后再试。您也可以拨打检察服务热线或到检察服务中心案件管理窗口查询。";

	private CaseQueryMessages() {
	}

	/**
	 * The uniform failure.
	 * @param failure the service's failure answer, or {@code null}
	 */
	public static String refused(QueryFailure failure) {
		return (failure != null) ? failure.lockout().message() : REFUSED;
	}

	/** The throttling message with the wait, when the service said how long. */
	public static String throttled(long retryAfterSeconds) {
		if (retryAfterSeconds <= 0) {
			return THROTTLED;
		}
		long minutes = Math.max(1, (retryAfterSeconds + 59) / 60);
		return "查询过于频繁，请约" + minutes + "分钟后再试。";
	}

}
