package cn.jianwu.channel.bulletin.screens;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import cn.jianwu.events.Category;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The registered hall screens. */
@Component
class ScreenRegistry {

	private static final String COLUMNS = "id, name, location, categories, seconds_per_item, created_at, updated_at";

	private final JdbcClient jdbc;

	ScreenRegistry(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<Screen> all() {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM screen ORDER BY id").query(ScreenRegistry::screen).list();
	}

	Optional<Screen> find(String id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM screen WHERE id = :id")
			.param("id", id)
			.query(ScreenRegistry::screen)
			.optional();
	}

	/**
	 * Registers a screen unless its id is taken.
	 * @return the new screen, or empty when the id is taken
	 */
	Optional<Screen> create(String id, ScreenSettings settings) {
		return write("INSERT INTO screen (id, name, location, categories, seconds_per_item) "
				+ "VALUES (:id, :name, :location, string_to_array(:categories, ','), :seconds) "
				+ "ON CONFLICT (id) DO NOTHING RETURNING " + COLUMNS, id, settings);
	}

	/**
	 * @return the changed screen, or empty when there is none with the id
	 */
	Optional<Screen> update(String id, ScreenSettings settings) {
		return write("UPDATE screen SET name = :name, location = :location, "
				+ "categories = string_to_array(:categories, ','), seconds_per_item = :seconds, updated_at = now() "
				+ "WHERE id = :id RETURNING " + COLUMNS, id, settings);
	}

	/** Runs an insert or update of one screen's settings that returns the row written. */
	private Optional<Screen> write(String sql, String id, ScreenSettings settings) {
		return this.jdbc.sql(sql)
			.param("id", id)
			.param("name", settings.name().strip())
			.param("location", blankToNull(settings.location()))
			.param("categories", joined(settings.distinctCategories()))
			.param("seconds", settings.secondsPerItem())
			.query(ScreenRegistry::screen)
			.optional();
	}

	boolean delete(String id) {
		return this.jdbc.sql("DELETE FROM screen WHERE id = :id").param("id", id).update() == 1;
	}

	/** The ids of the screens that show a category. */
	List<String> showing(Category category) {
		return this.jdbc.sql("SELECT id FROM screen WHERE :category = ANY (categories) ORDER BY id")
			.param("category", category.name())
			.query(String.class)
			.list();
	}

	private static String joined(List<Category> categories) {
		return categories.stream().map(Category::name).collect(Collectors.joining(","));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	private static Screen screen(ResultSet rs, int row) throws SQLException {
		Array categories = rs.getArray("categories");
		List<Category> shown = Arrays.stream((String[]) categories.getArray()).map(Category::valueOf).toList();
		return new Screen(rs.getString("id"), rs.getString("name"), rs.getString("location"), shown,
				rs.getInt("seconds_per_item"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant());
	}

}
