package cn.jianwu.reports.inspection;

import cn.jianwu.casequery.api.query.QueryOutcome;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.EventType;
import cn.jianwu.events.SubmissionChannel;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.inspection.HalfYear;
import cn.jianwu.reports.api.inspection.InspectionFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DeliveryFailures;
import cn.jianwu.reports.api.inspection.InspectionFigures.DepartmentFigures;
import cn.jianwu.reports.api.inspection.InspectionFigures.HallAnswers;
import cn.jianwu.reports.api.inspection.InspectionFigures.ObligationsMet;
import cn.jianwu.reports.api.inspection.InspectionFigures.QueryUsage;
import cn.jianwu.reports.api.inspection.InspectionFigures.ReasonCount;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Computes a half-year's figures by aggregation in PostgreSQL over the read model (never
 * by loading the half-year's rows). The half-year is its days in the institution's zone.
 * Times are calendar time: hours from draft to publication, minutes from a delivery
 * failure to its fix (as of now, so a failure of June fixed in July counts as fixed).
 */
@Component
class HalfYearFigures {

	/**
	 * case-query-api's {@code QueryOutcome} names that are not failures of the code
	 * (case.queries carries the name).
	 */
	static final String QUERY_SUCCESS = QueryOutcome.SUCCESS.name();

	static final String QUERY_THROTTLED = QueryOutcome.THROTTLED.name();

	/** A rejection or refusal whose step carried no reason. */
	static final String NO_REASON = "（未说明理由）";

	private final JdbcClient jdbc;

	private final ZoneId zone;

	private final Clock clock;

	private final ObjectProvider<ObligationFigures> obligations;

	HalfYearFigures(JdbcClient jdbc, InstitutionProperties institution, Clock clock,
			ObjectProvider<ObligationFigures> obligations) {
		this.jdbc = jdbc;
		this.zone = institution.zone();
		this.clock = clock;
		this.obligations = obligations;
	}

	InspectionFigures of(HalfYear half) {
		Instant computedAt = this.clock.instant();
		Timestamp from = Timestamp.from(half.firstDay().atStartOfDay(this.zone).toInstant());
		Timestamp to = Timestamp.from(half.lastDay().plusDays(1).atStartOfDay(this.zone).toInstant());
		return new InspectionFigures(half, computedAt, departments(from, to), reasons(WorkflowAction.REJECT, from, to),
				reasons(WorkflowAction.REFUSE, from, to), deliveries(from, to), queries(from, to), hall(from, to),
				obligations(half));
	}

	/** The register's standings, when report-service has an obligation register. */
	private List<ObligationsMet> obligations(HalfYear half) {
		ObligationFigures figures = this.obligations.getIfAvailable();
		return (figures != null) ? figures.of(half.firstDay(), half.lastDay()) : null;
	}

