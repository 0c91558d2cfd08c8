package cn.jianwu.events;

/**
 * What happened between the WeChat official account and a follower that the
 * case-management figures count.
 */
public enum WechatActivity {

	/** A follower bound a case query credential (progress notices). */
	CASE_BOUND("绑定案件"),

	/** A follower unbound one. */
	CASE_UNBOUND("解除案件绑定"),

	/** A follower bound a hall booking (appointment notices). */
	BOOKING_BOUND("绑定预约"),

	/** A progress or appointment notice reached WeChat. */
	NOTICE_SENT("通知已发送"),

	/** WeChat refused a notice, or it could not be sent. */
	NOTICE_FAILED("通知发送失败");

	private final String label;

	WechatActivity(String label) {
		this.label = label;
	}

	/** The name staff read in the figures. */
	public String label() {
		return this.label;
	}

}
