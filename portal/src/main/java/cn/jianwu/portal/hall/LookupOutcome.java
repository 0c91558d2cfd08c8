package cn.jianwu.portal.hall;

import cn.jianwu.hall.api.message.MessageLookup;

/**
 * How a writer's lookup ended.
 *
 * @param message what the writer may see of their message, when the codes matched
 * @param status the HTTP status the page answers with
 * @param failure otherwise, what the writer is told (one text for every wrong, malformed
 * or locked pair)
 */
public record LookupOutcome(MessageLookup message, int status, String failure) {

	/** Said when hall-service answered a refusal other than its uniform failure. */
	static final String REFUSED = "查询未成功：受理编号或查询密码不正确。请核对后重试；连续多次输错，该编号将被暂时锁定。";

	/** Said when hall-service did not answer. */
	static final String UNAVAILABLE = "网上检察服务大厅暂时不可用，请稍后再试。您也可以拨打检察服务热线咨询。";

}
