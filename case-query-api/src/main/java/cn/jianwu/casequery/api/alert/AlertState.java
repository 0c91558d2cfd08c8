package cn.jianwu.casequery.api.alert;

/** Where a lock-out alert stands. */
public enum AlertState {

	/** Locked for a while, each lock twice as long as the one before. */
	LOCKED("已锁定（锁定时长逐次加倍）"),
	/** Locked until the desk re-issues the credential. */
	LOCKED_UNTIL_REISSUE("已锁定，须到窗口重新办理查询码"),
	/** The credential has been re-issued or revoked since: nothing left to do. */
	CLOSED("查询码已重新签发或停用");

	private final String label;

	AlertState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
