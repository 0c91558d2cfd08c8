package cn.jianwu.casequery.hashing;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * New query codes: 12 decimal digits from {@link SecureRandom}, leading zeros allowed
 * (10^12 codes, so that guessing is hopeless against a lock-out after 5 failures and a
 * per-client throttle). Uniqueness is checked by the store (a unique keyed hash).
 */
public final class QueryCodes {

	public static final int LENGTH = 12;

	private static final long BOUND = 1_000_000_000_000L;

	private static final Pattern FORMAT = Pattern.compile("\\d{12}");

	private final SecureRandom random = new SecureRandom();

	public String next() {
		return String.format("%012d", this.random.nextLong(BOUND));
	}

	/** Whether a string has the form of a query code. */
	public static boolean isWellFormed(String code) {
		return code != null && FORMAT.matcher(code).matches();
	}

	/** What people type, without the spaces and dashes they group the digits with. */
	public static String normalise(String typed) {
		return (typed != null) ? typed.replaceAll("[\\s\\-]", "") : null;
	}

}
