package cn.jianwu.channel.wechat.casequery;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.casequery.api.query.CaseView;
import cn.jianwu.casequery.api.query.LockoutPolicy;
import cn.jianwu.casequery.api.query.QueryFailure;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;

/**
 * The texts followers get. A passive reply over about 2 KB is known to fail, so a long
 * stage history is cut from its oldest end.
 */
final class CaseReplies {

	static final int MAX_REPLY_BYTES = 2000;

	/**
	 * A failure whose answer could not be read (it always can from case-query-service):
	 * no lock-out is stated rather than one the service may not apply.
	 */
	static final String FAILED_UNREAD = LockoutPolicy.TITLE + "：请核对查询码和身份证号码后四位后重试。如有疑问，请到本院案件管理部门窗口咨询。";

	static final String THROTTLED = "您的查询过于频繁，请稍后再试。";

	static final String UNAVAILABLE = "案件查询服务暂时繁忙，请稍后再试，或通过本院网站、12309检察服务热线查询。";

	static final String QUERY_FORMAT = "查询格式：查询 查询码 身份证号码后四位\n例如：查询 123456789012 1234\n"
			+ "查询码为12位数字，由本院案件管理部门在核实身份后发放。";

	static final String BIND_FORMAT = "绑定格式：绑定 查询码 身份证号码后四位\n例如：绑定 123456789012 1234\n"
			+ "绑定后，案件程序有新进展时将通过服务通知告诉您；发送“解绑”可取消。";

	static final String FULL_ID_NUMBER = "为保护您的个人信息，请不要发送完整的身份证号码。查询只需要身份证号码的后四位：\n" + QUERY_FORMAT;

	static final String NOTIFICATIONS_OFF = "本公众号暂未开通案件进展通知，您仍可随时发送“查询 查询码 身份证号码后四位”查询案件程序性信息。";

	static final String NO_BINDINGS = "您没有绑定任何案件。";

	private CaseReplies() {
	}

	/**
	 * The one answer to every failed query or binding: it never says which part was
	 * wrong, and states the lock-out case-query-service applies.
	 * @param failure case-query-service's failure answer, or {@code null}
	 */
	static String failed(QueryFailure failure) {
		return (failure != null) ? failure.lockout().message() : FAILED_UNREAD;
	}

	static String help(String portalUrl, String caseQueryUrl) {
		return "您好，这里是检务公开服务号。\n" + "· 查询案件程序性信息：发送“查询 查询码 身份证号码后四位”，例如：查询 123456789012 1234\n"
				+ "· 案件有新进展时接收通知：发送“绑定 查询码 身份证号码后四位”；发送“解绑”取消\n" + "· 咨询、意见建议、控告申诉、举报：发送“"
				+ WechatMessageRequest.KEYWORD + "+内容”，我们将回复受理编号和查询密码\n" + "· 网上查询：" + caseQueryUrl + "\n" + "· 检务公开信息："
				+ portalUrl + "\n" + "请勿在消息中发送完整的身份证号码等个人信息。";
	}

	static String bound(String caseNumber) {
		return "绑定成功。案件" + caseNumber + "的程序有新进展时，我们将通过服务通知告诉您。发送“解绑”可取消。";
	}

	static String alreadyBound(String caseNumber) {
		return "您已绑定案件" + caseNumber + "，无需重复绑定。";
	}

	static String tooManyBindings(int max) {
		return "每个微信用户最多绑定" + max + "个案件。请先发送“解绑”解除已有绑定。";
	}

	static String unbound(int count) {
		return "已解除" + count + "个案件的绑定，今后不再向您发送这些案件的进展通知。";
	}

	/** The procedural information of a case view as case-query-service answers it. */
	static String caseInfo(CaseView view) {
		List<String> head = new ArrayList<>();
		head.add("【案件程序性信息】");
		head.add("案号：" + view.caseNumber());
		head.add("案件名称：" + view.caseName());
		line(head, "案件类型：", view.caseType());
		line(head, "承办部门：", view.department());
		head.add("受理日期：" + date(view.acceptedAt()));
		String stage = "当前阶段：" + view.stage() + "（" + date(view.stageDate()) + "起";
		if (view.stageDeadline() != null) {
			stage += "，办理期限至" + date(view.stageDeadline());
		}
		head.add(stage + "）");
		List<String> measures = new ArrayList<>();
		for (CaseView.Measure measure : view.compulsoryMeasures()) {
			measures.add(measure.measure() + "（" + date(measure.date()) + "）");
		}
		if (!measures.isEmpty()) {
			head.add("强制措施：" + String.join("；", measures));
		}
		List<String> history = new ArrayList<>();
		for (CaseView.Step step : view.events()) {
			history.add("· " + date(step.date()) + " " + step.stage());
		}
		String tail = "以上为程序性信息，不含案件实体内容。如有疑问，请联系本院案件管理部门。";
		// the oldest steps go first when the reply is too long; the current stage is in
		// the head anyway
		for (int dropped = 0;; dropped++) {
			List<String> lines = new ArrayList<>(head);
			if (!history.isEmpty()) {
				lines.add("办理经过：");
				if (dropped > 0) {
					lines.add("· …（更早的" + dropped + "项从略）");
				}
				lines.addAll(history.subList(dropped, history.size()));
			}
			lines.add(tail);
			String text = String.join("\n", lines);
			if (text.getBytes(StandardCharsets.UTF_8).length <= MAX_REPLY_BYTES || dropped == history.size()) {
				return text;
			}
		}
	}

	private static void line(List<String> lines, String label, String value) {
		if (value != null && !value.isBlank()) {
			lines.add(label + value);
		}
	}

	/** 2025-03-01 → 2025年3月1日 */
	static String date(LocalDate date) {
		if (date == null) {
			return "—";
		}
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

}
