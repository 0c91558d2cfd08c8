package cn.jianwu.hall.intake;

import java.security.SecureRandom;

/**
 * The two codes a writer looks a message up with: 12 random digits (受理编号) and 6 random
 * digits (查询密码), shown once in the receipt and stored only as keyed hashes.
 *
 * @param trackingCode 12 digits
 * @param checkCode 6 digits
 */
public record Codes(String trackingCode, String checkCode) {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final long TRACKING_BOUND = 1_000_000_000_000L;

	private static final int CHECK_BOUND = 1_000_000;

	public Codes {
		if (trackingCode == null || !trackingCode.matches("[0-9]{12}") || checkCode == null
				|| !checkCode.matches("[0-9]{6}")) {
			throw new IllegalArgumentException("A tracking code has 12 digits and a check code 6");
		}
	}

	/** A fresh random pair. */
	public static Codes random() {
		return new Codes(String.format("%012d", RANDOM.nextLong(TRACKING_BOUND)),
				String.format("%06d", RANDOM.nextInt(CHECK_BOUND)));
	}

	@Override
	public String toString() {
		// never the codes themselves, should a record end up in a log
		return "Codes[…]";
	}

}
