package cn.jianwu.search.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.ErrorCause;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.core.MgetResponse;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import co.elastic.clients.elasticsearch.core.get.GetResult;
import co.elastic.clients.elasticsearch.core.mget.MultiGetResponseItem;
import cn.jianwu.search.elasticsearch.ElasticsearchUnavailableException;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Writes documents with one bulk request, each with its revision as external version:
 * Elasticsearch itself refuses a revision older than the one it holds, whatever order
 * events arrive in. A published revision must be newer than what is there
 * ({@code external}); a tombstone may replace the same revision ({@code external_gte}),
 * since withdrawing revision N replaces published revision N.
 */
@Component
public class IndexWriter {

	private static final Logger log = LoggerFactory.getLogger(IndexWriter.class);

	private final ElasticsearchClient client;

	private final SearchIndexProperties properties;

	private final RebuildWriteTarget rebuild;

	IndexWriter(ElasticsearchClient client, SearchIndexProperties properties, RebuildWriteTarget rebuild) {
		this.client = client;
		this.properties = properties;
		this.rebuild = rebuild;
	}

	/**
	 * Writes through the search alias and, while a rebuild runs, through the rebuild
	 * alias too (a conflict or a vanished alias there is of no concern).
	 * @param documents in event order
	 * @return the outcome of each document in the search alias, in the same order
	 * @throws ElasticsearchUnavailableException when the cluster cannot be reached
	 */
	public List<WriteOutcome> write(List<ItemDocument> documents) {
		if (documents.isEmpty()) {
			return List.of();
		}
		try {
			List<String> targets = new ArrayList<>(List.of(this.properties.alias()));
			if (this.rebuild.active()) {
				targets.add(this.rebuild.alias());
			}
			BulkResponse response = this.client.bulk(request(documents, targets, true));
			List<WriteOutcome> outcomes = new ArrayList<>(documents.size());
			Set<String> conflicting = new LinkedHashSet<>();
			for (int i = 0; i < documents.size(); i++) {
				BulkResponseItem item = response.items().get(i * targets.size());
				WriteOutcome outcome = outcome(item);
				if (outcome == null) {
					conflicting.add(documents.get(i).id());
				}
				for (int t = 1; t < targets.size(); t++) {
					outcome = withSecondTarget(outcome, response.items().get(i * targets.size() + t));
				}
				outcomes.add(outcome);
			}
			return conflicting.isEmpty() ? outcomes : resolveConflicts(documents, outcomes, conflicting);
		}
		catch (IOException | ElasticsearchException ex) {
			throw ElasticsearchUnavailableException.translate(ex);
		}
	}

	/**
	 * Fills one index directly (a rebuild). A conflict means the index holds a newer
	 * revision already, written by the indexer meanwhile.
	 * @return how many documents the index took
	 * @throws ElasticsearchUnavailableException when the cluster cannot be reached
	 * @throws IllegalStateException when the cluster refused a document
	 */
	public int writeTo(String index, List<ItemDocument> documents) {
		if (documents.isEmpty()) {
			return 0;
		}
		try {
			BulkResponse response = this.client.bulk(request(documents, List.of(index), false));
			int applied = 0;
			for (BulkResponseItem item : response.items()) {
				if (item.error() == null) {
					applied++;
				}
				else if (item.status() != 409) {
					ErrorCause error = item.error();
					if (ElasticsearchUnavailableException.isUnavailability(item.status(), error.type())) {
						throw new ElasticsearchUnavailableException(
								"Elasticsearch could not take a document: " + error.reason(), null);
					}
					throw new IllegalStateException("Elasticsearch refused document " + item.id() + " (" + error.type()
							+ "): " + error.reason());
				}
			}
			return applied;
		}
		catch (IOException | ElasticsearchException ex) {
			throw ElasticsearchUnavailableException.translate(ex);
		}
	}

	/**
	 * @param aliases whether the targets are aliases: then require_alias keeps a write to
	 * an alias that is missing (not created yet, or a rebuild just ended) from creating a
	 * stray index of that name with a guessed mapping
	 */
	private static BulkRequest request(List<ItemDocument> documents, List<String> targets, boolean aliases) {
		BulkRequest.Builder bulk = new BulkRequest.Builder();
		for (ItemDocument document : documents) {
			VersionType versionType = document.tombstone() ? VersionType.ExternalGte : VersionType.External;
			for (String target : targets) {
				bulk.operations((op) -> op.index((write) -> write.index(target)
					.id(document.id())
					.version((long) document.revision())
					.versionType(versionType)
					.requireAlias(aliases ? Boolean.TRUE : null)
					.document(document)));
			}
		}
		return bulk.build();
	}

	/** The outcome of a write, or {@code null} for a version conflict. */
	private static WriteOutcome outcome(BulkResponseItem item) {
		ErrorCause error = item.error();
		if (error == null) {
			return WriteOutcome.applied(item.index());
		}
		if (item.status() == 409) {
			return null;
		}
		if (ElasticsearchUnavailableException.isUnavailability(item.status(), error.type())) {
			return new WriteOutcome(WriteOutcome.Status.UNAVAILABLE, null, error.type() + ": " + error.reason());
		}
		return WriteOutcome.failed(error.type() + ": " + error.reason());
	}

	private static WriteOutcome withSecondTarget(WriteOutcome outcome, BulkResponseItem item) {
		ErrorCause error = item.error();
		if (error == null || item.status() == 409 || "index_not_found_exception".equals(error.type())) {
			return outcome;
		}
		if (ElasticsearchUnavailableException.isUnavailability(item.status(), error.type())) {
			return new WriteOutcome(WriteOutcome.Status.UNAVAILABLE, null, error.type() + ": " + error.reason());
		}
		// The rebuild compares counts at the end; the search alias decides the outcome.
		log.warn("The index being rebuilt refused document {}: {}", item.id(), error.type());
		return outcome;
	}

	// A conflict is either a redelivery of what the index holds (report it again) or a
	// stale event (say nothing): only the current version tells them apart.
	private List<WriteOutcome> resolveConflicts(List<ItemDocument> documents, List<WriteOutcome> outcomes,
			Set<String> ids) throws IOException {
		MgetResponse<CurrentVersion> current = this.client.mget(
				(request) -> request.index(this.properties.alias()).ids(List.copyOf(ids)).sourceIncludes("tombstone"),
				CurrentVersion.class);
		Map<String, GetResult<CurrentVersion>> found = new HashMap<>();
		for (MultiGetResponseItem<CurrentVersion> doc : current.docs()) {
			if (doc.isResult() && doc.result().found()) {
				found.put(doc.result().id(), doc.result());
			}
		}
		List<WriteOutcome> resolved = new ArrayList<>(outcomes);
		for (int i = 0; i < documents.size(); i++) {
			if (resolved.get(i) != null) {
				continue;
			}
			ItemDocument document = documents.get(i);
			GetResult<CurrentVersion> held = found.get(document.id());
			boolean same = held != null && held.version() != null && held.version() == document.revision()
					&& held.source() != null && held.source().tombstone() == document.tombstone();
			resolved.set(i, same ? new WriteOutcome(WriteOutcome.Status.DUPLICATE, held.index(), null)
					: new WriteOutcome(WriteOutcome.Status.SUPERSEDED, null, null));
		}
		return resolved;
	}

	/** What a conflict is checked against. */
	@JsonIgnoreProperties(ignoreUnknown = true)
	record CurrentVersion(boolean tombstone) {
	}

}
