package cn.jianwu.hall.activity;

/**
 * The steps of an activity and its sign-ups in the audit trail ({@code audit_entry}): the
 * action names stored there.
 */
enum ActivityStep {

	CREATE_ACTIVITY, ANNOUNCE_ACTIVITY, CANCEL_ACTIVITY, SIGN_UP, CANCEL_SIGN_UP, PROMOTE_SIGN_UP, CHECK_IN_SIGN_UP,
	EXPORT_ATTENDANCE, REPORT_ACTIVITY, RECORD_OPINION;

	/** The platform acts on its own (an announcement seen public); no member of staff. */
	static final String SYSTEM = "hall-service";

	static final String SYSTEM_NAME = "系统";

}
