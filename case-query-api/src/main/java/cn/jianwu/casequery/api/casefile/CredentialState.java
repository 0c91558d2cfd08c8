package cn.jianwu.casequery.api.casefile;

/** Whether a query credential still opens its case. */
public enum CredentialState {

	ACTIVE("有效"), REVOKED("已撤销");

	private final String label;

	CredentialState(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
