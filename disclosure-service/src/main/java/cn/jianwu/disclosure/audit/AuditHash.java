package cn.jianwu.disclosure.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The chain's hash: SHA-256 over the previous row's hash and every field of the row, so
 * that editing, deleting or reordering any row breaks every hash after it.
 */
final class AuditHash {

	static final String GENESIS = "0".repeat(64);

	private AuditHash() {
	}

	static String of(String prevHash, UUID itemId, int revision, String action, String actor, String actorRole,
			String fromStatus, String toStatus, String comment, java.time.Instant at) {
		String canonical = String.join("\u001f", prevHash, itemId.toString(), Integer.toString(revision), action, actor,
				actorRole, String.valueOf(fromStatus), toStatus, String.valueOf(comment), at.toString());
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String of(AuditEntry entry) {
		return of(entry.prevHash(), entry.itemId(), entry.revision(), entry.action().name(), entry.actor(),
				entry.actorRole(), entry.fromStatus(), entry.toStatus(), entry.comment(), entry.at());
	}

}
