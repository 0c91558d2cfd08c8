package cn.jianwu.reports.api.annual;

import java.time.Instant;

/**
 * The year's report on disclosure work as the office and the chief read it ({@code GET
 * /api/reports/annual/{year}}).
 *
 * @param year the calendar year it reports on
 * @param state where it stands
 * @param texts the office's sections with the version to send back when editing
 * @param figures the fixed tables, as generated at {@code generatedAt}
 * @param editable whether the office may still edit it and regenerate its figures
 * @param itemId the disclosure item it was submitted as, once submitted
 * @param itemStatus the item's workflow status as the last workflow step said (e.g.
 * {@code PENDING_APPROVAL}, {@code REJECTED}), once submitted
 * @param portalUrl where the public reads it, once published
 */
public record AnnualReportView(int year, AnnualState state, String stateLabel, AnnualTexts texts, AnnualFigures figures,
		Instant generatedAt, String generatedBy, boolean editable, String itemId, String itemStatus,
		Instant submittedAt, String submittedBy, Instant publishedAt, String portalUrl) {

}
