package cn.jianwu.search.indexing;

import java.util.ArrayList;
import java.util.List;

import cn.jianwu.events.KafkaEnvelope;
import cn.jianwu.events.MalformedEventException;
import cn.jianwu.events.Topics;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import cn.jianwu.search.index.IndexWriter;
import cn.jianwu.search.index.WriteOutcome;
import cn.jianwu.search.indexing.PortalReports.Reported;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Keeps the public index in step with {@code disclosure.events}. Records come in batches
 * (up to {@code max.poll.records}) and are written with one bulk request, so catching up
 * after an outage is fast.
 * <p>
 * When something fails, the batch's records before the failing one count as done and the
 * error handler takes over at that record ({@link BatchListenerFailedException}): a
 * record that can never be indexed goes to {@code disclosure.events.search-service.dlt}
 * after the bounded retries, while an outage of the cluster or the broker is waited out
 * ({@link IndexingConfiguration}).
 */
@Component
class DisclosureIndexer {

	private static final Logger log = LoggerFactory.getLogger(DisclosureIndexer.class);

	private final IndexWriter writer;

	private final PortalReports reports;

	DisclosureIndexer(IndexWriter writer, PortalReports reports) {
		this.writer = writer;
		this.reports = reports;
	}

	@KafkaListener(id = "search-indexer", idIsGroup = false, topics = Topics.DISCLOSURE_EVENTS, batch = "true",
			containerFactory = IndexingConfiguration.CONTAINER_FACTORY)
	void onDisclosureEvents(List<ConsumerRecord<String, byte[]>> records) {
		List<PortalChange> changes = new ArrayList<>(records.size());
		BatchListenerFailedException malformed = null;
		for (int i = 0; i < records.size() && malformed == null; i++) {
			try {
				PortalChange.of(i, KafkaEnvelope.fromRecord(records.get(i)).payload()).ifPresent(changes::add);
			}
			catch (MalformedEventException ex) {
				// The records before it are indexed first; this one then goes straight to
				// the dead-letter topic (the handler does not retry it). It is named by
				// the
				// record, not its position: a filtered batch (replays meant for other
				// consumers) has other positions than the one the handler sees.
				malformed = new BatchListenerFailedException("Record is not a disclosure event", ex, records.get(i));
			}
			catch (RuntimeException ex) {
				// An event this code cannot turn into a document: only this record is
				// retried and dead-lettered, never the whole batch.
				malformed = new BatchListenerFailedException("Event could not be read for the index", ex,
						records.get(i));
			}
		}
		index(changes);
		if (malformed != null) {
			throw malformed;
		}
	}

	private void index(List<PortalChange> changes) {
		if (changes.isEmpty()) {
			return;
		}
		long started = System.nanoTime();
		List<WriteOutcome> outcomes;
		try {
			outcomes = this.writer.write(changes.stream().map(PortalChange::document).toList());
		}
		catch (ElasticsearchUnavailableException ex) {
			log.warn("Elasticsearch is unavailable; indexing waits and tries again: {}", ex.getMessage());
			throw new BatchListenerFailedException("Elasticsearch is unavailable", ex, changes.get(0).record());
		}
		List<Reported> done = new ArrayList<>();
		BatchListenerFailedException failure = null;
		int stale = 0;
		for (int i = 0; i < changes.size() && failure == null; i++) {
			PortalChange change = changes.get(i);
			WriteOutcome outcome = outcomes.get(i);
			switch (outcome.status()) {
				case APPLIED, DUPLICATE -> done.add(new Reported(change, outcome.index()));
				case SUPERSEDED -> stale++;
				case UNAVAILABLE -> failure = new BatchListenerFailedException("Elasticsearch could not take item",
						new ElasticsearchUnavailableException(outcome.error(), null), change.record());
				case FAILED ->
					failure = new BatchListenerFailedException(
							"Elasticsearch refused item", new IllegalStateException("Item " + change.itemId()
									+ " revision " + change.revision() + " refused: " + outcome.error()),
							change.record());
			}
		}
		try {
			this.reports.send(done);
		}
		catch (ReportsNotSentException ex) {
			log.warn("Delivery reports could not be sent; the batch runs again: {}", ex.getMessage());
			throw new BatchListenerFailedException("Delivery reports not sent", ex, changes.get(0).record());
		}
		log.info("Search index took {} of {} changes ({} stale) in {} ms", done.size(), changes.size(), stale,
				(System.nanoTime() - started) / 1_000_000);
		if (failure != null) {
			throw failure;
		}
	}

}
