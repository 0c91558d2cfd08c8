package cn.jianwu.disclosure.identity;

/**
 * A login refused, whatever the reason (unknown username, wrong password, locked or
 * disabled account): the caller learns nothing more, so accounts cannot be enumerated.
 */
class InvalidCredentialsException extends RuntimeException {

	InvalidCredentialsException() {
		super("Invalid credentials", null, false, false);
	}

}
