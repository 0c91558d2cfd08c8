package cn.jianwu.disclosure.audit;

/**
 * The outcome of checking the chain.
 *
 * @param intact whether every row still matches its hash and links to its predecessor
 * @param checkedEntries rows found intact before the first broken one
 * @param firstBrokenSeq the sequence number of the first broken row, or {@code null}
 */
public record AuditVerification(boolean intact, long checkedEntries, Long firstBrokenSeq) {

	static AuditVerification intact(long checked) {
		return new AuditVerification(true, checked, null);
	}

	static AuditVerification broken(long checked, long seq) {
		return new AuditVerification(false, checked, seq);
	}

}
