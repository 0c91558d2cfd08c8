package cn.jianwu.reports.figures;

import cn.jianwu.reports.api.figures.CaseFigures;
import cn.jianwu.reports.api.figures.FiguresPeriod;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Case-management's figures (案件信息公开通报) of a month ({@code period=2026-11}) or a quarter
 * ({@code period=2026Q4}), beside the period before: as JSON for the console's charts and
 * as a PDF to circulate.
 */
@RestController
class FiguresController {

	private final FigureQueries queries;

	FiguresController(FigureQueries queries) {
		this.queries = queries;
	}

	@GetMapping("/api/reports/figures")
	CaseFigures figures(@RequestParam(required = false) String period) {
		FiguresPeriod asked = period(period);
		return new CaseFigures(this.queries.of(asked), this.queries.of(asked.previous()));
	}

	static FiguresPeriod period(String text) {
		try {
			return FiguresPeriod.parse(text);
		}
		catch (IllegalArgumentException ex) {
			throw FiguresProblem.badPeriod(ex.getMessage());
		}
	}

}
