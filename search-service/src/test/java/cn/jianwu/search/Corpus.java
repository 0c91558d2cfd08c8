package cn.jianwu.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.Visibility;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Realistic published items of a district procuratorate (test resource
 * {@code corpus.json}): legal documents, a work report, appointments, case-handling
 * procedure, typical cases. Each test run gives them fresh ids.
 */
public final class Corpus {

	private final Map<String, DisclosurePublished> items = new LinkedHashMap<>();

	private Corpus(List<Entry> entries) {
		for (Entry entry : entries) {
			String id = UUID.randomUUID().toString();
			List<AttachmentRef> attachments = entry.attachments()
				.stream()
				.map((name) -> new AttachmentRef(UUID.randomUUID().toString(), name,
						name.endsWith(".png") ? "image/png" : "application/pdf", 1024,
						"http://localhost:8080/api/public/items/" + id + "/attachments/x"))
				.toList();
			this.items.put(entry.key(),
					new DisclosurePublished(id, 1, Category.valueOf(entry.category()), entry.subKind(), entry.title(),
							entry.summary(), entry.body(), entry.department(), Visibility.PUBLIC,
							List.of(Channel.PORTAL, Channel.WEIBO, Channel.BULLETIN),
							Instant.parse(entry.publishedAt()), "http://localhost:8080/items/" + id, attachments));
		}
	}

	public static Corpus load() {
		return load("corpus.json");
	}

	/** The items of the given resources (beside this class), in their order. */
	public static Corpus load(String... resources) {
		ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
		List<Entry> entries = new ArrayList<>();
		for (String resource : resources) {
			try (InputStream in = Corpus.class.getResourceAsStream(resource)) {
				entries.addAll(List.of(json.readValue(in, Entry[].class)));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return new Corpus(entries);
	}

	public List<DisclosurePublished> all() {
		return List.copyOf(this.items.values());
	}

	public DisclosurePublished item(String key) {
		DisclosurePublished item = this.items.get(key);
		if (item == null) {
			throw new IllegalArgumentException("No corpus item " + key);
		}
		return item;
	}

	public String id(String key) {
		return item(key).itemId();
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Entry(String key, String category, String subKind, String department, String publishedAt, String title,
			String summary, String body, List<String> attachments) {
	}

}
