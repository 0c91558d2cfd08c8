package cn.jianwu.reports.annual;

import java.time.Instant;

import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualState;

/**
 * One year's report as stored, with what the read model says of its item: the state is
 * {@code PUBLISHED} once the item's first revision was published.
 *
 * @param itemStatus the item's status after its last workflow step, {@code null} before
 * any
 * @param publishedAt when the item was first published, {@code null} before
 */
record AnnualReport(int year, AnnualState storedState, String overview, String reviews, String problems,
		String otherMatters, AnnualFigures figures, Instant generatedAt, String generatedBy, String itemId,
		Instant submittedAt, String submittedBy, long version, String itemStatus, Instant publishedAt,
		String portalUrl) {

	AnnualState state() {
		return (this.storedState == AnnualState.SUBMITTED && this.publishedAt != null) ? AnnualState.PUBLISHED
				: this.storedState;
	}

	boolean editable() {
		return this.storedState == AnnualState.DRAFT;
	}

}
