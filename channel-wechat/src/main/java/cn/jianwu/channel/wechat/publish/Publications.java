package cn.jianwu.channel.wechat.publish;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The adapter's own record of its WeChat publications (table {@code wechat_publication})
 * and deleted articles. Each step is written as soon as WeChat answered it, so a post
 * repeated after a crash picks up where the first one stopped.
 */
@Repository
class Publications {

	private final JdbcClient jdbc;

	Publications(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Publication> find(String itemId, int revision) {
		return this.jdbc.sql("SELECT * FROM wechat_publication WHERE item_id = :itemId AND revision = :revision")
			.param("itemId", itemId)
			.param("revision", revision)
			.query(Publications::publication)
			.optional();
	}

	Optional<Publication> byPublishId(String publishId) {
		return this.jdbc.sql("SELECT * FROM wechat_publication WHERE publish_id = :publishId")
			.param("publishId", publishId)
			.query(Publications::publication)
			.optional();
	}

	/** A new draft: the start of a (new) attempt, forgetting an earlier failed job. */
	void draftAdded(String itemId, int revision, String draftMediaId) {
		this.jdbc.sql("""
				INSERT INTO wechat_publication (item_id, revision, draft_media_id) VALUES (:itemId, :revision, :draft)
				ON CONFLICT (item_id, revision) DO UPDATE SET draft_media_id = EXCLUDED.draft_media_id,
				    publish_id = NULL, publish_status = NULL, article_id = NULL, article_url = NULL, updated_at = now()
				""").param("itemId", itemId).param("revision", revision).param("draft", draftMediaId).update();
	}

	void submitted(String itemId, int revision, String publishId) {
		this.jdbc.sql("""
				UPDATE wechat_publication SET publish_id = :publishId, publish_status = NULL, updated_at = now()
				WHERE item_id = :itemId AND revision = :revision
				""").param("itemId", itemId).param("revision", revision).param("publishId", publishId).update();
	}

	/**
	 * Records a finished job (a pending answer changes nothing).
	 * @return whether the job is one of ours
	 */
	boolean finished(PublishResult result) {
		if (result.pending()) {
			return byPublishId(result.publishId()).isPresent();
		}
		return this.jdbc.sql("""
				UPDATE wechat_publication SET publish_status = :status, article_id = :articleId,
				       article_url = :articleUrl, updated_at = now()
				WHERE publish_id = :publishId
				""")
			.param("status", result.status())
			.param("articleId", result.articleId())
			.param("articleUrl", result.articleUrl())
			.param("publishId", result.publishId())
			.update() == 1;
	}

	/**
	 * An article found on WeChat for a revision whose submission got no answer: recorded
	 * as published, without the publish job's id, which never came back.
	 */
	void foundPublished(String itemId, int revision, String articleId, String articleUrl) {
		this.jdbc.sql("""
				UPDATE wechat_publication SET publish_status = 0, article_id = :articleId, article_url = :articleUrl,
				       updated_at = now()
				WHERE item_id = :itemId AND revision = :revision
				""")
			.param("itemId", itemId)
			.param("revision", revision)
			.param("articleId", articleId)
			.param("articleUrl", articleUrl)
			.update();
	}

	/** WeChat no longer knows the draft: the next attempt adds a new one. */
	void forgetDraft(String itemId, int revision) {
		this.jdbc.sql("""
				UPDATE wechat_publication SET draft_media_id = NULL, updated_at = now()
				WHERE item_id = :itemId AND revision = :revision AND publish_id IS NULL
				""").param("itemId", itemId).param("revision", revision).update();
	}

	/** Articles recorded for any revision of the item: never another revision's match. */
	List<String> articles(String itemId) {
		return this.jdbc.sql("""
				SELECT article_id FROM wechat_publication WHERE item_id = :itemId AND article_id IS NOT NULL
				""").param("itemId", itemId).query(String.class).list();
	}

	/** Whether a later revision of the item was already submitted. */
	boolean newerSubmitted(String itemId, int revision) {
		return this.jdbc.sql("""
				SELECT count(*) FROM wechat_publication
				WHERE item_id = :itemId AND revision > :revision AND publish_id IS NOT NULL
				""").param("itemId", itemId).param("revision", revision).query(Integer.class).single() > 0;
	}

	/** Articles of earlier revisions of the item that are published and not deleted. */
	List<String> olderArticles(String itemId, int revision) {
		return this.jdbc.sql("""
				SELECT p.article_id FROM wechat_publication p
				WHERE p.item_id = :itemId AND p.revision < :revision AND p.publish_status = 0
				  AND p.article_id IS NOT NULL
				  AND NOT EXISTS (SELECT 1 FROM wechat_deleted_article d WHERE d.article_id = p.article_id)
				ORDER BY p.revision
				""").param("itemId", itemId).param("revision", revision).query(String.class).list();
	}

	boolean isDeleted(String articleId) {
		return this.jdbc.sql("SELECT count(*) FROM wechat_deleted_article WHERE article_id = :articleId")
			.param("articleId", articleId)
			.query(Integer.class)
			.single() > 0;
	}

	void markDeleted(String articleId) {
		this.jdbc.sql("INSERT INTO wechat_deleted_article (article_id) VALUES (:articleId) ON CONFLICT DO NOTHING")
			.param("articleId", articleId)
			.update();
	}

	private static Publication publication(ResultSet rs, int row) throws SQLException {
		int status = rs.getInt("publish_status");
		Integer publishStatus = rs.wasNull() ? null : status;
		return new Publication(rs.getString("item_id"), rs.getInt("revision"), rs.getString("draft_media_id"),
				rs.getString("publish_id"), publishStatus, rs.getString("article_id"), rs.getString("article_url"),
				rs.getTimestamp("created_at").toInstant());
	}

}
