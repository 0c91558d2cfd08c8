package cn.jianwu.reports.annual;

import cn.jianwu.casequery.api.query.QueryOutcome;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.jianwu.casequery.api.query.QueryChannel;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DeliveryStatus;
import cn.jianwu.events.EventType;
import cn.jianwu.events.MessageKind;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.annual.AnnualFigures;
import cn.jianwu.reports.api.annual.AnnualFigures.CategoryRow;
import cn.jianwu.reports.api.annual.AnnualFigures.ChannelRow;
import cn.jianwu.reports.api.annual.AnnualFigures.MessageRow;
import cn.jianwu.reports.api.annual.AnnualFigures.QueryRow;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts the annual report's tables in PostgreSQL over the read model: one aggregate
 * query per table, so that a year of 5,000 items and 200,000 queries never comes into
 * memory. A year is its days in the institution's zone. The tables are fixed (every
 * category, channel and kind has its row, zero or not), as the national format wants.
 */
@Component
class AnnualFigureQueries {

	/**
	 * case-query-service's outcome of an answered query (its {@code QueryOutcome}); every
	 * other outcome is a refusal.
	 */
	static final String ANSWERED = QueryOutcome.SUCCESS.name();

	/** The message kinds of section 四 (控告申诉、举报). */
	static final Set<MessageKind> COMPLAINT_KINDS = Set.of(MessageKind.COMPLAINT, MessageKind.REPORT);

	private final JdbcClient jdbc;

	private final ZoneId zone;

	AnnualFigureQueries(JdbcClient jdbc, InstitutionProperties institution) {
		this.jdbc = jdbc;
		this.zone = institution.zone();
	}

