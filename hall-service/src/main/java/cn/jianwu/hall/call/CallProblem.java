package cn.jianwu.hall.call;

import java.util.UUID;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What a call request cannot do, as Problem Details in Chinese. */
class CallProblem extends ErrorResponseException {

	private CallProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	static CallProblem notFound(UUID id) {
		return new CallProblem(HttpStatus.NOT_FOUND, "call-not-found", "未找到该意见征集", "没有编号为 " + id + " 的意见征集。");
	}

	static CallProblem invalid(String detail) {
		return new CallProblem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
	}

	static CallProblem notClosed() {
		return new CallProblem(HttpStatus.CONFLICT, "call-not-closed", "征集尚未截止", "意见征集截止后才能公布征集结果。");
	}

	static CallProblem resultsExist() {
		return new CallProblem(HttpStatus.CONFLICT, "call-results-exist", "征集结果已公布", "该意见征集的结果已经提交公布，不能重复提交。");
	}

	static CallProblem notYours() {
		return new CallProblem(HttpStatus.FORBIDDEN, "call-other-department", "无权操作该意见征集", "只有发起征集的部门才能公布其征集结果。");
	}

	static CallProblem noDepartment() {
		return new CallProblem(HttpStatus.FORBIDDEN, "staff-without-department", "账号未设置所属部门",
				"您的账号未设置所属部门，无法发起意见征集，请联系系统管理员。");
	}

}
