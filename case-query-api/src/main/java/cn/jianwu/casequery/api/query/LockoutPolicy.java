package cn.jianwu.casequery.api.query;

import java.time.Duration;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The code lock-out as configured in case-query-service, and the one wording of the
 * failure every public channel tells: failed attempts after which a query code locks, and
 * for how long. The numbers come from the service (its failure answer carries them), so
 * that no channel states a limit the service does not apply.
 *
 * @param maxFailures failed attempts after which a code locks
 * @param lockDuration how long it stays locked
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LockoutPolicy(int maxFailures, Duration lockDuration) {

	/** The failure's title. */
	public static final String TITLE = "查询未成功";

	private static final String CAUSES = "查询码或身份证号码后四位不正确，或该查询码已停用、暂被锁定。";

	private static final String ESCALATION = "再次锁定时间加倍。";

	private static final String ADVICE = "如有疑问，请到本院案件管理部门窗口咨询。";

	/**
	 * Said instead of the usual detail when the code stays locked until the desk
	 * re-issues the credential (after repeated lock-outs): trying again cannot help.
	 */
	public static final String UNTIL_REISSUE = "该查询码因多次连续输错已被锁定，无法继续查询。" + "请本人携带身份证件到本院案件管理部门或控告申诉检察部门窗口核实身份并重新办理查询码。";

	/**
	 * e.g. {@code 连续输错5次，查询码将锁定30分钟，再次锁定时间加倍。} The first lock's length; each later one
	 * lasts twice the one before (the service's escalation), which the public is told
	 * rather than finding out.
	 */
	public String warning() {
		return "连续输错" + this.maxFailures + "次，查询码将锁定" + span(this.lockDuration) + "，" + ESCALATION;
	}

	/** The failure answer's detail: what may be wrong, the lock-out, where to ask. */
	public String detail() {
		return CAUSES + "请核对后重试；" + warning() + ADVICE;
	}

	/** The failure's detail when the code stays locked until the desk re-issues it. */
	public String detailUntilReissue() {
		return UNTIL_REISSUE;
	}

	/** The failure as one text message (web page, WeChat reply). */
	public String message() {
		return TITLE + "：" + detail();
	}

	/** The failure as the hotline reads it out, before its menu of what next. */
	public String spoken() {
		return TITLE + "。" + CAUSES + warning();
	}

	/** Whole hours as hours, anything else in minutes (rounded up). */
	static String span(Duration duration) {
		long minutes = Math.max(1, (duration.toSeconds() + 59) / 60);
		return (minutes % 60 == 0) ? (minutes / 60) + "小时" : minutes + "分钟";
	}

}