	AnnualFigures count(int year) {
		Timestamp from = Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(this.zone).toInstant());
		Timestamp to = Timestamp.from(LocalDate.of(year + 1, 1, 1).atStartOfDay(this.zone).toInstant());
		List<MessageRow> messages = messages(from, to);
		return new AnnualFigures(year, categories(from, to), channels(from, to), queries(from, to), messages,
				messages.stream().filter((row) -> COMPLAINT_KINDS.contains(row.kind())).toList());
	}

	private List<CategoryRow> categories(Timestamp from, Timestamp to) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT category, sub_kind,
				       count(*) FILTER (WHERE replaces_revision IS NULL) AS published,
				       count(*) FILTER (WHERE replaces_revision IS NOT NULL) AS revised
				FROM item_revision
				WHERE published_at >= :from AND published_at < :to
				GROUP BY category, sub_kind
				""").param("from", from).param("to", to).query((rs) -> {
			long[] row = counts.computeIfAbsent(key(rs.getString("category"), rs.getString("sub_kind")),
					(k) -> new long[3]);
			row[0] = rs.getLong("published");
			row[1] = rs.getLong("revised");
		});
		this.jdbc.sql("""
				SELECT r.category, r.sub_kind, count(*) AS withdrawn
				FROM item_withdrawal w JOIN item_revision r ON r.item_id = w.item_id AND r.revision = w.revision
				WHERE w.withdrawn_at >= :from AND w.withdrawn_at < :to
				GROUP BY r.category, r.sub_kind
				""").param("from", from).param("to", to).query((rs) -> {
			counts.computeIfAbsent(key(rs.getString("category"), rs.getString("sub_kind")), (k) -> new long[3])[2] = rs
				.getLong("withdrawn");
		});
		List<CategoryRow> rows = new ArrayList<>();
		for (Category category : Category.values()) {
			if (category == Category.CASE_INFO) {
				for (SubKind subKind : SubKind.values()) {
					rows.add(row(category, subKind, counts.remove(key(category.name(), subKind.name()))));
				}
			}
			long[] rest = counts.remove(key(category.name(), null));
			if (category != Category.CASE_INFO || rest != null) {
				rows.add(row(category, null, rest));
			}
		}
		// Sub-kinds outside their category (not written by today's disclosure-service)
		// still count, under their category.
		counts.forEach((key, value) -> {
			String[] parts = key.split("/", -1);
			rows.add(new CategoryRow(Category.valueOf(parts[0]), Category.valueOf(parts[0]).label(), parts[1], parts[1],
					value[0], value[1], value[2]));
		});
		return rows;
	}

	private List<ChannelRow> channels(Timestamp from, Timestamp to) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT channel,
				       count(DISTINCT (item_id, revision)) FILTER (WHERE status = :delivered) AS delivered,
				       count(*) FILTER (WHERE status = :failed) AS failed,
				       count(DISTINCT (item_id, revision)) FILTER (WHERE status = :retracted) AS retracted
				FROM delivery_report
				WHERE reported_at >= :from AND reported_at < :to
				GROUP BY channel
				""")
			.param("delivered", DeliveryStatus.DELIVERED.name())
			.param("failed", DeliveryStatus.FAILED.name())
			.param("retracted", DeliveryStatus.RETRACTED.name())
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				counts.put(rs.getString("channel"),
						new long[] { rs.getLong("delivered"), rs.getLong("failed"), rs.getLong("retracted") });
			});
		List<ChannelRow> rows = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			long[] row = counts.getOrDefault(channel.id(), new long[3]);
			rows.add(new ChannelRow(channel.id(), channel.label(), row[0], row[1], row[2]));
		}
		return rows;
	}

	private List<QueryRow> queries(Timestamp from, Timestamp to) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT channel, count(*) AS received, count(*) FILTER (WHERE outcome = :answered) AS answered,
				       count(*) FILTER (WHERE locked_now) AS lockouts
				FROM case_query
				WHERE at >= :from AND at < :to
				GROUP BY channel
				""").param("answered", ANSWERED).param("from", from).param("to", to).query((rs) -> {
			counts.put(rs.getString("channel"),
					new long[] { rs.getLong("received"), rs.getLong("answered"), rs.getLong("lockouts") });
		});
		List<QueryRow> rows = new ArrayList<>();
		for (QueryChannel channel : QueryChannel.values()) {
			long[] row = counts.getOrDefault(channel.name(), new long[3]);
			rows.add(new QueryRow(channel.name(), channel.label(), row[0], row[1], row[0] - row[1], row[2]));
		}
		return rows;
	}

	/**
	 * By the times the events carry (received, answered), not by when report-service took
	 * them: a replay must count the same.
	 */
	private List<MessageRow> messages(Timestamp from, Timestamp to) {
		Map<String, long[]> counts = new HashMap<>();
		this.jdbc.sql("""
				SELECT payload ->> 'kind' AS kind,
				       count(*) FILTER (WHERE type = :received
				                        AND (payload ->> 'receivedAt')::timestamptz >= :from
				                        AND (payload ->> 'receivedAt')::timestamptz < :to) AS received,
				       count(*) FILTER (WHERE type = :answered
				                        AND (payload ->> 'answeredAt')::timestamptz >= :from
				                        AND (payload ->> 'answeredAt')::timestamptz < :to) AS answered,
				       count(*) FILTER (WHERE type = :answered
				                        AND (payload ->> 'answeredAt')::timestamptz >= :from
				                        AND (payload ->> 'answeredAt')::timestamptz < :to
				                        AND (payload ->> 'withinLimit')::boolean) AS within_limit
				FROM hall_event
				WHERE type IN (:received, :answered)
				GROUP BY payload ->> 'kind'
				""")
			.param("received", EventType.HALL_MESSAGE_RECEIVED.ceType())
			.param("answered", EventType.HALL_MESSAGE_ANSWERED.ceType())
			.param("from", from)
			.param("to", to)
			.query((rs) -> {
				counts.put(rs.getString("kind"),
						new long[] { rs.getLong("received"), rs.getLong("answered"), rs.getLong("within_limit") });
			});
		List<MessageRow> rows = new ArrayList<>();
		for (MessageKind kind : MessageKind.values()) {
			long[] row = counts.getOrDefault(kind.name(), new long[3]);
			rows.add(new MessageRow(kind, kind.label(), row[0], row[1], row[2]));
		}
		return rows;
	}

	private static CategoryRow row(Category category, SubKind subKind, long[] counts) {
		long[] row = (counts != null) ? counts : new long[3];
		return new CategoryRow(category, category.label(), (subKind != null) ? subKind.name() : null,
				(subKind != null) ? subKind.label() : null, row[0], row[1], row[2]);
	}

	private static String key(String category, String subKind) {
		return category + "/" + ((subKind != null) ? subKind : "");
	}

}