	private List<DepartmentFigures> departments(Timestamp from, Timestamp to) {
		return this.jdbc.sql("""
				WITH revisions AS (
				    SELECT department, count(*) FILTER (WHERE replaces_revision IS NULL) AS published,
				           count(*) FILTER (WHERE replaces_revision IS NOT NULL) AS corrections
				    FROM item_revision WHERE published_at >= :from AND published_at < :to
				    GROUP BY department
				), withdrawals AS (
				    SELECT r.department, count(*) AS withdrawals
				    FROM item_withdrawal w JOIN item_revision r USING (item_id, revision)
				    WHERE w.withdrawn_at >= :from AND w.withdrawn_at < :to
				    GROUP BY r.department
				), steps AS (
				    SELECT department, count(*) FILTER (WHERE action = :reject) AS rejections,
				           count(*) FILTER (WHERE action = :refuse) AS refusals
				    FROM workflow_step WHERE at >= :from AND at < :to AND action IN (:reject, :refuse)
				    GROUP BY department
				), items AS (
				    SELECT item_id, min(department) AS department,
				           min(at) FILTER (WHERE action = :create) AS drafted,
				           min(at) FILTER (WHERE action = :publish) AS published
				    FROM workflow_step
				    WHERE action IN (:create, :publish) AND item_id IN (
				        SELECT item_id FROM workflow_step WHERE action = :publish AND at >= :from AND at < :to)
				    GROUP BY item_id
				), timing AS (
				    SELECT department, count(*) AS timed,
				           percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM published - drafted) / 3600)
				               AS median_hours,
				           percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM published - drafted) / 3600)
				               AS p90_hours
				    FROM items WHERE drafted IS NOT NULL AND published >= :from AND published < :to
				    GROUP BY department
				), departments AS (
				    SELECT department FROM revisions UNION SELECT department FROM withdrawals
				    UNION SELECT department FROM steps UNION SELECT department FROM timing
				)
				SELECT d.department, coalesce(r.published, 0) AS published, coalesce(r.corrections, 0) AS corrections,
				       coalesce(w.withdrawals, 0) AS withdrawals, coalesce(s.rejections, 0) AS rejections,
				       coalesce(s.refusals, 0) AS refusals, coalesce(t.timed, 0) AS timed,
				       round(t.median_hours::numeric, 1)::float8 AS median_hours,
				       round(t.p90_hours::numeric, 1)::float8 AS p90_hours
				FROM departments d
				LEFT JOIN revisions r USING (department) LEFT JOIN withdrawals w USING (department)
				LEFT JOIN steps s USING (department) LEFT JOIN timing t USING (department)
				ORDER BY d.department
				""")
			.param("from", from)
			.param("to", to)
			.param("reject", WorkflowAction.REJECT.name())
			.param("refuse", WorkflowAction.REFUSE.name())
			.param("create", WorkflowAction.CREATE.name())
			.param("publish", WorkflowAction.PUBLISH.name())
			.query((rs, n) -> new DepartmentFigures(rs.getString("department"), rs.getLong("published"),
					rs.getLong("corrections"), rs.getLong("withdrawals"), rs.getLong("rejections"),
					rs.getLong("refusals"), rs.getLong("timed"), rs.getObject("median_hours", Double.class),
					rs.getObject("p90_hours", Double.class)))
			.list();
	}

