package cn.jianwu.portal.console;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** disclosure-service's staff API, as the console uses it. */
@Component
public class DisclosureStaffApi {

	private final StaffApiClient client;

	DisclosureStaffApi(ConsoleServices services) {
		this.client = services.disclosure();
	}

	public StaffItem item(ConsoleUser user, String id) {
		return this.client.get(user, StaffItem.class, "/api/disclosures/{id}", id);
	}

	/** The caller's own items, newest change first. */
	public ItemLine.Page mine(ConsoleUser user, String status, int page, int size) {
		return this.client.get(user, ItemLine.Page.class,
				query("/api/disclosures/mine", status, null, page, size).toUriString());
	}

	/**
	 * Items the caller may read (the department's, or all for leaders and supervisors).
	 */
	public ItemLine.Page list(ConsoleUser user, String status, String category, int page, int size) {
		return this.client.get(user, ItemLine.Page.class,
				query("/api/disclosures", status, category, page, size).toUriString());
	}

	/**
	 * Creates a draft once per {@code idempotencyKey} (the compose page's own key), so
	 * that a form sent twice makes one draft.
	 */
	public StaffItem create(ConsoleUser user, String idempotencyKey, Map<String, Object> request) {
		return this.client.postOnce(user, idempotencyKey, request, StaffItem.class, "/api/disclosures");
	}

	public StaffItem update(ConsoleUser user, String id, Map<String, Object> request) {
		return this.client.put(user, request, StaffItem.class, "/api/disclosures/{id}", id);
	}

	public StaffItem submit(ConsoleUser user, String id) {
		return this.client.post(user, Map.of(), StaffItem.class, "/api/disclosures/{id}/submit", id);
	}

	/**
	 * The decisions carry the item page's {@code Idempotency-Key}: a decision sent twice
	 * (a double click) is taken once.
	 */
	public StaffItem approve(ConsoleUser user, String id, String idempotencyKey, String comment) {
		return this.client.postOnce(user, idempotencyKey, decision("comment", comment), StaffItem.class,
				"/api/disclosures/{id}/approve", id);
	}

	public StaffItem reject(ConsoleUser user, String id, String idempotencyKey, String comment) {
		return this.client.postOnce(user, idempotencyKey, decision("comment", comment), StaffItem.class,
				"/api/disclosures/{id}/reject", id);
	}

	public StaffItem withdraw(ConsoleUser user, String id, String idempotencyKey, String reason) {
		return this.client.postOnce(user, idempotencyKey, decision("reason", reason), StaffItem.class,
				"/api/disclosures/{id}/withdraw", id);
	}

	public void retry(ConsoleUser user, String id, String channel) {
		this.client.post(user, Map.of(), Void.class, "/api/disclosures/{id}/channels/{channel}/retry", id, channel);
	}

	/** Attaches a file to a draft (disclosure-service checks its type by its content). */
	public void attach(ConsoleUser user, String id, String fileName, byte[] content) {
		MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
		parts.add("file", new ByteArrayResource(content) {

			@Override
			public String getFilename() {
				return (fileName != null && !fileName.isBlank()) ? fileName : "attachment";
			}

		});
		this.client.upload(user, parts, "/api/disclosures/{id}/attachments", id);
	}

	public void detach(ConsoleUser user, String id, String attachment) {
		this.client.delete(user, "/api/disclosures/{id}/attachments/{attachment}", id, attachment);
	}

	/** An approver confirms by hand an attachment the redaction check could not read. */
	public void confirmAttachment(ConsoleUser user, String id, String attachment, String reason) {
		this.client.post(user, decision("reason", reason), Void.class,
				"/api/disclosures/{id}/attachments/{attachment}/manual-check", id, attachment);
	}

	RedactionPreview.Answer preview(ConsoleUser user, String text, List<String> persons, List<String> addresses,
			List<String> clearedNames) {
		return this.client.post(user,
				Map.of("text", text, "persons", persons, "addresses", addresses, "clearedNames", clearedNames),
				RedactionPreview.Answer.class, "/api/redaction/preview");
	}

	private static Map<String, Object> decision(String field, String text) {
		return (text == null || text.isBlank()) ? Map.of() : Map.of(field, text.strip());
	}

	private static UriComponentsBuilder query(String path, String status, String category, int page, int size) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
			.queryParam("page", page)
			.queryParam("size", size);
		if (status != null && !status.isBlank()) {
			uri.queryParam("status", status);
		}
		if (category != null && !category.isBlank()) {
			uri.queryParam("category", category);
		}
		return uri;
	}

}
