package cn.jianwu.hall.api.booking;

/**
 * The one answer of every failed lookup, cancellation or check-in by booking code (404,
 * Problem Details): unknown code, wrong ID digits, malformed input and a locked code all
 * get these very bytes.
 */
public final class BookingLookupFailure {

	/** The problem type's slug. */
	public static final String TYPE_SLUG = "hall-booking-lookup-failed";

	public static final String TITLE = "未找到预约";

	private BookingLookupFailure() {
	}

	/**
	 * The detail: what may be wrong and the lock-out.
	 * @param maxFailures failed attempts after which a booking code locks
	 * @param lockMinutes how long it stays locked
	 */
	public static String detail(int maxFailures, long lockMinutes) {
		return "预约码或身份证号码后四位不正确，或该预约码暂被锁定。请核对后重试；连续输错" + maxFailures + "次，该预约码将锁定" + lockMinutes + "分钟。";
	}

}
