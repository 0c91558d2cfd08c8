package cn.jianwu.casequery;

import cn.jianwu.testsupport.TestStaffTokens;

/**
 * The staff of the case-query tests, with tokens as disclosure-service issues them
 * ({@link TestStaffTokens}: signed with a test key whose key set the service fetches).
 */
public final class TestTokens {

	private TestTokens() {
	}

	/** The demo case manager ({@code casemgr}, CASE_MANAGER, 案件管理部). */
	public static String caseManager() {
		return TestStaffTokens.token("casemgr", "孙案管员", "案件管理部", "CASE_MANAGER");
	}

	/** The demo supervisor ({@code supervisor}, SUPERVISOR). */
	public static String supervisor() {
		return TestStaffTokens.token("supervisor", "郑督察员", "检务督察部", "SUPERVISOR");
	}

	/** A clerk, who may not touch case data. */
	public static String clerk() {
		return TestStaffTokens.token("clerk1", "张书记员", "公诉部", "CLERK");
	}

}
