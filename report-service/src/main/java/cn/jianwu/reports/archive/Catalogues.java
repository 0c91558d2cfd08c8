package cn.jianwu.reports.archive;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.platform.institution.InstitutionProperties;
import cn.jianwu.reports.api.Quarter;
import cn.jianwu.reports.archive.CatalogueEntry.Delivery;
import cn.jianwu.reports.archive.CatalogueEntry.Step;
import cn.jianwu.reports.archive.CatalogueEntry.Withdrawal;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a volume holds, read from the read model: the revisions a department published in
 * a quarter (its days in the institution's zone), with their approvals, deliveries and
 * withdrawals — four queries for the whole volume, whatever its size. The bodies are read
 * one at a time while the ZIP is written.
 */
@Component
class Catalogues {

	private static final TypeReference<List<AttachmentRef>> ATTACHMENTS = new TypeReference<>() {
	};

	/**
	 * The revisions of a volume ({@code r}): department and the quarter's instants [from,
	 * to).
	 */
	private static final String REVISIONS = """
			WHERE r.department = :department AND r.published_at >= :from AND r.published_at < :to
			""";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final InstitutionProperties institution;

	Catalogues(JdbcClient jdbc, JsonMapper json, InstitutionProperties institution) {
		this.jdbc = jdbc;
		this.json = json;
		this.institution = institution;
	}

	/** The departments that published something in the quarter. */
	List<String> departments(Quarter quarter) {
		return this.jdbc.sql("""
				SELECT DISTINCT department FROM item_revision
				WHERE published_at >= :from AND published_at < :to ORDER BY department""")
			.param("from", start(quarter))
			.param("to", start(quarter.next()))
			.query(String.class)
			.list();
	}

	/** The catalogue of a department's volume, in order of publication. */
	List<CatalogueEntry> entries(Quarter quarter, String department) {
		Map<String, List<Step>> steps = new HashMap<>();
		volume("""
				SELECT s.item_id, s.revision, s.action, s.actor, s.actor_role, s.actor_department, s.at
				FROM workflow_step s JOIN item_revision r ON r.item_id = s.item_id AND r.revision = s.revision
				""" + REVISIONS + " AND s.action IN (:actions) ORDER BY s.at, s.event_id", quarter, department)
			.param("actions", List.of(WorkflowAction.SUBMIT.name(), WorkflowAction.APPROVE.name()))
			.query((rs) -> {
				steps.computeIfAbsent(key(rs), (k) -> new ArrayList<>())
					.add(new Step(rs.getString("action"), rs.getString("actor"), rs.getString("actor_role"),
							rs.getString("actor_department"), instant(rs, "at")));
			});
		Map<String, List<Delivery>> deliveries = new HashMap<>();
		volume("""
				SELECT DISTINCT ON (d.item_id, d.revision, d.channel)
				       d.item_id, d.revision, d.channel, d.status, d.attempt, d.external_ref, d.reason, d.reported_at
				FROM delivery_report d JOIN item_revision r ON r.item_id = d.item_id AND r.revision = d.revision
				""" + REVISIONS
				+ " ORDER BY d.item_id, d.revision, d.channel, d.reported_at DESC, d.attempt DESC, d.event_id", quarter,
				department)
			.query((rs) -> {
				deliveries.computeIfAbsent(key(rs), (k) -> new ArrayList<>())
					.add(new Delivery(rs.getString("channel"), rs.getString("status"), rs.getInt("attempt"),
							rs.getString("external_ref"), rs.getString("reason"), instant(rs, "reported_at")));
			});
		Map<String, Withdrawal> withdrawals = new HashMap<>();
		volume("""
				SELECT w.item_id, w.revision, w.reason, w.withdrawn_at
				FROM item_withdrawal w JOIN item_revision r ON r.item_id = w.item_id AND r.revision = w.revision
				""" + REVISIONS, quarter, department).query((rs) -> {
			withdrawals.put(key(rs), new Withdrawal(rs.getString("reason"), instant(rs, "withdrawn_at")));
		});
		return volume("""
				SELECT r.item_id, r.revision, r.replaces_revision, r.category, r.sub_kind, r.title, r.visibility,
				       r.published_at, r.channels, r.attachments::text AS attachments
				FROM item_revision r
				""" + REVISIONS + " ORDER BY r.published_at, r.item_id, r.revision", quarter, department)
			.query((rs, row) -> {
				String key = key(rs);
				return new CatalogueEntry(rs.getString("item_id"), rs.getInt("revision"),
						(Integer) rs.getObject("replaces_revision"), rs.getString("category"), rs.getString("sub_kind"),
						rs.getString("title"), rs.getString("visibility"), instant(rs, "published_at"),
						strings(rs.getArray("channels")), this.json.readValue(rs.getString("attachments"), ATTACHMENTS),
						steps.getOrDefault(key, List.of()), sortedByChannel(deliveries.getOrDefault(key, List.of())),
						withdrawals.get(key));
			})
			.list();
	}

	/** A revision's redacted text (HTML). */
	String body(String itemId, int revision) {
		return this.jdbc.sql("SELECT body FROM item_revision WHERE item_id = :itemId AND revision = :revision")
			.param("itemId", itemId)
			.param("revision", revision)
			.query(String.class)
			.single();
	}

	/** The first instant of a quarter in the institution's zone. */
	Timestamp start(Quarter quarter) {
		return Timestamp.from(quarter.firstDay().atStartOfDay(this.institution.zone()).toInstant());
	}

	private JdbcClient.StatementSpec volume(String sql, Quarter quarter, String department) {
		return this.jdbc.sql(sql)
			.param("department", department)
			.param("from", start(quarter))
			.param("to", start(quarter.next()));
	}

	private static List<Delivery> sortedByChannel(List<Delivery> deliveries) {
		return deliveries.stream().sorted((a, b) -> a.channel().compareTo(b.channel())).toList();
	}

	private static String key(ResultSet rs) throws SQLException {
		return rs.getString("item_id") + "#" + rs.getInt("revision");
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

}
