package cn.jianwu.casequery.api.query;

/**
 * Where a query came from: the four-in-one query (网上、电话、触摸屏、案管窗口) plus WeChat.
 */
public enum QueryChannel {

	/** The public web site (portal) or any HTTP client. */
	WEB("网上查询"),

	/** The phone hotline (IVR, VoiceXML). */
	HOTLINE("电话查询"),

	/** The WeChat official account (channel-wechat). */
	WECHAT("微信查询"),

	/** The touch-screen kiosk in the service hall. */
	KIOSK("触摸屏自助查询"),

	/** The case-management desk, by an officer after checking the visitor in person. */
	DESK("案管窗口查询");

	private final String label;

	QueryChannel(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/**
	 * Whether the public query takes it: the desk has its own lookup, by an officer.
	 */
	public boolean isPublic() {
		return this != DESK;
	}

}
