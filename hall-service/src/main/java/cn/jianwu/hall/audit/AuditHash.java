package cn.jianwu.hall.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain's hash: SHA-256 over the previous row's hash and every field of the row, so
 * that editing, deleting or reordering any row breaks every hash after it.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(AuditEntry entry) {
		String canonical = String.join("\u001f", entry.prevHash(), entry.subjectId().toString(), entry.action(),
				entry.actor(), entry.actorName(), String.valueOf(entry.fromStatus()), String.valueOf(entry.toStatus()),
				String.valueOf(entry.comment()), entry.at().toString());
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
