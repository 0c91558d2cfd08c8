package cn.jianwu.casequery.audit;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The audit of every query. Public queries are queued and written in batches every
 * {@code flush-every} (at 1,000 queries a second one insert per query would cost more
 * than the query); desk queries are written at once, in the caller's transaction. The
 * queue is written out when the service stops; a crash loses at most the last
 * {@code flush-every}.
 */
@Component
public class QueryAudit implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(QueryAudit.class);

	private static final String INSERT = "INSERT INTO query_audit (at, channel, outcome, locked_now, client_hash, "
			+ "case_number, officer, visitor_id_last4) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

	private final JdbcTemplate jdbc;

	private final AuditProperties properties;

	private final QueryEvents events;

	private final BlockingQueue<AuditEntry> queue;

	private ScheduledExecutorService writer;

	private volatile boolean running;

	QueryAudit(JdbcTemplate jdbc, AuditProperties properties, QueryEvents events) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.events = events;
		this.queue = new ArrayBlockingQueue<>(properties.queueCapacity());
	}

	/**
	 * Queues an entry; written within {@code flush-every}. Its {@code case.queries} event
	 * leaves at the same time, off the request thread.
	 */
	public void record(AuditEntry entry) {
		if (!this.running || !this.queue.offer(entry)) {
			write(List.of(entry));
		}
		this.events.announce(entry);
	}

	/**
	 * Writes an entry now, in the caller's transaction if there is one; its
	 * {@code case.queries} event leaves off the request thread.
	 */
	public void recordNow(AuditEntry entry) {
		write(List.of(entry));
		this.events.announce(entry);
	}

	/** Writes what is queued. */
	public synchronized void flush() {
		List<AuditEntry> batch = new ArrayList<>(this.properties.batchSize());
		while (this.queue.drainTo(batch, this.properties.batchSize()) > 0) {
			try {
				write(batch);
			}
			catch (RuntimeException ex) {
				log.error("Could not write {} query audit entries", batch.size(), ex);
			}
			batch.clear();
		}
	}

	private void write(List<AuditEntry> entries) {
		this.jdbc.batchUpdate(INSERT, entries, entries.size(), (statement, entry) -> {
			statement.setTimestamp(1, Timestamp.from(entry.at()));
			statement.setString(2, entry.channel().name());
			statement.setString(3, entry.outcome().name());
			statement.setBoolean(4, entry.lockedNow());
			statement.setString(5, entry.clientHash());
			statement.setString(6, entry.caseNumber());
			statement.setString(7, entry.officer());
			statement.setString(8, entry.visitorIdLast4());
		});
	}

	@Override
	public void start() {
		this.writer = Executors.newSingleThreadScheduledExecutor((runnable) -> {
			Thread thread = new Thread(runnable, "query-audit");
			thread.setDaemon(true);
			return thread;
		});
		long every = this.properties.flushEvery().toMillis();
		this.writer.scheduleWithFixedDelay(this::flush, every, every, TimeUnit.MILLISECONDS);
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		this.writer.shutdown();
		try {
			this.writer.awaitTermination(5, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		flush();
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	@Override
	public int getPhase() {
		// Stops after the web server has finished its requests (its phases are -1024 and
		// -2048 below the default), and before the connection pool closes.
		return SmartLifecycle.DEFAULT_PHASE - 4096;
	}

}
