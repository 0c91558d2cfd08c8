package cn.jianwu.disclosure.attachment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.TextStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attachments in PostgreSQL. An attachment belongs to the revisions of its item from the
 * one it was added in up to (not including) the one it was removed in, so that changing
 * the attachments of a new draft leaves those of the published revision as they are.
 * Queries name their columns: the content is read only for a download.
 */
@Repository
class AttachmentRepository {

	private static final String METADATA = """
			id, item_id, file_name, media_type, size, sha256, extracted_text IS NOT NULL AS text_extracted, text_status,
			manual_check_by, manual_check_reason, manual_check_at, created_by, created_at""";

	/** Whether an attachment belongs to revision {@code :revision} of its item. */
	private static final String IN_REVISION = """
			added_in_revision <= :revision AND (removed_in_revision IS NULL OR removed_in_revision > :revision)""";

	private final JdbcClient jdbc;

	AttachmentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param original the file as uploaded, for staff
	 * @param prepared its text and the copy the public downloads, which the attachment's
	 * size and digest describe
	 */
	void insert(Attachment attachment, byte[] original, PreparedFile prepared, int revision) {
		this.jdbc.sql("""
				INSERT INTO attachment (id, item_id, file_name, media_type, size, sha256, content, original_size,
				                        original_sha256, published_content, extracted_text, text_status,
				                        added_in_revision, created_by, created_at)
				VALUES (:id, :itemId, :fileName, :mediaType, :size, :sha256, :content, :originalSize, :originalSha256,
				        :published, :text, :textStatus, :revision, :createdBy, :createdAt)
				""")
			.param("id", attachment.id())
			.param("itemId", attachment.itemId())
			.param("fileName", attachment.fileName())
			.param("mediaType", attachment.mediaType())
			.param("size", attachment.size())
			.param("sha256", attachment.sha256())
			.param("content", original)
			.param("originalSize", original.length)
			.param("originalSha256", Digests.sha256(original))
			.param("published", prepared.published())
			.param("text", prepared.text())
			.param("textStatus", prepared.status().name())
			.param("revision", revision)
			.param("createdBy", attachment.createdBy())
			.param("createdAt", Timestamp.from(attachment.createdAt()))
			.update();
	}

	List<Attachment> inRevision(UUID itemId, int revision) {
		return this.jdbc
			.sql("SELECT " + METADATA + " FROM attachment WHERE item_id = :itemId AND " + IN_REVISION
					+ " ORDER BY created_at, id")
			.param("itemId", itemId)
			.param("revision", revision)
			.query(AttachmentRepository::map)
			.list();
	}

	/** The attachments of several items, each in its own revision. */
	Map<UUID, List<Attachment>> inRevisions(Map<UUID, Integer> revisions) {
		Map<UUID, List<Attachment>> found = new LinkedHashMap<>();
		if (revisions.isEmpty()) {
			return found;
		}
		String[] ids = revisions.keySet().stream().map(UUID::toString).toArray(String[]::new);
		Integer[] numbers = revisions.keySet().stream().map(revisions::get).toArray(Integer[]::new);
		this.jdbc.sql("SELECT " + METADATA + """
				 FROM attachment
				JOIN unnest(CAST(:ids AS UUID[]), CAST(:revisions AS INT[])) AS wanted (wanted_item, revision)
				  ON item_id = wanted_item
				WHERE added_in_revision <= wanted.revision
				  AND (removed_in_revision IS NULL OR removed_in_revision > wanted.revision)
				ORDER BY created_at, id
				""")
			.param("ids", ids)
			.param("revisions", numbers)
			.query(AttachmentRepository::map)
			.list()
			.forEach((attachment) -> found.computeIfAbsent(attachment.itemId(), (id) -> new ArrayList<>())
				.add(attachment));
		return found;
	}

	int countInRevision(UUID itemId, int revision) {
		return this.jdbc.sql("SELECT count(*) FROM attachment WHERE item_id = :itemId AND " + IN_REVISION)
			.param("itemId", itemId)
			.param("revision", revision)
			.query(Integer.class)
			.single();
	}

