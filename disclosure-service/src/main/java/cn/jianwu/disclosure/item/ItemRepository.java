package cn.jianwu.disclosure.item;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.Exemption;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.NameClearance;
import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.Visibility;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Disclosure items in PostgreSQL, with optimistic locking on {@code version}. */
@Repository
public class ItemRepository {

	private static final String COLUMNS = """
			id, status, revision, published_revision, category, sub_kind, term, visibility, department, important,
			channels, exemptions, persons, addresses, cleared_names, cleared_name_reasons, minor_clearance, title, summary,
			body, publish_at, obligation_id, period, case_stages, revision_note, created_by, edited_by,
			created_at, updated_at, version""";

	private static final String FILTER = "(CAST(:status AS TEXT) IS NULL OR status = :status) "
			+ "AND (CAST(:category AS TEXT) IS NULL OR category = :category) "
			+ "AND (CAST(:department AS TEXT) IS NULL OR department = :department)";

	private static final String AUTHOR_FILTER = "(created_by = :username OR edited_by = :username) "
			+ "AND (CAST(:status AS TEXT) IS NULL OR status = :status)";

	private final JdbcClient jdbc;

	ItemRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(DisclosureItem item) {
		this.jdbc.sql("INSERT INTO disclosure_item (" + COLUMNS + ") VALUES (:id, :status, :revision, "
				+ ":publishedRevision, :category, :subKind, :term, :visibility, :department, :important, :channels, "
				+ ":exemptions, :persons, :addresses, :clearedNames, :clearedNameReasons, :minorClearance, :title, "
				+ ":summary, :body, :publishAt, :obligationId, :period, :caseStages, :revisionNote, :createdBy, :editedBy, "
				+ ":createdAt, :updatedAt, 0)")
			.paramSource(parameters(item))
			.update();
	}

	/**
	 * Stores the item if nobody changed it since it was read; answers the stored item
	 * with its new version, or empty when someone else was first.
	 */
	public Optional<DisclosureItem> update(DisclosureItem item) {
		int updated = this.jdbc.sql("""
				UPDATE disclosure_item SET status = :status, revision = :revision,
				    published_revision = :publishedRevision, category = :category, sub_kind = :subKind, term = :term,
				    visibility = :visibility, department = :department, important = :important, channels = :channels,
				    exemptions = :exemptions, persons = :persons, addresses = :addresses,
				    cleared_names = :clearedNames, cleared_name_reasons = :clearedNameReasons,
				    minor_clearance = :minorClearance, title = :title,
				    summary = :summary, body = :body, publish_at = :publishAt,
				    obligation_id = :obligationId, period = :period, case_stages = :caseStages,
				    revision_note = :revisionNote, edited_by = :editedBy,
				    updated_at = :updatedAt, version = version + 1
				WHERE id = :id AND version = :version
				""").paramSource(parameters(item)).update();
		return (updated == 1) ? findById(item.id()) : Optional.empty();
	}

	/**
	 * @throws DisclosureException {@code not-found} when there is no such item
	 */
	public DisclosureItem get(UUID id) {
		return findById(id).orElseThrow(() -> DisclosureException.notFound(id));
	}

	public Optional<DisclosureItem> findById(UUID id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM disclosure_item WHERE id = :id")
			.param("id", id)
			.query(ItemRepository::map)
			.optional();
	}

