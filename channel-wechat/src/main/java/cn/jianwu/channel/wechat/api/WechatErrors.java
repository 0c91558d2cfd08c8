package cn.jianwu.channel.wechat.api;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.Set;

import cn.jianwu.channel.support.PermanentChannelException;
import cn.jianwu.channel.support.TransientChannelException;
import me.chanjar.weixin.common.error.WxError;
import me.chanjar.weixin.common.error.WxErrorException;
import me.chanjar.weixin.common.error.WxRuntimeException;
import org.apache.http.client.HttpResponseException;
import org.apache.http.conn.ConnectTimeoutException;

/**
 * Turns WeChat's error codes into what the dispatcher understands: transient (tried again
 * with back-off) or permanent (fails at once, with a reason staff can act on).
 */
public final class WechatErrors {

	/**
	 * WxJava's own code for a request that got no WeChat answer (I/O error, HTTP status).
	 */
	static final int NO_ANSWER = -99;

	private static final Map<Integer, String> TRANSIENT = Map.of(-1, "微信系统繁忙", 45009, "接口调用次数已达微信的当日上限", 45011,
			"接口调用过于频繁，已被微信限流");

	private static final Set<Integer> TOKEN_REJECTED = Set.of(40001, 40014, 42001);

	private static final Map<Integer, String> PERMANENT = Map.ofEntries(
			Map.entry(40013, "公众号 AppID 无效，请核对 WECHAT_APP_ID"),
			Map.entry(40125, "公众号 AppSecret 无效，请核对 WECHAT_APP_SECRET"),
			Map.entry(41004, "缺少公众号 AppSecret，请配置 WECHAT_APP_SECRET"),
			Map.entry(40164, "本服务器的出口 IP 不在公众号的 IP 白名单中，请在微信公众平台“设置与开发 - 基本配置”中添加"),
			Map.entry(48001, "公众号没有该接口的权限（账号未认证或权限已被收回）"), Map.entry(50002, "公众号受限，接口已被微信封禁"),
			Map.entry(87014, "内容含有违法违规信息，被微信拒绝发布，请修改后重新发布"), Map.entry(45002, "正文超出微信的长度限制"),
			Map.entry(45003, "标题超出微信的长度限制"), Map.entry(45004, "摘要超出微信的长度限制"), Map.entry(45110, "作者超出微信的长度限制"),
			Map.entry(40007, "封面图片素材无效"), Map.entry(53503, "草稿未通过微信的发布检查"), Map.entry(53504, "需前往微信公众平台官网使用该草稿"),
			Map.entry(53505, "请在微信公众平台手动保存草稿后再发表"));

	private WechatErrors() {
	}

	/**
	 * @param action what was being done, e.g. "新建草稿"
	 * @return the exception to throw
	 */
	public static RuntimeException map(String action, WxErrorException ex) {
		WxError error = ex.getError();
		int code = (error != null) ? error.getErrorCode() : NO_ANSWER;
		if (code == NO_ANSWER) {
			return noAnswer(action, ex);
		}
		String transientReason = TRANSIENT.get(code);
		if (transientReason != null) {
			return new TransientChannelException(action + "失败：" + transientReason + "（错误码 " + code + "），将自动重试", ex);
		}
		if (TOKEN_REJECTED.contains(code)) {
			return new PermanentChannelException(
					action + "失败：微信拒绝了刷新后的 access_token（错误码 " + code + "），请核对公众号 AppID 与 AppSecret，并确认没有其他系统在刷新该公众号的令牌",
					ex);
		}
		String reason = PERMANENT.get(code);
		if (reason == null && code >= 45000 && code < 46000) {
			reason = "内容超出微信的限制";
		}
		if (reason == null) {
			reason = "微信返回错误：" + ((error != null) ? error.getErrorMsg() : "未知错误");
		}
		return new PermanentChannelException(action + "失败：" + reason + "（错误码 " + code + "）", ex);
	}

	/**
	 * A failure of WxJava itself (lock timeouts, unexpected answers): worth trying again.
	 */
	public static RuntimeException map(String action, WxRuntimeException ex) {
		return new TransientChannelException(action + "失败：调用微信接口时出错，将自动重试", ex);
	}

	/** Whether the error is WeChat saying "not now" rather than "no". */
	public static boolean isTransient(RuntimeException mapped) {
		return mapped instanceof TransientChannelException;
	}

	private static RuntimeException noAnswer(String action, WxErrorException ex) {
		Throwable cause = ex.getCause();
		if (cause instanceof HttpResponseException http) {
			int status = http.getStatusCode();
			if (status >= 500 || status == 429) {
				return new TransientChannelException(action + "失败：微信接口暂时不可用（HTTP " + status + "），将自动重试", ex);
			}
			return new PermanentChannelException(action + "失败：微信接口拒绝了请求（HTTP " + status + "）", ex);
		}
		if (cause instanceof ConnectException || cause instanceof ConnectTimeoutException) {
			return new TransientChannelException(action + "失败：无法连接微信接口，将自动重试", ex);
		}
		if (cause instanceof IOException) {
			// sent, perhaps acted on, but not answered in time
			return TransientChannelException.unanswered(action + "失败：微信接口未在时限内答复（网络错误或超时），将核对后重试", ex);
		}
		return new PermanentChannelException(action + "失败：" + ex.getError().getErrorMsg(), ex);
	}

}
