package cn.jianwu.hall.api.message;

/**
 * The one answer of every failed lookup (404, Problem Details): unknown code, wrong check
 * code, malformed input and a locked tracking code all get these very bytes.
 */
public final class LookupFailure {

	/** The problem type's slug. */
	public static final String TYPE_SLUG = "hall-lookup-failed";

	public static final String TITLE = "查询未成功";

	private LookupFailure() {
	}

	/**
	 * The detail: what may be wrong and the lock-out.
	 * @param maxFailures failed attempts after which a tracking code locks
	 * @param lockMinutes how long it stays locked
	 */
	public static String detail(int maxFailures, long lockMinutes) {
		return "受理编号或查询密码不正确，或该编号暂被锁定。请核对后重试；连续输错" + maxFailures + "次，该编号将锁定" + lockMinutes + "分钟。";
	}

}
