package cn.jianwu.reports.api.archive;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.reports.api.Quarter;

/**
 * A sealed archive volume (立卷归档): one department's published revisions of one quarter, as
 * a signed ZIP. Immutable: when something changes later, the quarter and department get a
 * new version and both are kept.
 *
 * @param id the volume's id
 * @param quarter the quarter it covers
 * @param quarterLabel e.g. 2026年第四季度
 * @param department the department whose items it holds
 * @param version 1 for the first seal, then 2, 3… for each later change
 * @param sealedAt when it was sealed
 * @param sealedBy who sealed it (a username, or {@code system} for the quarter-end job)
 * @param itemCount distinct items in it
 * @param revisionCount published revisions in it
 * @param fileCount files listed in its manifest
 * @param missingAttachments attachments that disclosure-service no longer serves (listed
 * in the manifest and the catalogue, not copied)
 * @param size the ZIP's size in bytes
 * @param sha256 the ZIP's SHA-256 (hex) when sealed
 * @param manifestSha256 the SHA-256 (hex) of its {@code manifest.json}
 * @param keyId the id of the key that signed the manifest
 * @param fileName the download's file name
 */
public record ArchiveVolume(UUID id, Quarter quarter, String quarterLabel, String department, int version,
		Instant sealedAt, String sealedBy, int itemCount, int revisionCount, int fileCount, int missingAttachments,
		long size, String sha256, String manifestSha256, String keyId, String fileName) {

}
