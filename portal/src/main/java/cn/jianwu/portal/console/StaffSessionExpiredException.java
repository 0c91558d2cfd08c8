package cn.jianwu.portal.console;

/**
 * The staff token is no longer accepted (expired, or the keys changed): the member of
 * staff signs in again.
 */
public class StaffSessionExpiredException extends RuntimeException {

	public StaffSessionExpiredException(String service) {
		super(service + " refused the staff token");
	}

}
