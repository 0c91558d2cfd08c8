package cn.jianwu.hall.api.booking;

/** What a bookable service is. On the wire: the name. */
public enum ServiceKind {

	VISIT("来访接待", false), CHIEF_RECEPTION("检察长接待日", false), LAWYER_RECEPTION("律师接待", true), FILE_READING("律师阅卷", true);

	private final String label;

	private final boolean forLawyers;

	ServiceKind(String label, boolean forLawyers) {
		this.label = label;
		this.forLawyers = forLawyers;
	}

	/** The name the public and staff read. */
	public String label() {
		return this.label;
	}

	/**
	 * Whether only lawyers book it: the booking names a licence number, a law firm and a
	 * case, and is confirmed only once the lawyer is known to act in that case.
	 */
	public boolean forLawyers() {
		return this.forLawyers;
	}

}
