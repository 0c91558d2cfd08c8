package cn.jianwu.disclosure.api.identity;

/**
 * {@code POST /api/auth/token} body.
 *
 * @param username the staff member's login name (case does not matter)
 * @param password the password
 */
public record TokenRequest(String username, String password) {

	@Override
	public String toString() {
		// Never print the password, should the request ever reach a log.
		return "TokenRequest[username=" + this.username + "]";
	}

}
