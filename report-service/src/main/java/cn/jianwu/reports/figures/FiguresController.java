package cn.jianwu.reports.figures;

import java.nio.charset.StandardCharsets;

import cn.jianwu.reports.api.figures.CaseFigures;
import cn.jianwu.reports.api.figures.FiguresPeriod;
import cn.jianwu.reports.pdf.ReportPdf;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Case-management's figures (案件信息公开通报) of a month ({@code period=2026-11}) or a quarter
 * ({@code period=2026Q4}), beside the period before: as JSON for the console's charts and
 * as a PDF to circulate.
 */
@RestController
class FiguresController {

	private final FigureQueries queries;

	private final FiguresPdf pdf;

	FiguresController(FigureQueries queries, FiguresPdf pdf) {
		this.queries = queries;
		this.pdf = pdf;
	}

	@GetMapping(path = "/api/reports/figures", produces = MediaType.APPLICATION_JSON_VALUE)
	CaseFigures figures(@RequestParam(required = false) String period) {
		FiguresPeriod asked = period(period);
		return new CaseFigures(this.queries.of(asked), this.queries.of(asked.previous()));
	}

	/**
	 * The circular as a PDF. It is laid out before the answer starts (so that a missing
	 * font is still a Problem), then streamed from its temporary file.
	 */
	@GetMapping(path = "/api/reports/figures/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<StreamingResponseBody> pdf(@RequestParam(required = false) String period) {
		CaseFigures figures = figures(period);
		ReportPdf document = this.pdf.render(figures);
		StreamingResponseBody body = (out) -> {
			try (document) {
				document.writeTo(out);
			}
		};
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(FiguresPdf.fileName(figures.current()), StandardCharsets.UTF_8)
						.build()
						.toString())
			.body(body);
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
