package cn.jianwu.portal.console;

import java.io.Serial;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.identity.StaffCapability;
import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.reports.api.figures.FiguresAccess;
import cn.jianwu.reports.api.inspection.InspectionAccess;

/**
 * A member of staff signed in to the console, with the token disclosure-service issued.
 * It lives in the server-side session only: the browser never sees the token, just the
 * session cookie (HttpOnly, SameSite=Strict).
 *
 * @param username the login name
 * @param name the display name, e.g. 张书记员
 * @param department the department, e.g. 公诉部
 * @param roles the roles the token carries ({@code CLERK}, {@code SECTION_HEAD}, ...)
 * @param capabilities what disclosure-service says the member may do in the console at
 * all
 * @param decidesAt the pending statuses at which the member decides, in the chain's order
 * @param token the bearer token every console call forwards
 * @param expiresAt when the token stops being accepted
 */
public record ConsoleUser(String username, String name, String department, Set<String> roles,
		Set<StaffCapability> capabilities, List<ItemStatus> decidesAt, String token,
		Instant expiresAt) implements Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	public ConsoleUser {
		roles = Set.copyOf(roles);
		capabilities = Set.copyOf(capabilities);
		decidesAt = List.copyOf(decidesAt);
	}

	public boolean has(String role) {
		return this.roles.contains(role);
	}

	public boolean hasAny(String... wanted) {
		for (String role : wanted) {
			if (this.roles.contains(role)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether the token has run out (with a little margin for the call still to come).
	 */
	public boolean expired(Instant now) {
		return !now.plusSeconds(5).isBefore(this.expiresAt);
	}

	/** May draft and submit items. */
	public boolean author() {
		return this.capabilities.contains(StaffCapability.DRAFT);
	}

	/** Decides at some step of the approval chain. */
	public boolean approver() {
		return !this.decidesAt.isEmpty();
	}

	/** May read the items' working copies (and so the item lists). */
	public boolean readsItems() {
		return this.capabilities.contains(StaffCapability.READ_ITEMS);
	}

	public boolean casesManager() {
		return has("CASE_MANAGER");
	}

	/**
	 * Takes part in handling the online service hall's messages: the office's triage, the
	 * departments' clerks and heads, and those who read everything. hall-service decides
	 * what each may do with a message.
	 */
	public boolean hallStaff() {
		return Stream
			.of(StaffRole.HALL_OFFICER, StaffRole.CLERK, StaffRole.SECTION_HEAD, StaffRole.SUPERVISOR, StaffRole.ADMIN)
			.anyMatch((role) -> this.roles.contains(role.name()));
	}

	public boolean admin() {
		return has("ADMIN");
	}

	/** Reads case management's figures (案件信息公开通报), as report-service allows. */
	public boolean readsFigures() {
		return FiguresAccess.readBy(this.roles);
	}

	/** Reads the half-yearly inspection reports (半年检查), as report-service allows. */
	public boolean readsInspections() {
		return InspectionAccess.readBy(this.roles);
	}

	/**
	 * The platform's roles among the token's, in words and in the order staff know them.
	 */
	public String roleLabels() {
		return Stream.of(StaffRole.values())
			.filter((role) -> this.roles.contains(role.name()))
			.map(StaffRole::label)
			.collect(Collectors.joining("、"));
	}

	@Override
	public String toString() {
		return "ConsoleUser[" + this.username + "]";
	}

}
