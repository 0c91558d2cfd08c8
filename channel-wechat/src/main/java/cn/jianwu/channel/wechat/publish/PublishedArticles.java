package cn.jianwu.channel.wechat.publish;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.events.DisclosurePublished;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishArticles;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishItem;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishList;

import org.springframework.stereotype.Component;

/**
 * Looks for an item revision's article among the account's latest publications
 * ({@code freepublish/batchget}), for a submission that got no answer. An article is the
 * revision's when it links to the item's portal page ("阅读原文"), has its title, was
 * published after the revision's first draft was added, and is not recorded as another
 * revision's article.
 */
@Component
class PublishedArticles {

	/** WeChat answers at most 20 publications a page; the newest page is enough. */
	static final int PAGE = 20;

	/** Clock difference allowed between WeChat's update time and ours. */
	static final Duration SKEW = Duration.ofMinutes(1);

	private final WechatApiService api;

	private final Publications publications;

	PublishedArticles(WechatApiService api, Publications publications) {
		this.api = api;
		this.publications = publications;
	}

	Optional<PublishResult> find(DisclosurePublished item, Publication publication) {
		String title = ArticleComposer.title(item);
		String sourceUrl = ArticleComposer.sourceUrl(item);
		Set<String> otherRevisions = Set.copyOf(this.publications.articles(item.itemId()));
		Instant notBefore = publication.startedAt().minus(SKEW);
		return latest().stream()
			.filter((published) -> published.getArticleId() != null
					&& !otherRevisions.contains(published.getArticleId()))
			.filter((published) -> updatedSince(published, notBefore))
			.flatMap((published) -> articles(published).stream()
				.filter((article) -> !Boolean.TRUE.equals(article.getIsDeleted()))
				.filter((article) -> Objects.equals(article.getTitle(), title)
						&& Objects.equals(article.getContentSourceUrl(), sourceUrl))
				.map((article) -> new PublishResult(null, PublishResult.PUBLISHED, published.getArticleId(),
						article.getUrl())))
			.findFirst();
	}

	private List<WxMpFreePublishItem> latest() {
		try {
			WxMpFreePublishList page = this.api.getFreePublishService().getPublicationRecords(0, PAGE, 1);
			return (page != null && page.getItems() != null) ? page.getItems() : List.of();
		}
		catch (WxErrorException ex) {
			throw WechatErrors.map("查询已发表文章", ex);
		}
		catch (WxRuntimeException ex) {
			throw WechatErrors.map("查询已发表文章", ex);
		}
	}

	private static List<WxMpFreePublishArticles> articles(WxMpFreePublishItem published) {
		return (published.getContent() != null && published.getContent().getNewsItem() != null)
				? published.getContent().getNewsItem() : List.of();
	}

	private static boolean updatedSince(WxMpFreePublishItem published, Instant notBefore) {
		try {
			return Instant.ofEpochSecond(Long.parseLong(published.getUpdateTime().strip())).isAfter(notBefore);
		}
		catch (RuntimeException ex) {
			// no usable time: the other rules decide
			return true;
		}
	}

}
