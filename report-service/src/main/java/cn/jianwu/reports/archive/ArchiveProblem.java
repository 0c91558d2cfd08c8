package cn.jianwu.reports.archive;

import cn.jianwu.platform.web.Problems;
import cn.jianwu.reports.api.Quarter;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What an archive request cannot do, as Problem Details in Chinese. */
class ArchiveProblem extends ErrorResponseException {

	private ArchiveProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	static ArchiveProblem notFound() {
		return new ArchiveProblem(HttpStatus.NOT_FOUND, "archive-volume-not-found", "未找到该卷宗", "该归档卷宗不存在。");
	}

	static ArchiveProblem invalid(String detail) {
		return new ArchiveProblem(HttpStatus.BAD_REQUEST, "validation", "请求内容有误", detail);
	}

	static ArchiveProblem quarterNotOver(Quarter quarter) {
		return new ArchiveProblem(HttpStatus.CONFLICT, "archive-quarter-not-over", "季度尚未结束",
				quarter.label() + "尚未结束，季度结束后才能立卷归档。");
	}

	static ArchiveProblem nothingPublished(Quarter quarter, String department) {
		return new ArchiveProblem(HttpStatus.NOT_FOUND, "archive-nothing-published", "没有可归档的公开事项",
				department + "在" + quarter.label() + "没有发布公开事项，无需立卷。");
	}

	static ArchiveProblem disclosureUnavailable() {
		return new ArchiveProblem(HttpStatus.SERVICE_UNAVAILABLE, "archive-attachments-unavailable", "暂时无法取得附件",
				"检务公开系统暂时无法提供附件，卷宗未封存，请稍后重试。");
	}

	static ArchiveProblem fileGone() {
		return new ArchiveProblem(HttpStatus.GONE, "archive-file-missing", "卷宗文件缺失", "该卷宗的归档文件已不在存储目录中，请联系系统管理员从备份恢复。");
	}

}
