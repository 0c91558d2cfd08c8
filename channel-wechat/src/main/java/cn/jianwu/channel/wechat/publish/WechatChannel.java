package cn.jianwu.channel.wechat.publish;

import java.util.List;
import java.util.Optional;

import cn.jianwu.channel.support.ChannelPort;
import cn.jianwu.channel.support.Delivery;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.Retraction;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.channel.wechat.WechatProperties;
import cn.jianwu.channel.wechat.api.WechatApiService;
import cn.jianwu.channel.wechat.api.WechatErrors;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import me.chanjar.weixin.common.util.json.GsonParser;
import me.chanjar.weixin.mp.bean.draft.WxMpAddDraft;
import me.chanjar.weixin.mp.bean.draft.WxMpDraftArticles;
import me.chanjar.weixin.mp.bean.freepublish.WxMpFreePublishStatus;
import me.chanjar.weixin.mp.enums.WxMpApiUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Publishes an item revision as an article of the official account: cover material,
 * {@code draft/add}, {@code freepublish/submit}. WeChat answers the submission with a
 * publish job only; the result comes later ({@code PUBLISHJOBFINISH} on the callback, or
 * {@code freepublish/get} when asked), so a post ends as {@link DeliveryOutcome.Awaiting}
 * with the publish id, and the published article is then known by its {@code article_id},
 * which a revision or a withdrawal deletes.
 */
@Component
class WechatChannel implements ChannelPort {

	private static final Logger log = LoggerFactory.getLogger(WechatChannel.class);

	static final String NOT_CONFIGURED = "未配置微信公众号的 AppID 与 AppSecret（WECHAT_APP_ID、WECHAT_APP_SECRET），无法发布到微信";

	static final int INVALID_MEDIA_ID = 40007;

	static final String DRAFT_GONE = "提交发布失败：微信中已没有该草稿（可能已由上次未答复的提交发布，或已在公众平台删除）。请在微信公众平台“发表记录”中核对；重新发送时会先核对发表记录，未发布才新建草稿";

	static final String FOUND_AFTER_DOUBT = "上次提交发布微信未答复；核对公众号发表记录后确认已发布，未重复发布";

	private final WechatApiService api;

	private final WechatProperties properties;

	private final Publications publications;

	private final CoverImage cover;

	private final ArticleRemoval removal;

	private final SupersededArticles superseded;

	private final PublishedArticles published;

	private final ArticleComposer composer = new ArticleComposer();

	WechatChannel(WechatApiService api, WechatProperties properties, Publications publications, CoverImage cover,
			ArticleRemoval removal, SupersededArticles superseded, PublishedArticles published) {
		this.published = published;
		this.api = api;
		this.properties = properties;
		this.publications = publications;
		this.cover = cover;
		this.removal = removal;
		this.superseded = superseded;
	}

	@Override
	public Channel channel() {
		return Channel.WECHAT;
	}

	@Override
	public DeliveryOutcome post(Delivery delivery) {
		requireConfigured();
		DisclosurePublished item = delivery.item();
		Optional<Publication> earlier = this.publications.find(item.itemId(), item.revision());
		Optional<DeliveryOutcome> resumed = earlier.filter(Publication::submitted).flatMap(this::resume);
		DeliveryOutcome outcome;
		if (resumed.isPresent()) {
			outcome = resumed.get();
		}
		else {
			String draft = earlier.filter((publication) -> !publication.submitted())
				.map(Publication::draftMediaId)
				.orElseGet(() -> addDraft(item));
			String publishId = submit(item, draft);
			this.publications.submitted(item.itemId(), item.revision(), publishId);
			log.info("{}@{} submitted to WeChat as publish job {}", item.itemId(), item.revision(), publishId);
			outcome = new DeliveryOutcome.Awaiting(publishId, null);
		}
		removeReplaced(delivery);
		return outcome;
	}

	@Override
	public DeliveryOutcome retract(Retraction retraction) {
		requireConfigured();
		String articleId = articleId(retraction.externalRef());
		if (articleId == null) {
			return new DeliveryOutcome.NeedsStaff(null, "未记录该文章在微信中的编号，请在微信公众平台“发表记录”中手动删除");
		}
		this.removal.delete(articleId);
		return new DeliveryOutcome.Retracted(articleId, null);
	}

	/**
	 * A post in doubt whose draft was added but whose submission got no answer: WeChat
	 * may have published it, so the account's latest publications are asked first. Any
	 * other state {@link #post} resumes from this adapter's own record (a draft never
	 * answered is only a draft, which nobody sees).
	 */
	@Override
	public Optional<DeliveryOutcome> findPost(Delivery delivery) {
		requireConfigured();
		DisclosurePublished item = delivery.item();
		Optional<Publication> drafted = this.publications.find(item.itemId(), item.revision())
			.filter(Publication::drafted);
		if (drafted.isEmpty()) {
			return Optional.empty();
		}
		Optional<PublishResult> found = this.published.find(item, drafted.get());
		if (found.isEmpty()) {
			log.info("{}@{} not among the account's latest publications: submitting it", item.itemId(),
					item.revision());
			return Optional.empty();
		}
		PublishResult result = found.get();
		this.publications.foundPublished(item.itemId(), item.revision(), result.articleId(), result.articleUrl());
		removeReplaced(delivery);
		return Optional.of(new DeliveryOutcome.Delivered(result.articleId(), FOUND_AFTER_DOUBT));
	}

