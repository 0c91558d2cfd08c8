package cn.jianwu.channel.wechat.publish;

import java.util.List;

import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishArticles;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Takes a published article off the account with {@code freepublish/delete} (all of its
 * items; it cannot be undone). Deleting is idempotent for staff: an article this service
 * deleted before, or one WeChat reports as deleted (staff removed it by hand), counts as
 * gone.
 */
@Component
class ArticleRemoval {

	private static final Logger log = LoggerFactory.getLogger(ArticleRemoval.class);

	private final WechatApiService api;

	private final Publications publications;

	ArticleRemoval(WechatApiService api, Publications publications) {
		this.api = api;
		this.publications = publications;
	}

	void delete(String articleId) {
		if (this.publications.isDeleted(articleId)) {
			log.info("WeChat article {} was deleted before", articleId);
			return;
		}
		try {
			this.api.getFreePublishService().deletePushAllArticle(articleId);
		}
		catch (WxErrorException ex) {
			RuntimeException mapped = WechatErrors.map("删除微信文章", ex);
			if (WechatErrors.isTransient(mapped) || !alreadyDeleted(articleId)) {
				throw mapped;
			}
		}
		catch (WxRuntimeException ex) {
			throw WechatErrors.map("删除微信文章", ex);
		}
		this.publications.markDeleted(articleId);
		log.info("WeChat article {} deleted", articleId);
	}

	private boolean alreadyDeleted(String articleId) {
		try {
			WxMpFreePublishInfo article = this.api.getFreePublishService().getArticleFromId(articleId);
			List<WxMpFreePublishArticles> items = (article != null) ? article.getNewsItem() : null;
			return items != null && !items.isEmpty()
					&& items.stream().allMatch((item) -> Boolean.TRUE.equals(item.getIsDeleted()));
		}
		catch (WxErrorException | WxRuntimeException ex) {
			return false;
		}
	}

}
