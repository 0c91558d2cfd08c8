package cn.jianwu.channel.wechat.hall;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import cn.jianwu.hall.api.booking.AppointmentLookup;
import cn.jianwu.hall.api.wechat.WechatBindRequest;

/** The texts a follower gets for {@code 预约 ...}. */
final class AppointmentReplies {

	static final String FORMAT = "绑定预约格式：" + WechatBindRequest.KEYWORD + "+预约码+身份证后四位\n例如：" + WechatBindRequest.KEYWORD
			+ " 123456789012 123X\n" + "预约码是预约成功时告知您的12位数字。绑定后，预约提醒和变更通知将通过本公众号发送给您。";

	static final String NOT_FOUND = "预约码或身份证号码后四位不正确，请核对后重新发送。";

	static final String THROTTLED = "您的操作过于频繁，请稍后再试。";

	static final String UNAVAILABLE = "预约服务暂时繁忙，请稍后再试，或通过本院网站查询您的预约。";

	static final String NOT_OFFERED = "本公众号暂未开通预约提醒，请通过本院网站查询您的预约。";

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private AppointmentReplies() {
	}

	/** The booking now bound: what, when, where, where it stands. */
	static String bound(AppointmentLookup booking) {
		StringBuilder reply = new StringBuilder("预约已绑定本公众号。\n");
		reply.append("服务：").append(booking.serviceName()).append('\n');
		reply.append("时间：").append(time(booking.slotStart(), booking.slotEnd())).append('\n');
		if (booking.place() != null && !booking.place().isBlank()) {
			reply.append("地点：").append(booking.place()).append('\n');
		}
		reply.append("状态：").append(booking.stateLabel());
		if (booking.waitlistPosition() > 0) {
			reply.append("（候补第").append(booking.waitlistPosition()).append("位）");
		}
		reply.append('\n');
		if (booking.notes() != null && !booking.notes().isBlank()) {
			reply.append("请携带：").append(booking.notes()).append('\n');
		}
		return reply.append("预约提醒和变更通知将通过本公众号发送给您。").toString();
	}

	static String time(LocalDateTime start, LocalDateTime end) {
		if (start == null) {
			return "—";
		}
		String from = DAY.format(start) + " " + TIME.format(start);
		return (end != null) ? from + "-" + TIME.format(end) : from;
	}

}
