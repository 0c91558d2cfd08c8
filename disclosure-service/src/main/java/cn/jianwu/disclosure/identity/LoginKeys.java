package cn.jianwu.disclosure.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What failed logins are counted by: SHA-256 of the username as typed (normalised), so
 * that an unknown username, which may be a mistyped password, is never stored, and an
 * unknown account is slowed down exactly like a real one (the answers tell nothing about
 * which accounts exist); and SHA-256 of the client's address, so the table does not show
 * addresses at a glance.
 */
record LoginKeys(String account, String client) {

	static LoginKeys of(String normalizedUsername, String clientAddress) {
		return new LoginKeys(sha256("account:" + normalizedUsername), sha256("client:" + clientAddress));
	}

	private static String sha256(String value) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
