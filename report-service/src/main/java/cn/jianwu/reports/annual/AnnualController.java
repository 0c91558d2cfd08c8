package cn.jianwu.reports.annual;

import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualTexts;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
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

	AnnualController(AnnualReportService service, AnnualViews views) {
		this.service = service;
		this.views = views;
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

}
