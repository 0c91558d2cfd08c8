package cn.jianwu.hall.intake;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** The intake's refusals, as Problem Details in Chinese. None repeats what was sent. */
final class IntakeProblems {

	/** The same type as Bean Validation's problems (platform-support). */
	private static final String VALIDATION = "validation";

	private IntakeProblems() {
	}

	static ErrorResponseException invalid(String detail) {
		return problem(HttpStatus.BAD_REQUEST, VALIDATION, "请求内容有误", detail);
	}

	static ErrorResponseException unknownItem() {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "hall-item-not-public", "所涉公开信息不存在",
				"您提意见的公开信息不存在或已撤回，无法提交。请回到公开信息页面核对后再试。");
	}

	static ErrorResponseException callNotOpen() {
		return problem(HttpStatus.UNPROCESSABLE_CONTENT, "hall-call-not-open", "该意见征集未在进行中",
				"该意见征集不存在、尚未开始或已经结束，无法提交意见。");
	}

	static ErrorResponseException disclosureUnavailable() {
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "hall-item-check-unavailable", "暂时无法提交", "暂时无法核实所涉公开信息，请稍后再试");
	}

	private static ErrorResponseException problem(HttpStatus status, String kind, String title, String detail) {
		return new ErrorResponseException(status, Problems.of(status, kind, title, detail), null);
	}

}
