package cn.jianwu.channel.weibo.posting;

import java.time.Duration;
import java.util.Set;

import cn.jianwu.channel.support.ChannelThrottledException;
import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;

/**
 * Which Weibo errors may pass when tried again and which never will, with the reason
 * staff see. Codes from the open platform's error code table
 * (open.weibo.com/wiki/Error_code and the OAuth2 error table).
 * <p>
 * Three answers are not errors for us and are handled by {@link WeiboChannel} before this
 * mapping: 20019 (the same text as the previous post: our own earlier post), 20032
 * (posted, id not returned yet) and 20101 on delete (the post is gone already).
 */
final class WeiboErrors {

	/** Same content as the previous post. */
	static final int REPEATED_CONTENT = 20019;

	/** Posted, but the servers are slow to sync. */
	static final int POSTED_WITH_DELAY = 20032;

	/** The post does not exist (any more). */
	static final int NO_SUCH_POST = 20101;

	static final int EXPIRED_TOKEN = 21327;

	static final String EXPIRED_TOKEN_REASON = "访问令牌已过期，请重新授权";

	/**
	 * System errors and rate limits: 10001 system error, 10002 service unavailable, 10003
	 * remote service error, 10009 too many pending tasks, 10010 job expired, 10011 RPC
	 * error, 10022/10023/10024 IP / user / user-per-API request limit, 20016 posting too
	 * often, 21331 OAuth service temporarily unavailable.
	 */
	private static final Set<Integer> TRANSIENT = Set.of(10001, 10002, 10003, 10009, 10010, 10011, 10022, 10023, 10024,
			20016, 21331);

	private static final Duration THROTTLED_WAIT = Duration.ofMinutes(10);

	private static final Set<Integer> RATE_LIMITED = Set.of(10022, 10023, 10024, 20016);

	/**
	 * The access token no longer works: 21301 auth failed, 21314 token used, 21315 token
	 * expired (OAuth1), 21316 token revoked, 21317 token rejected, 21318 verifier failed,
	 * 21319 authorisation removed, 21332 invalid access token.
	 */
	private static final Set<Integer> BAD_CREDENTIALS = Set.of(21301, 21314, 21316, 21317, 21318, 21319, 21332);

	private WeiboErrors() {
	}

	/**
	 * The exception the dispatcher understands for an error answer; rate limits wait in
	 * the queue ({@link ChannelThrottledException}).
	 */
	static RuntimeException classify(WeiboApiException error) {
		Integer code = error.errorCode();
		if (code == null) {
			return byHttpStatus(error);
		}
		if (RATE_LIMITED.contains(code)) {
			// Weibo's limits are counted per hour: waiting in the queue beats failing
			return new ChannelThrottledException("微博接口调用频次超过上限（错误码 " + code + "），已排队，稍后自动发送", THROTTLED_WAIT);
		}
		if (TRANSIENT.contains(code)) {
			return new TransientChannelException("微博系统繁忙或暂时不可用（错误码 " + code + "）", error);
		}
		if (code == EXPIRED_TOKEN || code == 21315) {
			return new PermanentChannelException(EXPIRED_TOKEN_REASON, error);
		}
		if (BAD_CREDENTIALS.contains(code)) {
			return new PermanentChannelException("微博访问令牌无效或授权已解除（错误码 " + code + "），请重新授权", error);
		}
		return new PermanentChannelException(rejection(code), error);
	}

	private static String rejection(int code) {
		return switch (code) {
			case 10017 -> "微博拒绝了请求参数（错误码 10017）：正文须包含微博应用安全域名内的链接，请核对安全域名配置";
			case 20012 -> "微博正文超过 140 字，被微博拒绝（错误码 20012）";
			case 20017 -> "微博认为内容与近期发布的微博相似，拒绝发布（错误码 20017）";
			case 20018 -> "微博正文包含微博认定的非法网址，被拒绝发布（错误码 20018）";
			case 20020 -> "微博认为正文包含广告信息，拒绝发布（错误码 20020）";
			case 20021 -> "微博正文包含微博认定的违规内容，被拒绝发布（错误码 20021），请核对标题和摘要";
			case 20102 -> "该微博不是本账号发布的，无法删除（错误码 20102）";
			case 10014, 21321 -> "微博应用的接口权限不足（错误码 " + code + "），请联系微博开放平台";
			default -> "微博拒绝了请求（错误码 " + code + "）";
		};
	}

	private static RuntimeException byHttpStatus(WeiboApiException error) {
		int status = error.httpStatus();
		if (status / 100 == 5 || status == 429) {
			return new TransientChannelException("微博接口暂时不可用（HTTP " + status + "）", error);
		}
		if (status / 100 == 2) {
			return new TransientChannelException("微博接口返回的内容无法识别", error);
		}
		if (status == 401 || status == 403) {
			return new PermanentChannelException("微博拒绝访问（HTTP " + status + "），请检查访问令牌", error);
		}
		return new PermanentChannelException("微博接口返回 HTTP " + status, error);
	}

}
