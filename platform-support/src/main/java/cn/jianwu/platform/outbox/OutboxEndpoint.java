package cn.jianwu.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/outbox}: the events committed but not yet acknowledged by Kafka,
 * by event type and state, with the oldest one's time and the most attempts. What an
 * operator looks at when {@code jianwu.outbox.backlog} stays up: a broker outage (every
 * type waiting, attempts growing) looks different from one event type that keeps failing.
 * Never the events themselves, which may carry unpublished text.
 */
@Endpoint(id = "outbox")
public class OutboxEndpoint {

	static final String WAITING = """
			SELECT event_type, coalesce(status, 'UNKNOWN'), count(*), min(publication_date),
			       max(coalesce(completion_attempts, 0))
			FROM event_publication WHERE completion_date IS NULL
			GROUP BY event_type, status ORDER BY min(publication_date)""";

	private final DataSource dataSource;

	OutboxEndpoint(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@ReadOperation
	public Backlog backlog() throws SQLException {
		List<Waiting> waiting = new ArrayList<>();
		try (Connection connection = this.dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(WAITING)) {
			while (rows.next()) {
				Timestamp oldest = rows.getTimestamp(4);
				waiting.add(new Waiting(rows.getString(1), rows.getString(2), rows.getLong(3),
						(oldest != null) ? oldest.toInstant() : null, rows.getInt(5)));
			}
		}
		long total = waiting.stream().mapToLong(Waiting::count).sum();
		Instant oldest = waiting.stream()
			.map(Waiting::oldest)
			.filter((time) -> time != null)
			.min(Instant::compareTo)
			.orElse(null);
		return new Backlog(total, oldest, waiting);
	}

	/**
	 * The whole backlog.
	 *
	 * @param backlog events not yet acknowledged
	 * @param oldest when the oldest of them was committed, {@code null} when none waits
	 * @param waiting the backlog by event type and state
	 */
	public record Backlog(long backlog, Instant oldest, List<Waiting> waiting) {
	}

	/**
	 * Events of one type in one state.
	 *
	 * @param eventType the event's class
	 * @param status Spring Modulith's publication state ({@code PUBLISHED} in flight,
	 * {@code FAILED} waiting for the retry, {@code RESUBMITTED})
	 * @param count how many
	 * @param oldest when the oldest was committed
	 * @param attempts the most hand-overs tried for one of them
	 */
	public record Waiting(String eventType, String status, long count, Instant oldest, int attempts) {
	}

}
