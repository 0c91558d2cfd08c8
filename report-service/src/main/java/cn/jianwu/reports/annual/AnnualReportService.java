package cn.jianwu.reports.annual;

import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.DisclosurePeriod;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.platform.security.StaffIdentity;
import cn.jianwu.reports.api.annual.AnnualTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;

/**
 * The annual report's use cases: generate (or regenerate) the draft's figures, edit the
 * office's sections, submit it as a disclosure item. Once submitted the report is the
 * item's: disclosure-service's chain (section head, division leader, chief: it is
 * important) approves it, and the read model tells when it was published.
 */
@Service
class AnnualReportService {

	private static final Logger log = LoggerFactory.getLogger(AnnualReportService.class);

	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2999;

	private final AnnualReports reports;

	private final AnnualFigureQueries figures;

	private final AnnualDisclosure disclosure;

	private final AnnualAccess access;

	private final InstitutionProperties institution;

	private final Clock clock;

	AnnualReportService(AnnualReports reports, AnnualFigureQueries figures, AnnualDisclosure disclosure,
			AnnualAccess access, InstitutionProperties institution, Clock clock) {
		this.reports = reports;
		this.figures = figures;
		this.disclosure = disclosure;
		this.access = access;
		this.institution = institution;
		this.clock = clock;
	}

	AnnualReport generate(int year, StaffIdentity caller) {
		checkYear(year);
		this.access.checkWrite(caller);
		if (!this.reports.generate(year, this.figures.count(year), caller.username(), this.clock.instant())) {
			throw AnnualProblem.submitted(year);
		}
		log.info("Annual report {} generated", year);
		return find(year);
	}

	AnnualReport read(int year, StaffIdentity caller) {
		checkYear(year);
		this.access.checkRead(caller);
		return find(year);
	}

	AnnualReport edit(int year, AnnualTexts texts, StaffIdentity caller) {
		checkYear(year);
		this.access.checkWrite(caller);
		AnnualReport report = find(year);
		if (!report.editable()) {
			throw AnnualProblem.submitted(year);
		}
		if (!this.reports.edit(year, texts)) {
			throw AnnualProblem.changed();
		}
		return find(year);
	}

	/**
	 * Drafts the report as an item of the office and submits it, with the caller's token.
	 * The idempotency keys name the report's version: a retry after a lost answer creates
	 * and submits the same item, an edit in between makes a new one.
	 */
	AnnualReport submit(int year, StaffIdentity caller, String token) {
		checkYear(year);
		this.access.checkWrite(caller);
		AnnualReport report = find(year);
		if (!report.editable()) {
			throw AnnualProblem.submitted(year);
		}
		if (report.overview() == null || report.overview().isBlank()) {
			throw AnnualProblem.overviewMissing();
		}
		String once = "annual-report-" + year + "-v" + report.version();
		UUID itemId = this.disclosure.draft(item(report), token, once);
		this.disclosure.submit(itemId, token, once + "-submit");
		if (!this.reports.submitted(year, report.version(), itemId.toString(), caller.username(),
				this.clock.instant())) {
			throw AnnualProblem.changed();
		}
		log.info("Annual report {} submitted as item {}", year, itemId);
		return find(year);
	}

	/**
	 * The item: government affairs (检察政务信息), important so that the chief approves it,
	 * periodic (once a year, naming its year as the period), the office's, public on
	 * every channel.
	 */
	ItemRequest item(AnnualReport report) {
		return new ItemRequest(title(report.year()), summary(report.year()), AnnualHtml.body(report),
				Category.GOVERNMENT_AFFAIRS, null, this.access.office(), true, Term.PERIODIC, Visibility.PUBLIC,
				Arrays.asList(Channel.values()), List.of(), List.of(), List.of(), List.of(), null, null, null, null,
				new DisclosurePeriod(report.year(), DisclosurePeriod.Span.YEAR, 0).code(), null, null);
	}

	String title(int year) {
		return this.institution.name() + year + "年度检务公开工作报告";
	}

	private String summary(int year) {
		return this.institution.name() + "按照检务公开有关规定，公布" + year + "年度检务公开工作情况，包括主动公开、案件程序性信息查询、留言答复等情况。";
	}

	private AnnualReport find(int year) {
		return this.reports.find(year).orElseThrow(() -> AnnualProblem.notFound(year));
	}

	private static void checkYear(int year) {
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw AnnualProblem.badYear();
		}
	}

}
