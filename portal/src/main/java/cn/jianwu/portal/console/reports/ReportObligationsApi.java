package cn.jianwu.portal.console.reports;

import java.util.List;

import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.obligation.Duty;
import cn.jianwu.reports.api.obligation.ObligationRequest;
import cn.jianwu.reports.api.obligation.ObligationView;
import cn.jianwu.reports.api.reminder.Reminder;
import cn.jianwu.reports.api.score.ScoreSheet;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * report-service's obligations, reminders and score sheets
 * ({@code /api/reports/obligations/**}, {@code /api/reports/reminders},
 * {@code /api/reports/scores/**}), called with the member's token.
 */
@Component
class ReportObligationsApi {

	static final MediaType CSV = MediaType.parseMediaType("text/csv");

	static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final StaffApiClient client;

	ReportObligationsApi(ConsoleServices services) {
		this.client = services.reports();
	}

	List<Duty> mine(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<Duty>>() {
		}, "/api/reports/obligations/mine");
	}

	List<Duty> overdue(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<Duty>>() {
		}, "/api/reports/obligations/overdue");
	}

	List<Reminder> reminders(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<Reminder>>() {
		}, "/api/reports/reminders");
	}

	List<ObligationView> register(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<ObligationView>>() {
		}, "/api/reports/obligations");
	}

	ObligationView create(ConsoleUser user, ObligationRequest request) {
		return this.client.post(user, request, ObligationView.class, "/api/reports/obligations");
	}

	ObligationView update(ConsoleUser user, String id, ObligationRequest request) {
		return this.client.put(user, request, ObligationView.class, "/api/reports/obligations/{id}", id);
	}

	ScoreSheet scores(ConsoleUser user, int year) {
		return this.client.get(user, ScoreSheet.class, "/api/reports/scores?year={year}", year);
	}

	StaffApiClient.Download scoreFile(ConsoleUser user, int year, String extension) {
		return this.client.download(user, "xlsx".equals(extension) ? XLSX : CSV, "/api/reports/scores/{year}.{ext}",
				year, extension);
	}

}
