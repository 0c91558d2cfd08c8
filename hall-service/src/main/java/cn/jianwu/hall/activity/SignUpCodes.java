package cn.jianwu.hall.activity;

import java.security.SecureRandom;

/** A sign-up code: 12 random digits, shown once and stored only as keyed hashes. */
final class SignUpCodes {

	/** The namespace of sign-up codes in {@code HallHash} and the lock-out counters. */
	static final String KIND = "sign-up";

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final long BOUND = 1_000_000_000_000L;

	private SignUpCodes() {
	}

	static String random() {
		return String.format("%012d", RANDOM.nextLong(BOUND));
	}

}
