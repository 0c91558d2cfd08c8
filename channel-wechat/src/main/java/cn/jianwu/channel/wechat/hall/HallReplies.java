package cn.jianwu.channel.wechat.hall;

import java.time.LocalDate;

import cn.jianwu.hall.api.message.SubmissionReceipt;
import cn.jianwu.hall.api.wechat.WechatMessageRequest;

/** The texts a follower gets for a message ({@code 留言 ...}). */
final class HallReplies {

	static final String FORMAT = "留言格式：" + WechatMessageRequest.KEYWORD + "+内容\n例如：" + WechatMessageRequest.KEYWORD
			+ " 建议在检察服务大厅增设自助查询设备。\n" + "我们受理后会把受理编号和查询密码回复给您，答复也将通过本公众号发送。";

	static final String UNAVAILABLE = "留言服务暂时繁忙，您的留言未能提交，请稍后重新发送，或通过本院网站留言、拨打12309检察服务热线。";

	static final String THROTTLED = "您的留言过于频繁，请稍后再试。";

	static final String REFUSED = "您的留言未能提交，请修改后重新发送。";

	private HallReplies() {
	}

	/**
	 * The receipt: the two codes (shown this once; hall-service keeps only keyed hashes)
	 * and the days by which the writer hears back.
	 */
	static String receipt(SubmissionReceipt receipt, String portalUrl) {
		return "您的留言（" + receipt.kind().label() + "）已受理。\n" + "受理编号：" + receipt.trackingCode() + "\n" + "查询密码："
				+ receipt.checkCode() + "\n" + "程序性答复期限：" + date(receipt.acknowledgeBy()) + "\n" + "答复期限："
				+ date(receipt.answerBy()) + "\n" + "答复将通过本公众号发送给您；也可凭受理编号和查询密码在本院网站查询（" + portalUrl + "）。"
				+ "查询密码只显示这一次，请妥善保存。";
	}

	/** A refusal with hall-service's reason for the public, when it gave one. */
	static String refused(String detail) {
		return (detail != null) ? "您的留言未能提交：" + detail : REFUSED;
	}

	private static String date(LocalDate date) {
		return (date != null) ? date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : "—";
	}

}