	/** Names and texts of the PDFs (and names of the images) in a revision. */
	List<NamedText> textsInRevision(UUID itemId, int revision) {
		return this.jdbc
			.sql("SELECT file_name, extracted_text FROM attachment WHERE item_id = :itemId AND " + IN_REVISION
					+ " ORDER BY created_at, id")
			.param("itemId", itemId)
			.param("revision", revision)
			.query((rs, row) -> new NamedText(rs.getString("file_name"), rs.getString("extracted_text")))
			.list();
	}

	/** Any attachment the item ever had, as uploaded. */
	Optional<AttachmentFile> original(UUID itemId, UUID attachmentId) {
		return this.jdbc
			.sql("SELECT " + METADATA
					+ ", content, original_sha256 FROM attachment WHERE item_id = :itemId AND id = :id")
			.param("itemId", itemId)
			.param("id", attachmentId)
			.query((rs, row) -> new AttachmentFile(map(rs, row), rs.getBytes("content"),
					rs.getString("original_sha256")))
			.optional();
	}

	/** An attachment of the given revision, as the public gets it. */
	Optional<AttachmentFile> publishedInRevision(UUID itemId, int revision, UUID attachmentId) {
		return this.jdbc
			.sql("SELECT " + METADATA + ", published_content FROM attachment WHERE item_id = :itemId AND id = :id AND "
					+ IN_REVISION)
			.param("itemId", itemId)
			.param("id", attachmentId)
			.param("revision", revision)
			.query((rs, row) -> {
				Attachment attachment = map(rs, row);
				return new AttachmentFile(attachment, rs.getBytes("published_content"), attachment.sha256());
			})
			.optional();
	}

	/**
	 * Records an approver's confirmation of a file the check could not read.
	 * @return whether it was recorded: {@code false} when one was already
	 */
	boolean confirm(UUID attachmentId, ManualCheck check) {
		return this.jdbc.sql("""
				UPDATE attachment SET manual_check_by = :by, manual_check_reason = :reason, manual_check_at = :at
				WHERE id = :id AND manual_check_by IS NULL
				""")
			.param("id", attachmentId)
			.param("by", check.by())
			.param("reason", check.reason())
			.param("at", Timestamp.from(check.at()))
			.update() == 1;
	}

	/**
	 * Takes an attachment out of a draft revision: one added in this very revision was
	 * never published and goes; an older one stays for the revisions it belonged to.
	 * @return whether the revision had that attachment
	 */
	boolean remove(UUID itemId, int revision, UUID attachmentId) {
		int deleted = this.jdbc
			.sql("DELETE FROM attachment WHERE item_id = :itemId AND id = :id AND added_in_revision = :revision")
			.param("itemId", itemId)
			.param("id", attachmentId)
			.param("revision", revision)
			.update();
		if (deleted == 1) {
			return true;
		}
		return this.jdbc.sql("""
				UPDATE attachment SET removed_in_revision = :revision
				WHERE item_id = :itemId AND id = :id AND added_in_revision < :revision AND removed_in_revision IS NULL
				""").param("itemId", itemId).param("id", attachmentId).param("revision", revision).update() == 1;
	}

	private static Attachment map(ResultSet rs, int row) throws SQLException {
		Timestamp checkedAt = rs.getTimestamp("manual_check_at");
		ManualCheck manualCheck = (checkedAt != null) ? new ManualCheck(rs.getString("manual_check_by"),
				rs.getString("manual_check_reason"), checkedAt.toInstant()) : null;
		return new Attachment(rs.getObject("id", UUID.class), rs.getObject("item_id", UUID.class),
				rs.getString("file_name"), rs.getString("media_type"), rs.getLong("size"), rs.getString("sha256"),
				rs.getBoolean("text_extracted"), TextStatus.valueOf(rs.getString("text_status")), manualCheck,
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
	}

	/** An attachment's name and extracted text ({@code null} when there is none). */
	record NamedText(String fileName, String text) {
	}

}