	/**
	 * Asked for a publish job whose result did not arrive: the callback may have recorded
	 * it before the ledger knew the job, otherwise WeChat is asked.
	 */
	@Override
	public Optional<DeliveryOutcome> checkAwaiting(String publishId) {
		Optional<PublishResult> recorded = this.publications.byPublishId(publishId).map(Publication::result);
		if (recorded.isPresent()) {
			return recorded.map(PublishResult::outcome);
		}
		requireConfigured();
		PublishResult result = status(publishId);
		if (result.pending()) {
			return Optional.empty();
		}
		this.publications.finished(result);
		log.info("Publish job {} finished with status {}, article {} (asked WeChat)", publishId, result.status(),
				result.articleId());
		this.superseded.finished(result);
		return Optional.of(result.outcome());
	}

	/**
	 * A post called again for a revision already submitted (after a crash, or a staff
	 * retry after a timeout): a job still running or published is kept; a failed one
	 * starts over with a new draft.
	 */
	private Optional<DeliveryOutcome> resume(Publication publication) {
		PublishResult result = publication.result();
		if (result == null) {
			result = status(publication.publishId());
			this.publications.finished(result);
		}
		if (result.pending()) {
			log.info("{}@{} is still being published as job {}", publication.itemId(), publication.revision(),
					publication.publishId());
			return Optional.of(new DeliveryOutcome.Awaiting(publication.publishId(), null));
		}
		if (result.published()) {
			return Optional.of(result.outcome());
		}
		log.info("{}@{}: publish job {} had failed (status {}), publishing again", publication.itemId(),
				publication.revision(), publication.publishId(), result.status());
		return Optional.empty();
	}

	private String addDraft(DisclosurePublished item) {
		String thumb = this.cover.mediaId();
		WxMpDraftArticles article = this.composer.compose(item, thumb);
		String mediaId;
		try {
			mediaId = this.api.getDraftService().addDraft(WxMpAddDraft.builder().articles(List.of(article)).build());
		}
		catch (WxErrorException ex) {
			if (code(ex) == INVALID_MEDIA_ID) {
				// the cover was deleted on the platform: upload it again on the retry
				this.cover.forget(thumb);
				throw new TransientChannelException("新建草稿失败：封面图片素材已失效，将重新上传后重试", ex);
			}
			throw WechatErrors.map("新建草稿", ex);
		}
		catch (WxRuntimeException ex) {
			throw WechatErrors.map("新建草稿", ex);
		}
		this.publications.draftAdded(item.itemId(), item.revision(), mediaId);
		return mediaId;
	}

	// not WxJava's submit(), which keeps the JSON quotes of a string publish_id
	private String submit(DisclosurePublished item, String draftMediaId) {
		JsonObject request = new JsonObject();
		request.addProperty("media_id", draftMediaId);
		try {
			String answer = this.api.post(WxMpApiUrl.FreePublish.SUBMIT, request);
			JsonElement publishId = GsonParser.parse(answer).get("publish_id");
			if (publishId == null || publishId.isJsonNull()) {
				throw new TransientChannelException("提交发布失败：微信未返回发布任务编号，将自动重试");
			}
			return publishId.getAsString();
		}
		catch (WxErrorException ex) {
			if (code(ex) == INVALID_MEDIA_ID) {
				// the draft is gone: published by an earlier submission that got no
				// answer, or
				// deleted on the platform; the next attempt looks for the article first
				this.publications.forgetDraft(item.itemId(), item.revision());
				throw new PermanentChannelException(DRAFT_GONE, ex);
			}
			throw WechatErrors.map("提交发布", ex);
		}
		catch (WxRuntimeException ex) {
			throw WechatErrors.map("提交发布", ex);
		}
	}

	private PublishResult status(String publishId) {
		try {
			WxMpFreePublishStatus status = this.api.getFreePublishService().getPushStatus(publishId);
			Integer code = status.getPublish_status();
			String articleUrl = (status.getArticle_detail() != null && status.getArticle_detail().getItem() != null
					&& !status.getArticle_detail().getItem().isEmpty())
							? status.getArticle_detail().getItem().get(0).getArticle_url() : null;
			return new PublishResult(publishId, (code != null) ? code : PublishResult.PUBLISHING,
					status.getArticle_id(), articleUrl);
		}
		catch (WxErrorException ex) {
			throw WechatErrors.map("查询发布结果", ex);
		}
		catch (WxRuntimeException ex) {
			throw WechatErrors.map("查询发布结果", ex);
		}
	}

	/**
	 * A revision replaces the older article: once the new one is submitted, the old one
	 * goes (and any older one whose result came in after this revision was queued).
	 * Repeated after a failure, the submission is not repeated (see {@link #resume}),
	 * only the deletion.
	 */
	private void removeReplaced(Delivery delivery) {
		DisclosurePublished item = delivery.item();
		try {
			String replaced = articleId(delivery.replacedRef());
			if (replaced != null) {
				this.removal.delete(replaced);
			}
			this.superseded.removeOlder(item.itemId(), item.revision());
		}
		catch (PermanentChannelException ex) {
			throw new PermanentChannelException(
					"新修订已提交微信发布，但上一修订的文章未能删除：" + ex.getMessage() + "。请在微信公众平台“发表记录”中手动删除旧文章，或在工作台重新发送", ex);
		}
	}

	/**
	 * The article a reference stands for: normally the reference is the
	 * {@code article_id}; a publish id is looked up.
	 */
	private String articleId(String ref) {
		if (ref == null) {
			return null;
		}
		Optional<Publication> job = this.publications.byPublishId(ref);
		return job.isPresent() ? job.get().articleId() : ref;
	}

	private void requireConfigured() {
		if (!this.properties.apiConfigured()) {
			throw new PermanentChannelException(NOT_CONFIGURED);
		}
	}

	private static int code(WxErrorException ex) {
		WxError error = ex.getError();
		return (error != null) ? error.getErrorCode() : 0;
	}

}
