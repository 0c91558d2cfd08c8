package cn.jianwu.portal.console.reports.annual;

import java.util.Optional;

import cn.jianwu.portal.console.ConsoleApiException;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualTexts;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * report-service's annual-report API ({@code /api/reports/annual/{year}}), called with
 * the member's token.
 */
@Component
class ReportAnnualApi {

	private final StaffApiClient client;

	ReportAnnualApi(ConsoleServices services) {
		this.client = services.reports();
	}

	/** The year's report, empty when it was not generated yet. */
	Optional<AnnualReportView> report(ConsoleUser user, int year) {
		try {
			return Optional.of(this.client.get(user, AnnualReportView.class, "/api/reports/annual/{year}", year));
		}
		catch (ConsoleApiException ex) {
			if (ex.status() == 404) {
				return Optional.empty();
			}
			throw ex;
		}
	}

	AnnualReportView generate(ConsoleUser user, int year) {
		return this.client.post(user, null, AnnualReportView.class, "/api/reports/annual/{year}", year);
	}

	AnnualReportView edit(ConsoleUser user, int year, AnnualTexts texts) {
		return this.client.put(user, texts, AnnualReportView.class, "/api/reports/annual/{year}", year);
	}

	AnnualReportView submit(ConsoleUser user, int year) {
		return this.client.post(user, null, AnnualReportView.class, "/api/reports/annual/{year}/submit", year);
	}

	StaffApiClient.Download pdf(ConsoleUser user, int year) {
		return this.client.download(user, MediaType.APPLICATION_PDF, "/api/reports/annual/{year}/pdf", year);
	}

}
