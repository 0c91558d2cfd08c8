package cn.jianwu.hall.api.wechat;

/**
 * A WeChat follower binds a booking made elsewhere to their openid (the text “预约
 * booking-code idLast4”), to be reminded and told of changes there ({@code POST
 * /internal/hall/appointments/wechat-binding}; the answer is the
 * {@code AppointmentLookup}, or the uniform booking lookup failure).
 *
 * @param openid the follower
 * @param bookingCode the 12 digits
 * @param idLast4 the last four of the ID number
 */
public record WechatBindRequest(String openid, String bookingCode, String idLast4) {

	/** The keyword a follower's text starts with. */
	public static final String KEYWORD = "预约";

}
