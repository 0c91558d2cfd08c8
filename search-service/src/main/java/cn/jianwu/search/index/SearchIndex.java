package cn.jianwu.search.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import co.elastic.clients.elasticsearch._types.mapping.Property;
import co.elastic.clients.elasticsearch.cluster.HealthResponse;
import co.elastic.clients.elasticsearch.indices.get_mapping.IndexMappingRecord;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The public index behind its alias: creates it when missing, and creates the versioned
 * indices a rebuild fills. Elasticsearch is a derived store: an empty cluster is filled
 * again from disclosure-service.
 */
@Component
public class SearchIndex {

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private static final String DEFINITION = "cn/jianwu/search/index/disclosures-index.json";

	private static final ObjectMapper JSON = new ObjectMapper();

	/**
	 * How long a look at the alias's fields holds: a rebuild on any instance may swap the
	 * alias to an index of another design.
	 */
	private static final long FIELDS_CHECK_NANOS = Duration.ofMinutes(1).toNanos();

	private final ElasticsearchClient client;

	private final SearchIndexProperties properties;

	private volatile FieldsCheck gramsCheck;

	SearchIndex(ElasticsearchClient client, SearchIndexProperties properties) {
		this.client = client;
		this.properties = properties;
	}

	/** The name searches and the indexer use. */
	public String alias() {
		return this.properties.alias();
	}

	/**
	 * Whether the index behind the alias has the {@code .grams} fields (runs of 2 to 4
	 * characters as terms). An index built before them keeps being searched with phrase
	 * queries on character pairs until a rebuild; looked up at most once a minute.
	 */
	public boolean hasGrams() throws IOException {
		FieldsCheck check = this.gramsCheck;
		if (check == null || System.nanoTime() - check.at() > FIELDS_CHECK_NANOS) {
			// The index's mapping as the cluster state holds it: the field-mapping API
			// answers from the shard, and reports no fields while a new index's shard is
			// still starting (seen on a busy machine right after creation).
			var indices = this.client.indices()
				.getMapping((request) -> request.index(this.properties.alias()).ignoreUnavailable(true))
				.result()
				.values();
			if (indices.isEmpty()) {
				// No index behind the alias yet: the one about to be created has the
				// fields; nothing to remember.
				return true;
			}
			boolean present = indices.stream().allMatch(SearchIndex::titleHasGrams);
			check = new FieldsCheck(present, System.nanoTime());
			this.gramsCheck = check;
		}
		return check.present();
	}

	private static boolean titleHasGrams(IndexMappingRecord index) {
		Property title = index.mappings().properties().get("title");
		return title != null && title.isText() && title.text().fields().containsKey("grams");
	}

	/**
	 * Forgets what {@link #hasGrams()} found, after the index behind the alias changed
	 * (created, or swapped by a rebuild).
	 */
	public void indexChanged() {
		this.gramsCheck = null;
	}

	/**
	 * Ensures the alias points at an index whose primary shard is active; answers whether
	 * it had to create one.
	 * @throws IndexNotReadyException while the shard is still being allocated
	 */
	public boolean ensureExists() throws IOException {
		String alias = this.properties.alias();
		boolean created = false;
		if (!this.client.indices().existsAlias((request) -> request.name(alias)).value()) {
			String index = this.properties.versionedIndex(this.properties.indexVersion());
			this.client.indices()
				.create((request) -> request.index(index)
					.withJson(new StringReader(definition()))
					.aliases(alias, (a) -> a.isWriteIndex(true)));
			log.info("Created index {} behind alias {}", index, alias);
			created = true;
			indexChanged();
		}
		else {
			addNewFields(alias);
		}
		awaitPrimaryShard(alias);
		return created;
	}

