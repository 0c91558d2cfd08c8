package cn.jianwu.reports.api.inspection;

import java.time.Instant;
import java.util.List;

/**
 * An inspection report: the figures as generated, the group's findings and demands, and
 * its sign-off.
 *
 * @param id the report
 * @param half the half-year inspected
 * @param title 2026年下半年检务公开工作检查报告
 * @param status draft or signed off
 * @param statusLabel the status's Chinese name
 * @param generatedBy who generated the draft (last)
 * @param figures the figures
 * @param findings the group's findings
 * @param demands the rectification demands (with their obligations once signed off)
 * @param updatedBy who last edited the findings, or {@code null}
 * @param updatedAt when
 * @param signedOffBy who signed it off, or {@code null}
 * @param signedOffAt when
 * @param pdfSha256 the SHA-256 (hex) of the archived PDF once signed off
 */
public record InspectionView(String id, HalfYear half, String title, InspectionStatus status, String statusLabel,
		String generatedBy, InspectionFigures figures, String findings, List<RectificationDemand> demands,
		String updatedBy, Instant updatedAt, String signedOffBy, Instant signedOffAt, String pdfSha256) {

	/** The report's title for a half-year. */
	public static String titleOf(HalfYear half) {
		return half.label() + "检务公开工作检查报告";
	}

}
