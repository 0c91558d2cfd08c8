package cn.jianwu.reports.archive;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code manifest.json}: what the volume is and every file it holds with its SHA-256 and
 * size. {@code manifest.sig} is the signature of exactly these bytes.
 *
 * @param format the manifest's format and version
 * @param volume the volume's identity
 * @param items distinct items
 * @param revisions published revisions
 * @param signature how {@code manifest.sig} was made
 * @param files every file of the ZIP except the manifest and its signature
 * @param missingAttachments attachments disclosure-service no longer served when the
 * volume was sealed
 */
record Manifest(String format, Volume volume, int items, int revisions, SignatureInfo signature, List<File> files,
		List<MissingAttachment> missingAttachments) {

	static final String FORMAT = "jianwu-archive-volume/1";

	static final String PATH = "manifest.json";

	static final String SIGNATURE_PATH = "manifest.sig";

	record Volume(UUID id, String institution, String quarter, String department, int version, Instant sealedAt,
			String sealedBy) {
	}

	record SignatureInfo(String algorithm, String keyId, String file) {
	}

	record File(String path, long size, String sha256) {
	}

	record MissingAttachment(String itemId, int revision, String attachmentId, String fileName) {
	}

}
