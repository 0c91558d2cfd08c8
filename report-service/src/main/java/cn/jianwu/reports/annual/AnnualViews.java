package cn.jianwu.reports.annual;

import cn.jianwu.reports.api.annual.AnnualReportView;
import cn.jianwu.reports.api.annual.AnnualTexts;

import org.springframework.stereotype.Component;

/** The stored report as the API shows it. */
@Component
class AnnualViews {

	AnnualReportView view(AnnualReport report) {
		return new AnnualReportView(report.year(), report.state(), report.state().label(),
				new AnnualTexts(report.overview(), report.reviews(), report.problems(), report.otherMatters(),
						report.version()),
				report.figures(), report.generatedAt(), report.generatedBy(), report.editable(), report.itemId(),
				report.itemStatus(), report.submittedAt(), report.submittedBy(), report.publishedAt(),
				report.portalUrl());
	}

}
