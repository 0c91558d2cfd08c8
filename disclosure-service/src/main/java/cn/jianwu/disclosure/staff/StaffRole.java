package cn.jianwu.disclosure.staff;

/** What a member of staff may do; carried in the token's {@code roles} claim. */
public enum StaffRole {

	CLERK, SECTION_HEAD, DIVISION_LEADER, CHIEF, CASE_MANAGER, PRESS_OFFICER, SUPERVISOR, ADMIN

}
