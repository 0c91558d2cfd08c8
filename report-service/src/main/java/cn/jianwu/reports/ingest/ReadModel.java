package cn.jianwu.reports.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import cn.jianwu.events.CaseProgressed;
import cn.jianwu.events.CaseQueried;
import cn.jianwu.events.Channel;
import cn.jianwu.events.ChannelDeliveryReported;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureStepRecorded;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.EventJson;
import cn.jianwu.events.EventType;
import cn.jianwu.events.HallCalendarPublished;
import cn.jianwu.events.PlatformEvent;
import cn.jianwu.events.ReceivedEvent;
import cn.jianwu.events.Topics;
import cn.jianwu.events.WechatActivityRecorded;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes events into the read model. Every write is idempotent: a row is keyed by the
 * event id (or by item and revision, or by year for the calendar), so a redelivered or
 * replayed event changes nothing.
 */
@Component
public class ReadModel {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	ReadModel(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/** Takes a batch in one transaction. */
	@Transactional
	public void take(List<ReceivedEvent> events) {
		for (ReceivedEvent event : events) {
			take(event);
		}
	}

	private void take(ReceivedEvent event) {
		PlatformEvent payload = event.payload();
		if (payload instanceof DisclosurePublished published) {
			revision(published, null);
		}
		else if (payload instanceof DisclosureRevised revised) {
			revision(revised.asPublished(), revised.replacesRevision());
		}
		else if (payload instanceof DisclosureWithdrawn withdrawn) {
			withdrawal(withdrawn);
		}
		else if (payload instanceof DisclosureStepRecorded step) {
			step(event.id(), step);
		}
		else if (payload instanceof ChannelDeliveryReported report) {
			delivery(event.id(), report);
		}
		else if (payload instanceof CaseProgressed progressed) {
			progress(event.id(), progressed);
		}
		else if (payload instanceof CaseQueried query) {
			query(event.id(), query);
		}
		else if (payload instanceof WechatActivityRecorded activity) {
			wechat(event.id(), activity);
		}
		else if (payload instanceof HallCalendarPublished calendar) {
			calendar(calendar);
		}
		else if (EventType.of(payload).topic().equals(Topics.HALL_EVENTS)) {
			hall(event);
		}
		// A redelivery request asks the channels again: their reports are what counts.
	}

	private void revision(DisclosurePublished item, Integer replaces) {
		this.jdbc
			.sql("""
					INSERT INTO item_revision (item_id, revision, replaces_revision, category, sub_kind, title, summary,
					                           body, department, visibility, channels, published_at, portal_url,
					                           attachments, obligation_id)
					VALUES (:itemId, :revision, :replaces, :category, :subKind, :title, :summary, :body, :department,
					        :visibility, CAST(:channels AS text[]), :publishedAt, :portalUrl, CAST(:attachments AS jsonb), :obligationId)
					ON CONFLICT (item_id, revision) DO NOTHING
					""")
			.param("itemId", item.itemId())
			.param("revision", item.revision())
			.param("replaces", replaces)
			.param("category", item.category().name())
			.param("subKind", item.subKind())
			.param("title", item.title())
			.param("summary", item.summary())
			.param("body", item.body())
			.param("department", item.department())
			.param("visibility", item.visibility().name())
			.param("channels", arrayLiteral(item.channels().stream().map(Channel::id).toList()))
			.param("publishedAt", timestamp(item.publishedAt()))
			.param("portalUrl", item.portalUrl())
			.param("attachments", this.json.writeValueAsString(item.attachments()))
			.param("obligationId", item.obligationId())
			.update();
	}

	private void withdrawal(DisclosureWithdrawn withdrawn) {
		this.jdbc.sql("""
				INSERT INTO item_withdrawal (item_id, revision, reason, withdrawn_at)
				VALUES (:itemId, :revision, :reason, :at)
				ON CONFLICT (item_id, revision) DO NOTHING
				""")
			.param("itemId", withdrawn.itemId())
			.param("revision", withdrawn.revision())
			.param("reason", withdrawn.reason())
			.param("at", timestamp(withdrawn.withdrawnAt()))
			.update();
	}

	private void step(String eventId, DisclosureStepRecorded step) {
		this.jdbc.sql("""
				INSERT INTO workflow_step (event_id, item_id, revision, action, actor, actor_role, actor_department,
				                           department, category, sub_kind, important, obligation_id, from_status,
				                           to_status, comment, at)
				VALUES (:eventId, :itemId, :revision, :action, :actor, :actorRole, :actorDepartment, :department,
				        :category, :subKind, :important, :obligationId, :fromStatus, :toStatus, :comment, :at)
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("eventId", eventId)
			.param("itemId", step.itemId())
			.param("revision", step.revision())
			.param("action", step.action().name())
			.param("actor", step.actor())
			.param("actorRole", step.actorRole())
			.param("actorDepartment", step.actorDepartment())
			.param("department", step.department())
			.param("category", step.category().name())
			.param("subKind", step.subKind())
			.param("important", step.important())
			.param("obligationId", step.obligationId())
			.param("fromStatus", step.fromStatus())
			.param("toStatus", step.toStatus())
			.param("comment", step.comment())
			.param("at", timestamp(step.at()))
			.update();
	}

	private void delivery(String eventId, ChannelDeliveryReported report) {
		this.jdbc.sql("""
				INSERT INTO delivery_report (event_id, item_id, revision, channel, status, attempt, external_ref,
				                             reason, reported_at)
				VALUES (:eventId, :itemId, :revision, :channel, :status, :attempt, :externalRef, :reason, :at)
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("eventId", eventId)
			.param("itemId", report.itemId())
			.param("revision", report.revision())
			.param("channel", report.channel().id())
			.param("status", report.status().name())
			.param("attempt", report.attempt())
			.param("externalRef", report.externalRef())
			.param("reason", report.reason())
			.param("at", timestamp(report.reportedAt()))
			.update();
	}

	private void progress(String eventId, CaseProgressed progressed) {
		this.jdbc
			.sql("""
					INSERT INTO case_progress (event_id, case_number, stage, day) VALUES (:eventId, :caseNumber, :stage, :day)
					ON CONFLICT (event_id) DO NOTHING
					""")
			.param("eventId", eventId)
			.param("caseNumber", progressed.caseNumber())
			.param("stage", progressed.stage())
			.param("day", Date.valueOf(progressed.date()))
			.update();
	}

	private void query(String eventId, CaseQueried query) {
		this.jdbc.sql("""
				INSERT INTO case_query (event_id, channel, outcome, locked_now, at)
				VALUES (:eventId, :channel, :outcome, :lockedNow, :at)
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("eventId", eventId)
			.param("channel", query.channel())
			.param("outcome", query.outcome())
			.param("lockedNow", query.lockedNow())
			.param("at", timestamp(query.at()))
			.update();
	}

	private void wechat(String eventId, WechatActivityRecorded activity) {
		this.jdbc.sql("""
				INSERT INTO wechat_activity (event_id, activity, at) VALUES (:eventId, :activity, :at)
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("eventId", eventId)
			.param("activity", activity.activity().name())
			.param("at", timestamp(activity.at()))
			.update();
	}

	private void calendar(HallCalendarPublished calendar) {
		this.jdbc.sql("""
				INSERT INTO calendar_year (year, days_off, working_days, published_at)
				VALUES (:year, CAST(:daysOff AS date[]), CAST(:workingDays AS date[]), :publishedAt)
				ON CONFLICT (year) DO UPDATE SET days_off = excluded.days_off, working_days = excluded.working_days,
				                                 published_at = excluded.published_at
				WHERE calendar_year.published_at <= excluded.published_at
				""")
			.param("year", calendar.year())
			.param("daysOff", arrayLiteral(calendar.daysOff()))
			.param("workingDays", arrayLiteral(calendar.workingDays()))
			.param("publishedAt", timestamp(calendar.publishedAt()))
			.update();
	}

	private void hall(ReceivedEvent event) {
		Instant at = (event.time() != null) ? event.time().toInstant() : Instant.now();
		this.jdbc.sql("""
				INSERT INTO hall_event (event_id, type, subject_id, at, payload)
				VALUES (:eventId, :type, :subjectId, :at, CAST(:payload AS jsonb))
				ON CONFLICT (event_id) DO NOTHING
				""")
			.param("eventId", event.id())
			.param("type", event.type())
			.param("subjectId", event.payload().key())
			.param("at", timestamp(at))
			.param("payload", new String(EventJson.write(event.payload()), StandardCharsets.UTF_8))
			.update();
	}

	/**
	 * A PostgreSQL array literal of simple values (channel ids, ISO dates), cast in the
	 * statement.
	 */
	private static String arrayLiteral(List<?> values) {
		return values.stream().map(Object::toString).collect(Collectors.joining(",", "{", "}"));
	}

	private static Timestamp timestamp(Instant at) {
		return (at != null) ? Timestamp.from(at) : null;
	}

}
