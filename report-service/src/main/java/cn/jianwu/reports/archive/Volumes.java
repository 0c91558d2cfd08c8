package cn.jianwu.reports.archive;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.reports.api.Quarter;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The sealed volumes' rows ({@code archive_volume}); inserted once, never changed. */
@Repository
class Volumes {

	private static final RowMapper<SealedVolume> ROW = Volumes::row;

	private final JdbcClient jdbc;

	Volumes(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Makes the caller's transaction the only one sealing this quarter and department
	 * until it ends, so that two seals at once make one version.
	 */
	void lock(Quarter quarter, String department) {
		this.jdbc.sql("SELECT true FROM pg_advisory_xact_lock(hashtextextended(:key, 20))")
			.param("key", "archive:" + quarter + ":" + department)
			.query(Boolean.class)
			.single();
	}

	Optional<SealedVolume> latest(Quarter quarter, String department) {
		return this.jdbc
			.sql("SELECT * FROM archive_volume WHERE quarter = :quarter AND department = :department "
					+ "ORDER BY version DESC LIMIT 1")
			.param("quarter", quarter.toString())
			.param("department", department)
			.query(ROW)
			.optional();
	}

	Optional<SealedVolume> find(UUID id) {
		return this.jdbc.sql("SELECT * FROM archive_volume WHERE id = :id").param("id", id).query(ROW).optional();
	}

	/**
	 * Every version, newest quarter first, then by department and version (newest first).
	 */
	List<SealedVolume> list(Quarter quarter, String department) {
		return this.jdbc.sql("""
				SELECT * FROM archive_volume
				WHERE (CAST(:quarter AS varchar) IS NULL OR quarter = :quarter)
				  AND (CAST(:department AS varchar) IS NULL OR department = :department)
				ORDER BY quarter DESC, department, version DESC
				LIMIT 1000""")
			.param("quarter", (quarter != null) ? quarter.toString() : null)
			.param("department", department)
			.query(ROW)
			.list();
	}

	void insert(SealedVolume volume) {
		this.jdbc.sql("""
				INSERT INTO archive_volume (id, quarter, department, version, sealed_at, sealed_by, file_name, size,
				                            sha256, manifest_sha256, signature, key_id, item_count, revision_count,
				                            file_count, missing_attachments, fingerprint)
				VALUES (:id, :quarter, :department, :version, :sealedAt, :sealedBy, :fileName, :size, :sha256,
				        :manifestSha256, :signature, :keyId, :itemCount, :revisionCount, :fileCount,
				        :missingAttachments, :fingerprint)""")
			.param("id", volume.id())
			.param("quarter", volume.quarter().toString())
			.param("department", volume.department())
			.param("version", volume.version())
			.param("sealedAt", Timestamp.from(volume.sealedAt()))
			.param("sealedBy", volume.sealedBy())
			.param("fileName", volume.fileName())
			.param("size", volume.size())
			.param("sha256", volume.sha256())
			.param("manifestSha256", volume.manifestSha256())
			.param("signature", volume.signature())
			.param("keyId", volume.keyId())
			.param("itemCount", volume.itemCount())
			.param("revisionCount", volume.revisionCount())
			.param("fileCount", volume.fileCount())
			.param("missingAttachments", volume.missingAttachments())
			.param("fingerprint", volume.fingerprint())
			.update();
	}

	private static SealedVolume row(ResultSet rs, int row) throws SQLException {
		return new SealedVolume(rs.getObject("id", UUID.class), Quarter.parse(rs.getString("quarter")),
				rs.getString("department"), rs.getInt("version"), rs.getTimestamp("sealed_at").toInstant(),
				rs.getString("sealed_by"), rs.getString("file_name"), rs.getLong("size"), rs.getString("sha256"),
				rs.getString("manifest_sha256"), rs.getString("signature"), rs.getString("key_id"),
				rs.getInt("item_count"), rs.getInt("revision_count"), rs.getInt("file_count"),
				rs.getInt("missing_attachments"), rs.getString("fingerprint"));
	}

}
