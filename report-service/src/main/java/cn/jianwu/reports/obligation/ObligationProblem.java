package cn.jianwu.reports.obligation;

import java.util.List;
import java.util.Map;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refusal of the register, as Problem Details. */
class ObligationProblem extends ErrorResponseException {

	private ObligationProblem(HttpStatus status, ProblemDetail problem) {
		super(status, problem, null);
	}

	static ObligationProblem invalid(List<String> errors) {
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "validation", "请求内容有误",
				String.join("；", errors) + "。");
		problem.setProperty("errors", errors.stream().map((message) -> Map.of("message", message)).toList());
		return new ObligationProblem(HttpStatus.BAD_REQUEST, problem);
	}

	static ObligationProblem notFound() {
		return new ObligationProblem(HttpStatus.NOT_FOUND,
				Problems.of(HttpStatus.NOT_FOUND, "obligation-not-found", "公开任务不存在", "登记簿中没有这项公开任务，可能已被删除或地址有误。"));
	}

	static ObligationProblem noDepartment() {
		return new ObligationProblem(HttpStatus.FORBIDDEN,
				Problems.of(HttpStatus.FORBIDDEN, "no-department", "没有所属部门", "您的账号没有所属部门，无法查看本部门的公开任务，请联系管理员。"));
	}

}
