package cn.jianwu.reports.api.inspection;

import java.time.Instant;
import java.util.List;

import cn.jianwu.events.Channel;
import cn.jianwu.events.SubmissionChannel;

/**
 * The figures of a half-year, computed from report-service's read model when the draft
 * was generated and kept as they were: a signed-off report never changes. Times are
 * calendar time (hours, minutes), not working time.
 *
 * @param half the half-year
 * @param computedAt when they were computed
 * @param departments per department: items, corrections, withdrawals, rejections,
 * refusals, time from draft to publication
 * @param rejections why items were sent back (REJECT comments), per department
 * @param refusals why submissions or approvals were refused (REFUSE steps: an unredacted
 * identifier or an exemption), per department
 * @param deliveries channel delivery failures and how long they took to fix, per channel
 * @param queries case procedural queries and lock-outs, per query channel
 * @param hallMessages hall messages received and answered within the limit, per
 * submission channel
 * @param obligations obligations met on time, per department; {@code null} where the
 * obligation register was not available
 */
public record InspectionFigures(HalfYear half, Instant computedAt, List<DepartmentFigures> departments,
		List<ReasonCount> rejections, List<ReasonCount> refusals, List<DeliveryFailures> deliveries,
		List<QueryUsage> queries, List<HallAnswers> hallMessages, List<ObligationsMet> obligations) {

	/**
	 * One department's disclosure work in the half-year.
	 *
	 * @param department the items' department
	 * @param published items first published
	 * @param corrections revisions published that replace an earlier one (更正)
	 * @param withdrawals revisions withdrawn
	 * @param rejections items sent back (REJECT steps)
	 * @param refusals submissions or approvals refused for redaction (REFUSE steps)
	 * @param timed the items first published that have a draft step to time from
	 * @param medianHours median calendar hours from draft (first CREATE) to publication,
	 * {@code null} when none
	 * @param p90Hours 90th percentile of the same, {@code null} when none
	 */
	public record DepartmentFigures(String department, long published, long corrections, long withdrawals,
			long rejections, long refusals, long timed, Double medianHours, Double p90Hours) {

	}

	/** How often a reason was given, in a department. */
	public record ReasonCount(String department, String reason, long count) {

	}

	/**
	 * Delivery failures of a channel: a failure is the first FAILED report of an item's
	 * revision on the channel, fixed by the first later DELIVERED report.
	 *
	 * @param channel the channel
	 * @param label its Chinese name
	 * @param failures revisions that failed on it in the half-year
	 * @param fixed of which delivered later
	 * @param unfixed of which never delivered (so far)
	 * @param medianMinutes median minutes to fix, {@code null} when none fixed
	 * @param maxMinutes the longest fix, {@code null} when none fixed
	 */
	public record DeliveryFailures(Channel channel, String label, long failures, long fixed, long unfixed,
			Double medianMinutes, Double maxMinutes) {

	}

	/**
	 * Case procedural queries of a channel (网上、电话、触摸屏、案管窗口、微信).
	 *
	 * @param channel case-query-api's {@code QueryChannel} name
	 * @param label its Chinese name
	 * @param total queries
	 * @param succeeded answered
	 * @param failed refused for a wrong or unknown code, a revoked or locked credential
	 * @param throttled not checked because the client asked too often
	 * @param lockouts failures that locked a code
	 */
	public record QueryUsage(String channel, String label, long total, long succeeded, long failed, long throttled,
			long lockouts) {

	}

	/**
	 * Hall messages of a submission channel.
	 *
	 * @param received messages received in the half-year
	 * @param answered answers approved in the half-year
	 * @param withinLimit of which by their answer day
	 * @param late of which after it
	 */
	public record HallAnswers(SubmissionChannel channel, String label, long received, long answered, long withinLimit,
			long late) {

	}

	/**
	 * A department's disclosure obligations due in the half-year, as the obligation
	 * register reckons them.
	 */
	public record ObligationsMet(String department, long due, long metOnTime, long metLate, long overdue, long open) {

	}

}
