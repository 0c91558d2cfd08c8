package cn.jianwu.reports.inspection;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What an inspection request cannot do, as Problem Details in Chinese. */
class InspectionProblem extends ErrorResponseException {

	private InspectionProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	static InspectionProblem notFound() {
		return new InspectionProblem(HttpStatus.NOT_FOUND, "inspection-not-found", "未找到该检查报告", "该检查报告不存在。");
	}

	static InspectionProblem signedOff() {
		return new InspectionProblem(HttpStatus.CONFLICT, "inspection-signed-off", "检查报告已签发",
				"该检查报告已由监督小组签发归档，不能再修改；如需补充，请在下一次检查报告中提出。");
	}

}
