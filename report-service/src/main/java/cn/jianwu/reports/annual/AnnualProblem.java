package cn.jianwu.reports.annual;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What an annual-report request cannot do, as Problem Details in Chinese. */
class AnnualProblem extends ErrorResponseException {

	private AnnualProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	static AnnualProblem notFound(int year) {
		return new AnnualProblem(HttpStatus.NOT_FOUND, "annual-report-not-found", "未找到该年度报告",
				year + "年度报告尚未生成，请先生成草稿。");
	}

	static AnnualProblem badYear() {
		return new AnnualProblem(HttpStatus.BAD_REQUEST, "annual-report-year", "年份有误", "请填写四位数的年份，例如2026。");
	}

	static AnnualProblem submitted(int year) {
		return new AnnualProblem(HttpStatus.CONFLICT, "annual-report-submitted", "年度报告已提交",
				year + "年度报告已提交审批，不能再修改或重新生成；如需修改，请在信息公开平台中处理该条信息。");
	}

	static AnnualProblem changed() {
		return new AnnualProblem(HttpStatus.CONFLICT, "annual-report-changed", "年度报告已被他人修改",
				"年度报告在您编辑期间已被他人修改或重新生成，请刷新页面后再修改。");
	}

	static AnnualProblem overviewMissing() {
		return new AnnualProblem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", "请先填写“总体情况”，再提交审批。");
	}

	static AnnualProblem forbidden() {
		return new AnnualProblem(HttpStatus.FORBIDDEN, "annual-report-forbidden", "无权操作年度报告",
				"年度报告由办公室或系统管理员生成、编辑和提交。");
	}

	static AnnualProblem forbiddenToRead() {
		return new AnnualProblem(HttpStatus.FORBIDDEN, "annual-report-forbidden", "无权查看年度报告",
				"年度报告草稿仅供办公室、院领导、监督小组和系统管理员查看。");
	}

}
