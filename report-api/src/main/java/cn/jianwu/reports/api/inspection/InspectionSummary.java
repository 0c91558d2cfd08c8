package cn.jianwu.reports.api.inspection;

import java.time.Instant;

/** An inspection report in the list. */
public record InspectionSummary(String id, HalfYear half, String title, InspectionStatus status, String statusLabel,
		Instant generatedAt, String signedOffBy, Instant signedOffAt) {

}
