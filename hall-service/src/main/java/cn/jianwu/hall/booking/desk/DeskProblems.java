package cn.jianwu.hall.booking.desk;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The desk's refusals as Problem Details, in the words staff and the public read. */
final class DeskProblems {

	private DeskProblems() {
	}

	/** A check-in the rules refuse, saying why. */
	static ErrorResponseException checkInRefused(String why) {
		return problem(HttpStatus.CONFLICT, "check-in-refused", "无法签到", why);
	}

	static ErrorResponseException appointmentNotFound() {
		return problem(HttpStatus.NOT_FOUND, "appointment-not-found", "未找到该预约", "该预约不存在。");
	}

	static ErrorResponseException serviceNotFound() {
		return problem(HttpStatus.NOT_FOUND, "service-not-found", "未找到该预约服务", "该预约服务不存在。");
	}

	static ErrorResponseException forbidden() {
		return problem(HttpStatus.FORBIDDEN, "forbidden", "无权执行此操作",
				"只有大厅工作人员、案件管理部门、监督小组、系统管理员和该服务所属部门的工作人员可以查看和办理该服务的预约。");
	}

	/** No WeChat notice to send: nobody to tell, or it no longer applies. */
	static ErrorResponseException noWechatNotice() {
		return problem(HttpStatus.NOT_FOUND, "no-wechat-notice", "没有可发送的通知", "该预约未绑定微信，或该通知已不适用。");
	}

	private static ErrorResponseException problem(HttpStatus status, String kind, String title, String detail) {
		return new ErrorResponseException(status, Problems.of(status, kind, title, detail), null);
	}

}
