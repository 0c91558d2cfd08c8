package cn.jianwu.portal.console.reports.inspection;

import java.util.List;

import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;
import cn.jianwu.reports.api.inspection.FindingsRequest;
import cn.jianwu.reports.api.inspection.GenerateInspectionRequest;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionSummary;
import cn.jianwu.reports.api.inspection.InspectionView;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * report-service's inspection API ({@code /api/reports/inspections/**}), called with the
 * member's token.
 */
@Component
class ReportInspectionApi {

	private final StaffApiClient client;

	ReportInspectionApi(ConsoleServices services) {
		this.client = services.reports();
	}

	List<InspectionSummary> reports(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<InspectionSummary>>() {
		}, "/api/reports/inspections");
	}

	InspectionView report(ConsoleUser user, String id) {
		return this.client.get(user, InspectionView.class, "/api/reports/inspections/{id}", id);
	}

	InspectionView generate(ConsoleUser user, HalfYear half) {
		return this.client.post(user, new GenerateInspectionRequest(half), InspectionView.class,
				"/api/reports/inspections");
	}

	InspectionView findings(ConsoleUser user, String id, FindingsRequest request) {
		return this.client.put(user, request, InspectionView.class, "/api/reports/inspections/{id}/findings", id);
	}

	InspectionView signOff(ConsoleUser user, String id) {
		return this.client.post(user, null, InspectionView.class, "/api/reports/inspections/{id}/sign-off", id);
	}

	StaffApiClient.Download pdf(ConsoleUser user, String id) {
		return this.client.download(user, MediaType.APPLICATION_PDF, "/api/reports/inspections/{id}/pdf", id);
	}

}
