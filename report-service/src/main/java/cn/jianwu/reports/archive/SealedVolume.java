package cn.jianwu.reports.archive;

import java.time.Instant;
import java.util.UUID;

import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.api.archive.ArchiveVolume;

/** A row of {@code archive_volume}: a sealed volume and what proves it. */
record SealedVolume(UUID id, Quarter quarter, String department, int version, Instant sealedAt, String sealedBy,
		String fileName, long size, String sha256, String manifestSha256, String signature, String keyId, int itemCount,
		int revisionCount, int fileCount, int missingAttachments, String fingerprint) {

	ArchiveVolume view() {
		return new ArchiveVolume(this.id, this.quarter, this.quarter.label(), this.department, this.version,
				this.sealedAt, this.sealedBy, this.itemCount, this.revisionCount, this.fileCount,
				this.missingAttachments, this.size, this.sha256, this.manifestSha256, this.keyId, downloadName());
	}

	/** e.g. 立卷归档-2026Q4-办公室-第2版.zip */
	String downloadName() {
		return "立卷归档-" + this.quarter + "-" + VolumePaths.safe(this.department) + "-第" + this.version + "版.zip";
	}

}
