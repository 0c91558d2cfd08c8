package cn.jianwu.events;

/**
 * What happened between the WeChat official account and a follower that the
 * case-management figures count.
 */
public enum WechatActivity {

	/** A follower bound a case query credential (progress notices). */
	CASE_BOUND,

	/** A follower unbound one. */
	CASE_UNBOUND,

	/** A follower bound a hall booking (appointment notices). */
	BOOKING_BOUND,

	/** A progress or appointment notice reached WeChat. */
	NOTICE_SENT,

	/** WeChat refused a notice, or it could not be sent. */
	NOTICE_FAILED

}
