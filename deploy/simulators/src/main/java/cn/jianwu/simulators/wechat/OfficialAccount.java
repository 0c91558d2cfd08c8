package cn.jianwu.simulators.wechat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What the simulated official account holds: drafts by {@code media_id}, publish jobs by
 * {@code publish_id}, and the published articles by {@code article_id}. A publish job
 * publishes its draft at once and uses it up, as WeChat does. Safe for WireMock's request
 * threads: every change replaces immutable values under the account's lock.
 */
final class OfficialAccount {

	static final String ARTICLE_ID_PREFIX = "SIM-ARTICLE-";

	static final String ARTICLE_URL_PREFIX = "https://mp.weixin.qq.com/s/sim-";

	private final Map<String, List<Map<String, Object>>> drafts = new HashMap<>();

	private final Map<String, PublishJob> jobs = new HashMap<>();

	/** Oldest first. */
	private final LinkedHashMap<String, PublishedArticle> articles = new LinkedHashMap<>();

	synchronized void draftAdded(String mediaId, List<Map<String, Object>> draftArticles) {
		List<Map<String, Object>> copies = new ArrayList<>();
		draftArticles.forEach((article) -> copies.add(Collections.unmodifiableMap(new LinkedHashMap<>(article))));
		this.drafts.put(mediaId, List.copyOf(copies));
	}

	/**
	 * Publishes a draft and uses it up.
	 * @param mediaId the draft
	 * @param proposedPublishId the publish id the mapping rendered, taken unless it is
	 * missing or already a job's
	 * @param now the time, in epoch seconds
	 * @return the publish job, empty if there is no such draft (any more)
	 */
	synchronized Optional<PublishJob> publish(String mediaId, String proposedPublishId, long now) {
		List<Map<String, Object>> draft = this.drafts.remove(mediaId);
		if (draft == null) {
			return Optional.empty();
		}
		String publishId = proposedPublishId;
		while (publishId == null || this.jobs.containsKey(publishId)) {
			publishId = Integer.toString(ThreadLocalRandom.current().nextInt(100_000_000, 1_000_000_000));
		}
		String articleId = ARTICLE_ID_PREFIX + publishId;
		List<NewsItem> items = new ArrayList<>();
		for (int i = 0; i < draft.size(); i++) {
			String url = ARTICLE_URL_PREFIX + publishId + ((i == 0) ? "" : "-" + (i + 1));
			items.add(new NewsItem(draft.get(i), url, false));
		}
		PublishJob job = new PublishJob(publishId, articleId, items.stream().map(NewsItem::url).toList());
		this.jobs.put(publishId, job);
		this.articles.put(articleId, new PublishedArticle(articleId, List.copyOf(items), now, now));
		return Optional.of(job);
	}

	synchronized Optional<PublishJob> job(String publishId) {
		return Optional.ofNullable(this.jobs.get(publishId));
	}

	/**
	 * Deletes a published article, or one of its items.
	 * @param articleId the article
	 * @param index the item, from 1; 0 for the whole article
	 * @param now the time, in epoch seconds
	 */
	synchronized void delete(String articleId, int index, long now) {
		PublishedArticle article = this.articles.get(articleId);
		if (article == null) {
			return;
		}
		PublishedArticle left = (index > 0) ? article.withItemDeleted(index, now) : null;
		if (left == null || left.items().stream().allMatch(NewsItem::deleted)) {
			this.articles.remove(articleId);
		}
		else {
			this.articles.put(articleId, left);
		}
	}

	/**
	 * @param offset how many of the newest to skip
	 * @param count how many to answer
	 * @return the published articles from there, newest first, and how many there are
	 */
	synchronized Page published(int offset, int count) {
		List<PublishedArticle> newestFirst = new ArrayList<>(this.articles.values());
		Collections.reverse(newestFirst);
		int from = Math.min(offset, newestFirst.size());
		int to = Math.min(from + count, newestFirst.size());
		return new Page(newestFirst.size(), List.copyOf(newestFirst.subList(from, to)));
	}

	synchronized void clear() {
		this.drafts.clear();
		this.jobs.clear();
		this.articles.clear();
	}

	/**
	 * A publish job: it published its draft as one article.
	 *
	 * @param publishId the job
	 * @param articleId the article it published
	 * @param articleUrls the article's items' addresses, in the draft's order
	 */
	record PublishJob(String publishId, String articleId, List<String> articleUrls) {
	}

	/**
	 * A published article.
	 *
	 * @param articleId its id
	 * @param items its items, in the draft's order
	 * @param createTime when it was published, epoch seconds
	 * @param updateTime when it last changed, epoch seconds
	 */
	record PublishedArticle(String articleId, List<NewsItem> items, long createTime, long updateTime) {

		/**
		 * @return the article with the item (from 1) marked deleted; as it is without
		 * such an item
		 */
		PublishedArticle withItemDeleted(int index, long now) {
			if (index > this.items.size()) {
				return this;
			}
			List<NewsItem> left = new ArrayList<>(this.items);
			NewsItem item = left.get(index - 1);
			left.set(index - 1, new NewsItem(item.draft(), item.url(), true));
			return new PublishedArticle(this.articleId, List.copyOf(left), this.createTime, now);
		}

	}

	/**
	 * One item of a published article.
	 *
	 * @param draft the draft article it came from, as {@code draft/add} got it
	 * @param url its address
	 * @param deleted whether it was deleted
	 */
	record NewsItem(Map<String, Object> draft, String url, boolean deleted) {
	}

	/**
	 * A page of published articles.
	 *
	 * @param total how many the account has
	 * @param articles this page's, newest first
	 */
	record Page(int total, List<PublishedArticle> articles) {
	}

}
