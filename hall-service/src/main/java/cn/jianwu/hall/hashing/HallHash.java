package cn.jianwu.hall.hashing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with the service's key ({@code HALL_HASH_KEY}): the only form in which
 * tracking codes, check codes and client addresses are stored. A check code is hashed
 * together with its tracking code, so that equal check codes of two messages differ. Each
 * kind of value has its own domain prefix.
 */
public final class HallHash {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	HallHash(byte[] key) {
		if (key.length < 16) {
			throw new IllegalArgumentException("The hash key must have at least 16 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
	}

	/** The stored form of a 12-digit tracking code. */
	public byte[] trackingCode(String trackingCode) {
		return mac("tracking:" + trackingCode);
	}

	/** The stored form of a 6-digit check code, bound to its tracking code. */
	public byte[] checkCode(String trackingCode, String checkCode) {
		return mac("check:" + trackingCode + ":" + checkCode);
	}

	/**
	 * The stored form of a 12-digit code of a booking or an activity sign-up; the kind
	 * ({@code booking}, {@code sign-up}) keeps the two apart.
	 */
	public byte[] bookingCode(String kind, String code) {
		return mac(kind + ":" + code);
	}

	/**
	 * The stored form of a code with the last four of the ID number (upper case), the
	 * pair a booking or sign-up is looked up, cancelled and checked in with.
	 */
	public byte[] bookingPair(String kind, String code, String idLast4) {
		return mac(kind + "-pair:" + code + ":" + idLast4.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * One person, as bookings and sign-ups tell people apart: the phone (digits only) and
	 * the last four of the ID number (upper case).
	 */
	public byte[] person(String phone, String idLast4) {
		return mac("person:" + phone.replaceAll("[^0-9]", "") + ":" + idLast4.toUpperCase(java.util.Locale.ROOT));
	}

	/**
	 * A client (its address, or a channel's user) as a key for throttles and logs: 32 hex
	 * digits, useless to find the address again.
	 */
	public String client(String clientKey) {
		return HexFormat.of().formatHex(mac("client:" + clientKey), 0, 16);
	}

	/**
	 * Any other value kept only to be compared (a submission's content, for duplicates).
	 */
	public String digest(String domain, String value) {
		return HexFormat.of().formatHex(mac(domain + ":" + value));
	}

	/** Compares two hashes in constant time. */
	public static boolean same(byte[] a, byte[] b) {
		return MessageDigest.isEqual(a, b);
	}

	private byte[] mac(String value) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