	private List<ReasonCount> reasons(WorkflowAction action, Timestamp from, Timestamp to) {
		return this.jdbc.sql("""
				SELECT department, coalesce(nullif(btrim(comment), ''), :none) AS reason, count(*) AS count
				FROM workflow_step WHERE action = :action AND at >= :from AND at < :to
				GROUP BY 1, 2 ORDER BY department, count DESC, reason
				""")
			.param("none", NO_REASON)
			.param("action", action.name())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> new ReasonCount(rs.getString("department"), rs.getString("reason"), rs.getLong("count")))
			.list();
	}

	/**
	 * A failure is an item revision's first FAILED report on a channel, when it falls in
	 * the half-year; its fix is the first DELIVERED report after it.
	 */
	private List<DeliveryFailures> deliveries(Timestamp from, Timestamp to) {
		return this.jdbc
			.sql("""
					WITH failures AS (
					    SELECT item_id, revision, channel, min(reported_at) AS failed_at
					    FROM delivery_report WHERE status = :failed AND reported_at < :to
					    GROUP BY item_id, revision, channel
					    HAVING min(reported_at) >= :from
					), fixes AS (
					    SELECT f.channel,
					           (SELECT extract(epoch FROM min(d.reported_at) - f.failed_at) / 60 FROM delivery_report d
					            WHERE d.item_id = f.item_id AND d.revision = f.revision AND d.channel = f.channel
					              AND d.status = :delivered AND d.reported_at > f.failed_at) AS minutes
					    FROM failures f
					)
					SELECT channel, count(*) AS failures, count(minutes) AS fixed, count(*) - count(minutes) AS unfixed,
					       round((percentile_cont(0.5) WITHIN GROUP (ORDER BY minutes))::numeric, 1)::float8 AS median_minutes,
					       round(max(minutes)::numeric, 1)::float8 AS max_minutes
					FROM fixes GROUP BY channel
					""")
			.param("failed", DeliveryStatus.FAILED.name())
			.param("delivered", DeliveryStatus.DELIVERED.name())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				Channel channel = Channel.fromId(rs.getString("channel"));
				return new DeliveryFailures(channel, channel.label(), rs.getLong("failures"), rs.getLong("fixed"),
						rs.getLong("unfixed"), rs.getObject("median_minutes", Double.class),
						rs.getObject("max_minutes", Double.class));
			})
			.list()
			.stream()
			.sorted((a, b) -> a.channel().compareTo(b.channel()))
			.toList();
	}

	private List<QueryUsage> queries(Timestamp from, Timestamp to) {
		Map<String, QueryChannel> channels = Arrays.stream(QueryChannel.values())
			.collect(Collectors.toMap(QueryChannel::name, Function.identity()));
		return this.jdbc.sql("""
				SELECT channel, count(*) AS total, count(*) FILTER (WHERE outcome = :success) AS succeeded,
				       count(*) FILTER (WHERE outcome = :throttled) AS throttled,
				       count(*) FILTER (WHERE locked_now) AS lockouts
				FROM case_query WHERE at >= :from AND at < :to
				GROUP BY channel
				""")
			.param("success", QUERY_SUCCESS)
			.param("throttled", QUERY_THROTTLED)
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				String name = rs.getString("channel");
				QueryChannel channel = channels.get(name);
				long total = rs.getLong("total");
				long succeeded = rs.getLong("succeeded");
				long throttled = rs.getLong("throttled");
				return new QueryUsage(name, (channel != null) ? channel.label() : name, total, succeeded,
						total - succeeded - throttled, throttled, rs.getLong("lockouts"));
			})
			.list()
			.stream()
			.sorted((a, b) -> Integer.compare(order(channels, a.channel()), order(channels, b.channel())))
			.toList();
	}

	private static int order(Map<String, QueryChannel> channels, String name) {
		QueryChannel channel = channels.get(name);
		return (channel != null) ? channel.ordinal() : Integer.MAX_VALUE;
	}

	/**
	 * Counted by the times the events carry (receivedAt, answeredAt), not by when they
	 * reached the topic.
	 */
	private List<HallAnswers> hall(Timestamp from, Timestamp to) {
		return this.jdbc.sql("""
				SELECT payload ->> 'channel' AS channel,
				       count(*) FILTER (WHERE type = :received
				           AND (payload ->> 'receivedAt')::timestamptz >= :from
				           AND (payload ->> 'receivedAt')::timestamptz < :to) AS received,
				       count(*) FILTER (WHERE type = :answered
				           AND (payload ->> 'answeredAt')::timestamptz >= :from
				           AND (payload ->> 'answeredAt')::timestamptz < :to) AS answered,
				       count(*) FILTER (WHERE type = :answered AND (payload ->> 'withinLimit')::boolean
				           AND (payload ->> 'answeredAt')::timestamptz >= :from
				           AND (payload ->> 'answeredAt')::timestamptz < :to) AS within_limit
				FROM hall_event WHERE type IN (:received, :answered)
				GROUP BY 1
				""")
			.param("received", EventType.HALL_MESSAGE_RECEIVED.ceType())
			.param("answered", EventType.HALL_MESSAGE_ANSWERED.ceType())
			.param("from", from)
			.param("to", to)
			.query((rs, n) -> {
				SubmissionChannel channel = SubmissionChannel.valueOf(rs.getString("channel"));
				long answered = rs.getLong("answered");
				long within = rs.getLong("within_limit");
				return new HallAnswers(channel, channel.label(), rs.getLong("received"), answered, within,
						answered - within);
			})
			.list()
			.stream()
			.filter((row) -> row.received() > 0 || row.answered() > 0)
			.sorted((a, b) -> a.channel().compareTo(b.channel()))
			.toList();
	}

}
