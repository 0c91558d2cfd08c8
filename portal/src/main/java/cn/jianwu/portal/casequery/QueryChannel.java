package cn.jianwu.portal.casequery;

/** Where a public query came from, for case-query-service's audit and statistics. */
public enum QueryChannel {

	/** The case-query page of the web site. */
	WEB,
	/** The touch-screen kiosk in the service hall. */
	KIOSK

}
