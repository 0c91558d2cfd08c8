package cn.jianwu.disclosure.api.identity;

import java.util.Optional;

/** What a member of staff may do; carried in the token's {@code roles} claim. */
public enum StaffRole {

	CLERK("书记员"), SECTION_HEAD("科室负责人"), DIVISION_LEADER("分管领导"), CHIEF("检察长"), CASE_MANAGER("案件管理"),
	PRESS_OFFICER("新闻发言人"), SUPERVISOR("监督小组"), ADMIN("系统管理员"),
	/** The office staff who triage what the public writes to the online service hall. */
	HALL_OFFICER("来信来访分办");

	/** Who the platform's own steps (a scheduled publication) are recorded as acting. */
	public static final String PLATFORM_LABEL = "系统";

	private final String label;

	StaffRole(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/**
	 * The role of that name, or empty for a role of another system (an institution's OIDC
	 * provider) that is not ours to grant.
	 */
	public static Optional<StaffRole> of(String name) {
		for (StaffRole role : values()) {
			if (role.name().equals(name)) {
				return Optional.of(role);
			}
		}
		return Optional.empty();
	}

}
