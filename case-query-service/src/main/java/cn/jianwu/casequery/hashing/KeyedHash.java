package cn.jianwu.casequery.hashing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 with the service's secret key ({@code CASEQUERY_HASH_KEY}): the only form
 * in which query codes, ID numbers and client addresses are stored. Without the key a
 * leaked table cannot be searched by brute force (there are only 10^12 codes and far
 * fewer plausible ID numbers). Each kind of value has its own domain prefix, so equal
 * strings of different kinds never share a hash. Every instance of the service needs the
 * same key.
 */
public final class KeyedHash {

	private static final String ALGORITHM = "HmacSHA256";

	private final SecretKeySpec key;

	private final ThreadLocal<Mac> macs;

	public KeyedHash(byte[] key) {
		if (key.length < 16) {
			throw new IllegalArgumentException("The hash key must have at least 16 bytes");
		}
		this.key = new SecretKeySpec(key.clone(), ALGORITHM);
		this.macs = ThreadLocal.withInitial(this::newMac);
	}

	/** The stored form of a 12-digit query code. */
	public byte[] queryCode(String code) {
		return mac("code:", code);
	}

	/** The stored form of a normalised ID number (see {@link IdNumbers#normalise}). */
	public byte[] idNumber(String normalisedIdNumber) {
		return mac("id:", normalisedIdNumber);
	}

	/**
	 * The audited form of a client (its address, or a channel's user id): 32 hex digits,
	 * enough to count and correlate, useless to find the address again.
	 */
	public String client(String clientKey) {
		return HexFormat.of().formatHex(mac("client:", clientKey), 0, 16);
	}

	/** Compares two hashes (or any two byte strings) in constant time. */
	public static boolean same(byte[] a, byte[] b) {
		return MessageDigest.isEqual(a, b);
	}

	private byte[] mac(String domain, String value) {
		Mac mac = this.macs.get();
		mac.update(domain.getBytes(StandardCharsets.UTF_8));
		return mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
	}

	private Mac newMac() {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(this.key);
			return mac;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HMAC-SHA256 is not available", ex);
		}
	}

}
