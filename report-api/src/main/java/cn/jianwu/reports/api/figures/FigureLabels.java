package cn.jianwu.reports.api.figures;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.WechatActivity;

/**
 * The Chinese names of what {@code case.queries} and {@code wechat.activity} carry as
 * plain names, for the figures' tables. The outcomes are case-query-service's
 * {@code QueryOutcome}, which lives inside that service for now: its names are listed
 * here, once, until it moves to case-query-api with its labels, and an outcome not listed
 * here keeps its name.
 */
public final class FigureLabels {

	/** The outcome of a query answered. */
	public static final String SUCCESS = "SUCCESS";

	/** The outcome of a query refused before any check (too many from one client). */
	public static final String THROTTLED = "THROTTLED";

	private static final Map<String, String> OUTCOMES = outcomes();

	private static final Map<WechatActivity, String> WECHAT = wechat();

	private FigureLabels() {
	}

	/** The outcomes in the order the tables show them. */
	public static List<String> outcomeNames() {
		return List.copyOf(OUTCOMES.keySet());
	}

	public static String outcome(String name) {
		return OUTCOMES.getOrDefault(name, name);
	}

	public static String wechat(WechatActivity activity) {
		return WECHAT.get(activity);
	}

	private static Map<String, String> outcomes() {
		Map<String, String> labels = new LinkedHashMap<>();
		labels.put(SUCCESS, "查询成功");
		labels.put("UNKNOWN_CODE", "查询码不存在");
		labels.put("WRONG_ID", "证件号码后四位不符");
		labels.put("REVOKED", "查询码已注销");
		labels.put("LOCKED", "查询码已锁定");
		labels.put("NOT_FOUND", "案件不存在（案管窗口）");
		labels.put(THROTTLED, "查询过于频繁（未核验）");
		return labels;
	}

	private static Map<WechatActivity, String> wechat() {
		Map<WechatActivity, String> labels = new EnumMap<>(WechatActivity.class);
		labels.put(WechatActivity.CASE_BOUND, "绑定案件");
		labels.put(WechatActivity.CASE_UNBOUND, "解除案件绑定");
		labels.put(WechatActivity.BOOKING_BOUND, "绑定预约");
		labels.put(WechatActivity.NOTICE_SENT, "通知已发送");
		labels.put(WechatActivity.NOTICE_FAILED, "通知发送失败");
		return labels;
	}

}