	/** A page of items, newest change first; {@code null} filters match everything. */
	public List<DisclosureItem> find(ItemStatus status, Category category, String department, int page, int size) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM disclosure_item WHERE " + FILTER
					+ " ORDER BY updated_at DESC, id LIMIT :size OFFSET :offset")
			.param("status", (status != null) ? status.name() : null)
			.param("category", (category != null) ? category.name() : null)
			.param("department", department)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(ItemRepository::map)
			.list();
	}

	public long count(ItemStatus status, Category category, String department) {
		return this.jdbc.sql("SELECT count(*) FROM disclosure_item WHERE " + FILTER)
			.param("status", (status != null) ? status.name() : null)
			.param("category", (category != null) ? category.name() : null)
			.param("department", department)
			.query(Long.class)
			.single();
	}

	/**
	 * A page of the items a member of staff drafted or last edited, newest change first;
	 * a {@code null} status matches every status.
	 */
	public List<DisclosureItem> findByAuthor(String username, ItemStatus status, int page, int size) {
		return this.jdbc
			.sql("SELECT " + COLUMNS + " FROM disclosure_item WHERE " + AUTHOR_FILTER
					+ " ORDER BY updated_at DESC, id LIMIT :size OFFSET :offset")
			.param("username", username)
			.param("status", (status != null) ? status.name() : null)
			.param("size", size)
			.param("offset", (long) page * size)
			.query(ItemRepository::map)
			.list();
	}

	public long countByAuthor(String username, ItemStatus status) {
		return this.jdbc.sql("SELECT count(*) FROM disclosure_item WHERE " + AUTHOR_FILTER)
			.param("username", username)
			.param("status", (status != null) ? status.name() : null)
			.query(Long.class)
			.single();
	}

	/**
	 * Approved items whose publication time has come, locked for this transaction only.
	 */
	public List<UUID> lockDue(Instant now, int limit) {
		return this.jdbc.sql("""
				SELECT id FROM disclosure_item WHERE status = 'APPROVED' AND (publish_at IS NULL OR publish_at <= :now)
				ORDER BY publish_at NULLS FIRST LIMIT :limit FOR UPDATE SKIP LOCKED
				""").param("now", Timestamp.from(now)).param("limit", limit).query(UUID.class).list();
	}

	private static MapSqlParameterSource parameters(DisclosureItem item) {
		ItemContent content = item.content();
		return new MapSqlParameterSource().addValue("id", item.id())
			.addValue("status", item.status().name())
			.addValue("revision", item.revision())
			.addValue("publishedRevision", item.publishedRevision())
			.addValue("category", content.category().name())
			.addValue("subKind", (content.subKind() != null) ? content.subKind().name() : null)
			.addValue("term", content.term().name())
			.addValue("visibility", content.visibility().name())
			.addValue("department", content.department())
			.addValue("important", content.important())
			.addValue("channels", names(content.channels().stream().map(Channel::id).toList()))
			.addValue("exemptions", names(content.exemptions().stream().map(Enum::name).sorted().toList()))
			.addValue("persons", names(content.persons()))
			.addValue("addresses", names(content.addresses()))
			.addValue("clearedNames", names(content.clearedNames().stream().map(NameClearance::name).toList()))
			.addValue("clearedNameReasons", names(content.clearedNames().stream().map(NameClearance::reason).toList()))
			.addValue("minorClearance", content.minorClearance())
			.addValue("title", content.title())
			.addValue("summary", content.summary())
			.addValue("body", content.body())
			.addValue("publishAt", (content.publishAt() != null) ? Timestamp.from(content.publishAt()) : null)
			.addValue("obligationId", content.obligationId())
			.addValue("period", content.period())
			.addValue("caseStages", names(content.caseStages()))
			.addValue("revisionNote", content.revisionNote())
			.addValue("createdBy", item.createdBy())
			.addValue("editedBy", item.editedBy())
			.addValue("createdAt", Timestamp.from(item.createdAt()))
			.addValue("updatedAt", Timestamp.from(item.updatedAt()))
			.addValue("version", item.version());
	}

	private static String[] names(Collection<String> values) {
		return values.toArray(String[]::new);
	}

	private static List<String> strings(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	private static List<NameClearance> clearances(ResultSet rs) throws SQLException {
		List<String> names = strings(rs, "cleared_names");
		List<String> reasons = strings(rs, "cleared_name_reasons");
		List<NameClearance> clearances = new ArrayList<>(names.size());
		for (int i = 0; i < names.size(); i++) {
			clearances.add(new NameClearance(names.get(i), reasons.get(i)));
		}
		return clearances;
	}

	private static DisclosureItem map(ResultSet rs, int row) throws SQLException {
		String subKind = rs.getString("sub_kind");
		Timestamp publishAt = rs.getTimestamp("publish_at");
		ItemContent content = new ItemContent(Category.valueOf(rs.getString("category")),
				(subKind != null) ? SubKind.valueOf(subKind) : null, Term.valueOf(rs.getString("term")),
				Visibility.valueOf(rs.getString("visibility")), rs.getString("department"), rs.getBoolean("important"),
				strings(rs, "channels").stream().map(Channel::fromId).toList(),
				strings(rs, "exemptions").stream().map(Exemption::valueOf).collect(Collectors.toSet()),
				strings(rs, "persons"), strings(rs, "addresses"), clearances(rs), rs.getString("minor_clearance"),
				rs.getString("title"), rs.getString("summary"), rs.getString("body"),
				(publishAt != null) ? publishAt.toInstant() : null, rs.getString("obligation_id"),
				rs.getString("period"), strings(rs, "case_stages"), rs.getString("revision_note"));
		Integer published = rs.getObject("published_revision", Integer.class);
		return new DisclosureItem(rs.getObject("id", UUID.class), ItemStatus.valueOf(rs.getString("status")),
				rs.getInt("revision"), published, content, rs.getString("created_by"), rs.getString("edited_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

}
