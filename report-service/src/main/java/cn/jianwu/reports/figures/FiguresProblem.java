package cn.jianwu.reports.figures;

import cn.jianwu.platform.web.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** What a figures request cannot have, as Problem Details in Chinese. */
class FiguresProblem extends ErrorResponseException {

	private FiguresProblem(HttpStatus status, String type, String title, String detail) {
		super(status, Problems.of(status, type, title, detail), null);
	}

	/**
	 * @param detail what the period should look like (FiguresPeriod's message)
	 */
	static FiguresProblem badPeriod(String detail) {
		return new FiguresProblem(HttpStatus.BAD_REQUEST, "figures-period", "统计期间有误", detail + "。");
	}

}
