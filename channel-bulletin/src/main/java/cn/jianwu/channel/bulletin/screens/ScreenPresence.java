package cn.jianwu.channel.bulletin.screens;

import java.lang.management.ManagementFactory;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which screens are connected, and since when: written on connect, on every heartbeat and
 * on disconnect, read by the status page and by the screens port. Kept in the database so
 * that each instance knows the screens connected to the others.
 */
@Component
class ScreenPresence {

	private final JdbcClient jdbc;

	private final ScreensProperties properties;

	/** This instance, so that it only marks its own screens as gone. */
	private final String instance = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID();

	ScreenPresence(JdbcClient jdbc, ScreensProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	/**
	 * Records that the screens are connected here now; a screen that was away is online
	 * from now on.
	 */
	void seen(Collection<String> screenIds) {
		for (String screenId : screenIds) {
			this.jdbc.sql("""
					INSERT INTO screen_presence (screen_id, instance, online_since, last_seen)
					SELECT id, :instance, now(), now() FROM screen WHERE id = :screenId
					ON CONFLICT (screen_id) DO UPDATE SET instance = EXCLUDED.instance, last_seen = now(),
					    online_since = CASE
					        WHEN screen_presence.online_since IS NULL
					          OR screen_presence.last_seen < now() - CAST(:timeout AS interval) THEN now()
					        ELSE screen_presence.online_since END
					""")
				.param("instance", this.instance)
				.param("screenId", screenId)
				.param("timeout", this.properties.onlineTimeout().toMillis() + " milliseconds")
				.update();
		}
	}

	/** The screen's last connection to this instance closed. */
	void left(String screenId) {
		this.jdbc.sql("""
				UPDATE screen_presence SET online_since = NULL, last_seen = now()
				WHERE screen_id = :screenId AND instance = :instance
				""").param("screenId", screenId).param("instance", this.instance).update();
	}

	/** Those of the screens that are connected to another instance. */
	Set<String> onlineElsewhere(Collection<String> screenIds) {
		if (screenIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				SELECT screen_id FROM screen_presence
				WHERE screen_id IN (:ids) AND instance <> :instance AND online_since IS NOT NULL
				  AND last_seen >= now() - CAST(:timeout AS interval)
				""")
			.param("ids", List.copyOf(screenIds))
			.param("instance", this.instance)
			.param("timeout", this.properties.onlineTimeout().toMillis() + " milliseconds")
			.query(String.class)
			.list());
	}

	/**
	 * Those of the screens whose last connection closed within the period (their stream
	 * ended, the page reconnects in seconds) and that have not come back yet.
	 */
	Set<String> leftWithin(Collection<String> screenIds, Duration period) {
		if (screenIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				SELECT screen_id FROM screen_presence
				WHERE screen_id IN (:ids) AND online_since IS NULL
				  AND last_seen >= now() - CAST(:period AS interval)
				""")
			.param("ids", List.copyOf(screenIds))
			.param("period", period.toMillis() + " milliseconds")
			.query(String.class)
			.list());
	}

	/**
	 * Those of the screens connected (to any instance) since the instant; their snapshot
	 * was read after it.
	 */
	Set<String> connectedSince(Collection<String> screenIds, Instant since) {
		if (screenIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc.sql("""
				SELECT screen_id FROM screen_presence
				WHERE screen_id IN (:ids) AND online_since IS NOT NULL AND online_since >= :since
				""")
			.param("ids", List.copyOf(screenIds))
			.param("since", Timestamp.from(since))
			.query(String.class)
			.list());
	}

	/** Every registered screen with whether it is online. */
	List<ScreenStatus> status() {
		return this.jdbc.sql("""
				SELECT s.id, s.name, s.location, p.online_since, p.last_seen,
				       (p.online_since IS NOT NULL AND p.last_seen >= now() - CAST(:timeout AS interval)) AS online
				FROM screen s LEFT JOIN screen_presence p ON p.screen_id = s.id
				ORDER BY s.id
				""").param("timeout", this.properties.onlineTimeout().toMillis() + " milliseconds").query((rs, row) -> {
			boolean online = rs.getBoolean("online");
			return new ScreenStatus(rs.getString("id"), rs.getString("name"), rs.getString("location"), online,
					online ? instant(rs.getTimestamp("online_since")) : null, instant(rs.getTimestamp("last_seen")));
		}).list();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
