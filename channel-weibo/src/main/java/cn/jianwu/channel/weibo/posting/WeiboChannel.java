package cn.jianwu.channel.weibo.posting;

import java.util.Optional;

import cn.jianwu.channel.support.ChannelPort;
import cn.jianwu.channel.support.Delivery;
import cn.jianwu.channel.support.DeliveryOutcome;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.Retraction;
import cn.jianwu.channel.support.TransientChannelException;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Posts an item revision to the institution's Weibo account with {@code statuses/share},
 * and takes it down where the account may ({@code statuses/destroy/biz}, a commercial
 * API); otherwise staff are told which post to delete by hand.
 * <p>
 * Weibo cannot edit a post: a revision is a new post, and the old one is deleted (or
 * named for staff to delete). A post whose call got no answer is looked for among the
 * account's latest statuses before it is posted again ({@link #findPost}); should it be
 * posted again all the same, Weibo refuses the same content as the previous post (20019):
 * that is our own post, so it counts as delivered, though its id is lost.
 */
@Component
class WeiboChannel implements ChannelPort {

	static final String REPEATED_CONTENT = "内容与上一条相同，微博已拒绝重复发布；视为已发布（原微博 id 未知）";

	static final String POSTED_WITH_DELAY = "微博已受理，但服务器同步延迟，未返回微博 id";

	static final String FOUND_AFTER_DOUBT = "上次调用微博未答复；核对账号最新微博后确认已发布，未重复发布";

	static final String LOOKUP_REFUSED = "上次调用微博未答复，核对账号最新微博时被微博拒绝，为免重复发布未重新发送；请登录微博后台核对，确未发布再在工作台重新发送。微博的答复：";

	/** How many of the account's latest posts an unanswered post is looked for in. */
	static final int LOOKUP_DEPTH = 50;

	static final String NO_DELETE_API = "微博不支持接口删除，请登录微博后台手动删除微博 ";

	private static final Logger log = LoggerFactory.getLogger(WeiboChannel.class);

	private final WeiboApi api;

	private final WeiboProperties properties;

	private final SafeDomain safeDomain;

	WeiboChannel(WeiboApi api, WeiboProperties properties) {
		this.api = api;
		this.properties = properties;
		this.safeDomain = new SafeDomain(properties.safeDomain());
	}

	@Override
	public Channel channel() {
		return Channel.WEIBO;
	}

	@Override
	public DeliveryOutcome post(Delivery delivery) {
		String status = statusText(delivery);
		return replacing(delivery, share(status));
	}

	/**
	 * Looks for the post among the account's latest statuses: Weibo shortens links, so
	 * the texts are compared without them. A revision's text carries its number, so the
	 * post of an older revision never matches.
	 */
	@Override
	public Optional<DeliveryOutcome> findPost(Delivery delivery) {
		String status = statusText(delivery);
		Optional<PostedStatus> found;
		try {
			found = this.api.latestStatuses(LOOKUP_DEPTH)
				.stream()
				.filter((posted) -> StatusText.sameText(posted.text(), status))
				.findFirst();
		}
		catch (WeiboApiException ex) {
			RuntimeException classified = WeiboErrors.classify(ex);
			if (classified instanceof PermanentChannelException refused) {
				// posting without having looked could post twice: staff decide
				throw new PermanentChannelException(LOOKUP_REFUSED + refused.getMessage(), ex);
			}
			throw classified;
		}
		if (found.isEmpty()) {
			log.info("{}@{} not among the account's latest {} posts: posting it", delivery.item().itemId(),
					delivery.item().revision(), LOOKUP_DEPTH);
			return Optional.empty();
		}
		return Optional.of(replacing(delivery, new DeliveryOutcome.Delivered(found.get().id(), FOUND_AFTER_DOUBT)));
	}

	private String statusText(Delivery delivery) {
		DisclosurePublished item = delivery.item();
		String link = this.safeDomain.check(item.portalUrl());
		requireAccessToken();
		Integer revision = (delivery.replacesRevision() != null) ? item.revision() : null;
		return StatusText.of(item.title(), item.summary(), link, revision);
	}

	private DeliveryOutcome replacing(Delivery delivery, DeliveryOutcome.Delivered posted) {
		if (!delivery.isReplacement()) {
			return posted;
		}
		String replaced = takeDown(delivery.replacedRef());
		String note = (posted.note() != null) ? posted.note() + "；" + replaced : replaced;
		return new DeliveryOutcome.Delivered(posted.externalRef(), note);
	}

	@Override
	public DeliveryOutcome retract(Retraction retraction) {
		String id = retraction.externalRef();
		if (id == null) {
			return new DeliveryOutcome.NeedsStaff(null, "原微博 id 未知（微博曾拒绝重复发布），无法自动删除，请登录微博后台找到该事项的微博并手动删除");
		}
		if (!this.properties.destroyEnabled()) {
			return new DeliveryOutcome.NeedsStaff(id, NO_DELETE_API + id);
		}
		requireAccessToken();
		try {
			this.api.destroy(id);
			return new DeliveryOutcome.Retracted(id, null);
		}
		catch (WeiboApiException ex) {
			if (ex.is(WeiboErrors.NO_SUCH_POST)) {
				return new DeliveryOutcome.Retracted(id, "微博已不存在（可能已在微博后台删除）");
			}
			throw WeiboErrors.classify(ex);
		}
	}

	private DeliveryOutcome.Delivered share(String status) {
		try {
			return new DeliveryOutcome.Delivered(this.api.share(status), null);
		}
		catch (WeiboApiException ex) {
			if (ex.is(WeiboErrors.REPEATED_CONTENT)) {
				return new DeliveryOutcome.Delivered(null, REPEATED_CONTENT);
			}
			if (ex.is(WeiboErrors.POSTED_WITH_DELAY)) {
				return new DeliveryOutcome.Delivered(null, POSTED_WITH_DELAY);
			}
			throw WeiboErrors.classify(ex);
		}
	}

	/**
	 * Deletes the post of the replaced revision where the account may. Never throws: the
	 * new post is out, and a retry would post it again.
	 * @return what staff should know about the old post
	 */
	private String takeDown(String replacedId) {
		if (!this.properties.destroyEnabled()) {
			return "新修订已发布；" + NO_DELETE_API + replacedId + "（旧修订）";
		}
		try {
			this.api.destroy(replacedId);
			return "已删除旧修订的微博 " + replacedId;
		}
		catch (WeiboApiException ex) {
			if (ex.is(WeiboErrors.NO_SUCH_POST)) {
				return "旧修订的微博 " + replacedId + " 已不存在";
			}
			log.warn("Replaced Weibo post not deleted: {}", ex.getMessage());
			return "旧修订的微博 " + replacedId + " 自动删除失败，请登录微博后台手动删除";
		}
		catch (TransientChannelException ex) {
			log.warn("Replaced Weibo post not deleted: {}", ex.getMessage());
			return "旧修订的微博 " + replacedId + " 自动删除失败，请登录微博后台手动删除";
		}
	}

	private void requireAccessToken() {
		if (!this.properties.hasAccessToken()) {
			throw new PermanentChannelException("未配置微博访问令牌（WEIBO_ACCESS_TOKEN），请完成微博授权后重试");
		}
	}

}
