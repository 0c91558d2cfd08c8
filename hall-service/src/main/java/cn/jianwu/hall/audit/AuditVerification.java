package cn.jianwu.hall.audit;

/**
 * The outcome of walking the chain.
 *
 * @param intact whether every row holds
 * @param checked rows checked before the first broken one (all when intact)
 * @param brokenAt the first row that does not hold, or null
 */
public record AuditVerification(boolean intact, long checked, Long brokenAt) {

	static AuditVerification intact(long checked) {
		return new AuditVerification(true, checked, null);
	}

	static AuditVerification broken(long checked, long seq) {
		return new AuditVerification(false, checked, seq);
	}

}
