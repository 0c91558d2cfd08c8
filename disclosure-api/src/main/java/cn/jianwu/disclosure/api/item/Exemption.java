package cn.jianwu.disclosure.api.item;

/**
 * Reasons an item must not reach a public channel (seed §四(一)5). Secrets may not be
 * disclosed at all, not even on the LAN bulletin; the others may be shown internally.
 */
public enum Exemption {

	STATE_SECRET("涉及国家秘密", true), WORK_SECRET("涉及检察工作秘密", true), COMMERCIAL_SECRET("涉及商业秘密", true),
	PERSONAL_PRIVACY("涉及个人隐私", false), MINOR_INVOLVED("涉及未成年人（犯罪嫌疑人或被害人）", false), PARTY_REQUEST("当事人依法申请不公开", false);

	private final String label;

	private final boolean secret;

	Exemption(String label, boolean secret) {
		this.label = label;
		this.secret = secret;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/** A secret may not be disclosed on any channel, internal ones included. */
	public boolean isSecret() {
		return this.secret;
	}

}
