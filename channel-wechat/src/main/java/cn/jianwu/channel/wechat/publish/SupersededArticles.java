package cn.jianwu.channel.wechat.publish;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * A revision replaces the article of the one before. Normally the older article is known
 * (delivered) when the new revision is posted, and the post deletes it. But WeChat
 * publishes asynchronously: the older job may still be running when the new revision is
 * submitted, or finished without the ledger knowing yet. Then the older article goes as
 * soon as it is published, so an item never shows twice on the account.
 */
@Component
class SupersededArticles {

	private static final Logger log = LoggerFactory.getLogger(SupersededArticles.class);

	private final Publications publications;

	private final ArticleRemoval removal;

	SupersededArticles(Publications publications, ArticleRemoval removal) {
		this.publications = publications;
		this.removal = removal;
	}

	/** A job finished: if a later revision was submitted meanwhile, its article goes. */
	void finished(PublishResult result) {
		if (!result.published() || result.articleId() == null) {
			return;
		}
		this.publications.byPublishId(result.publishId())
			.filter((job) -> this.publications.newerSubmitted(job.itemId(), job.revision()))
			.ifPresent((job) -> {
				try {
					this.removal.delete(result.articleId());
					log.info("{}@{}: article {} was published after a later revision was submitted; deleted",
							job.itemId(), job.revision(), result.articleId());
				}
				catch (RuntimeException ex) {
					log.warn("{}@{}: superseded article {} not deleted, delete it on the platform: {}", job.itemId(),
							job.revision(), result.articleId(), ex.getMessage());
				}
			});
	}

	/**
	 * Deletes published articles of earlier revisions that the ledger did not name as
	 * replaced (their result came in after the new revision was queued).
	 */
	void removeOlder(String itemId, int revision) {
		for (String articleId : this.publications.olderArticles(itemId, revision)) {
			this.removal.delete(articleId);
		}
	}

}
