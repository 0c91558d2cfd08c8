package cn.jianwu.hall.api.activity;

/** Who an invitee is. On the wire: the name. */
public enum InviteeRole {

	NPC_DEPUTY("人大代表"), CPPCC_MEMBER("政协委员"), PEOPLES_SUPERVISOR("人民监督员"), OTHER("其他特邀人员");

	private final String label;

	InviteeRole(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

}
