package cn.jianwu.hall.casequery;

/**
 * What case-query-service said of a lawyer and a case, as stored with the booking
 * ({@code appointment.lawyer_check}) and shown to the case manager in words.
 */
public enum LawyerVerdict {

	/** A current defender or agent of the case: the booking is confirmed at once. */
	ACTING("案件管理系统确认该律师为本案辩护人"),
	/** Not on the case (or an unknown case): the case manager decides. */
	NOT_ACTING("未能确认律师与案件的关系"),
	/** case-query-service did not answer in time: the case manager decides. */
	UNAVAILABLE("案件查询服务暂不可用");

	private final String words;

	LawyerVerdict(String words) {
		this.words = words;
	}

	/** What the case manager reads in the console. */
	public String words() {
		return this.words;
	}

	/** The stored name read back; {@code null} for a booking that is no lawyer's. */
	public static String wordsOf(String stored) {
		return (stored != null) ? valueOf(stored).words() : null;
	}

}
