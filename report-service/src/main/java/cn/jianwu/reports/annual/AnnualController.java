package cn.jianwu.reports.annual;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualTexts;
import cn.jianwu.reports.pdf.ReportPdf;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The annual report on disclosure work ({@code /api/reports/annual/{year}}): the office
 * generates the draft, edits its sections and submits it; the chief, division leaders and
 * the supervision group read it.
 */
@RestController
@RequestMapping("/api/reports/annual/{year}")
class AnnualController {

	private final AnnualReportService service;

	private final AnnualViews views;

	private final AnnualPdf pdf;

	AnnualController(AnnualReportService service, AnnualViews views, AnnualPdf pdf) {
		this.service = service;
		this.views = views;
		this.pdf = pdf;
	}

	/** Creates the draft, or regenerates a draft's figures (keeping its text). */
	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	AnnualReportView generate(@PathVariable int year) {
		return this.views.view(this.service.generate(year, StaffIdentity.require()));
	}

	@GetMapping
	AnnualReportView read(@PathVariable int year) {
		return this.views.view(this.service.read(year, StaffIdentity.require()));
	}

	/** The office's sections, with the version the editor saw. */
	@PutMapping
	AnnualReportView edit(@PathVariable int year, @Valid @RequestBody AnnualTexts texts) {
		return this.views.view(this.service.edit(year, texts, StaffIdentity.require()));
	}

	/** Drafts it as a disclosure item and submits it for approval, as the caller. */
	@PostMapping("/submit")
	AnnualReportView submit(@PathVariable int year, @AuthenticationPrincipal Jwt token) {
		return this.views.view(this.service.submit(year, StaffIdentity.require(), token.getTokenValue()));
	}

	/**
	 * The report as a PDF. Laid out before the answer starts, so that a missing font is a
	 * problem answer, not a broken file; then streamed.
	 */
	@GetMapping(path = "/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	void pdf(@PathVariable int year, HttpServletResponse response) throws IOException {
		AnnualReport report = this.service.read(year, StaffIdentity.require());
		try (ReportPdf document = this.pdf.render(report, this.service.title(year))) {
			response.setContentType(MediaType.APPLICATION_PDF_VALUE);
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(year + "年度检务公开工作报告.pdf", StandardCharsets.UTF_8)
						.build()
						.toString());
			response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
			document.writeTo(response.getOutputStream());
		}
	}

}