	/**
	 * Creates the next versioned index for a rebuild, with only the given alias (never
	 * the search alias: the rebuild swaps that once the index is full).
	 * @param version the version, e.g. 2 for {@code disclosures-v2}
	 * @param rebuildAlias the alias the indexer writes through while the rebuild runs
	 * @return the index name
	 */
	public String createVersion(int version, String rebuildAlias) throws IOException {
		String index = this.properties.versionedIndex(version);
		this.client.indices()
			.create((request) -> request.index(index)
				.withJson(new StringReader(definition()))
				.aliases(rebuildAlias, (a) -> a.isWriteIndex(true)));
		awaitPrimaryShard(index);
		log.info("Created index {} for a rebuild", index);
		return index;
	}

	/** The concrete index the alias points at, if there is one. */
	public Optional<String> currentIndex() throws IOException {
		String alias = this.properties.alias();
		if (!this.client.indices().existsAlias((request) -> request.name(alias)).value()) {
			return Optional.empty();
		}
		Set<String> indices = this.client.indices().getAlias((request) -> request.name(alias)).result().keySet();
		return indices.stream().findFirst();
	}

	/**
	 * The highest version among the existing {@code <alias>-v<N>} indices, behind the
	 * alias or not (a failed rebuild may have left one).
	 */
	public int highestVersion() throws IOException {
		Pattern versioned = Pattern.compile(Pattern.quote(this.properties.alias()) + "-v(\\d+)");
		int highest = 0;
		for (String index : this.client.indices()
			.get((request) -> request.index(this.properties.alias() + "-v*"))
			.result()
			.keySet()) {
			Matcher matcher = versioned.matcher(index);
			if (matcher.matches()) {
				highest = Math.max(highest, Integer.parseInt(matcher.group(1)));
			}
		}
		return highest;
	}

	/**
	 * Waits until the index's primary shard is active.
	 * @throws IndexNotReadyException when it is not within 30 s
	 */
	public void awaitPrimaryShard(String index) throws IOException {
		// Creating an index returns once the master has accepted it; on a busy machine
		// the shard may start later, and until then every search or analyze answers 503.
		HealthResponse health = this.client.cluster()
			.health((request) -> request.index(index).waitForStatus(HealthStatus.Yellow).timeout((t) -> t.time("30s")));
		if (health.timedOut()) {
			throw new IndexNotReadyException(index, health.status());
		}
	}

	// An index created by an older build lacks the fields added since; new fields can be
	// added in place, so the indexer's documents (strict mapping) fit again without a
	// rebuild. Changed settings of existing fields (analyzers, offsets) take effect with
	// the next rebuild.
	private void addNewFields(String alias) throws IOException {
		JsonNode wanted = JSON.readTree(definition()).get("mappings").get("properties");
		Set<String> present = new HashSet<>();
		this.client.indices()
			.getMapping((request) -> request.index(alias))
			.result()
			.values()
			.forEach((index) -> present.addAll(index.mappings().properties().keySet()));
		ObjectNode missing = JSON.createObjectNode();
		List<String> names = new ArrayList<>();
		wanted.fields().forEachRemaining((field) -> {
			if (!present.contains(field.getKey())) {
				JsonNode definition = field.getValue().deepCopy();
				// The .grams sub-fields need analyzers an older index lacks (analysis
				// settings cannot change on an open index); they come with a rebuild, and
				// until then the index is searched with pair phrases (hasGrams).
				if (definition.get("fields") instanceof ObjectNode subFields) {
					subFields.remove("grams");
				}
				missing.set(field.getKey(), definition);
				names.add(field.getKey());
			}
		});
		if (names.isEmpty()) {
			return;
		}
		String mappings = JSON.writeValueAsString(JSON.createObjectNode().set("properties", missing));
		try {
			this.client.indices().putMapping((request) -> request.index(alias).withJson(new StringReader(mappings)));
			log.info("Added the fields {} to the index behind {}", names, alias);
		}
		catch (ElasticsearchException ex) {
			log.warn("Could not add the fields {} to the index behind {}; rebuild the index: {}", names, alias,
					ex.getMessage());
		}
	}

	private record FieldsCheck(boolean present, long at) {
	}

	private String definition() {
		try (InputStream in = new ClassPathResource(DEFINITION).getInputStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${textAnalyzer}",
					this.properties.textAnalyzer());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
