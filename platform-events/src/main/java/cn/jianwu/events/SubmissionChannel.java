package cn.jianwu.events;

/** Where a message to the online service hall was written. On the wire: the name. */
public enum SubmissionChannel {

	WEB("门户网站"), WECHAT("微信公众号"), KIOSK("大厅触摸屏"), HOTLINE("服务热线"), DESK("接待窗口");

	private final String label;

	SubmissionChannel(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
