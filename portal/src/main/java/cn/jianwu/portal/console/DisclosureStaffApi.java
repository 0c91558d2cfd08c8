package cn.jianwu.portal.console;

import java.util.Map;

import cn.jianwu.disclosure.api.item.DecisionRequest;
import cn.jianwu.disclosure.api.item.ItemPage;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.ManualCheckRequest;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewRequest;
import cn.jianwu.disclosure.api.redaction.RedactionPreviewResponse;
import cn.jianwu.events.Category;

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
	public ItemPage mine(ConsoleUser user, ItemStatus status, int page, int size) {
		return this.client.get(user, ItemPage.class,
				query("/api/disclosures/mine", status, null, page, size).toUriString());
	}

	/**
	 * Items the caller may read (the department's, or all for leaders and supervisors).
	 */
	public ItemPage list(ConsoleUser user, ItemStatus status, Category category, int page, int size) {
		return this.client.get(user, ItemPage.class,
				query("/api/disclosures", status, category, page, size).toUriString());
	}

	/**
	 * Creates a draft once per {@code idempotencyKey} (the compose page's own key), so
	 * that a form sent twice makes one draft.
	 */
	public StaffItem create(ConsoleUser user, String idempotencyKey, ItemRequest request) {
		return this.client.postOnce(user, idempotencyKey, request, StaffItem.class, "/api/disclosures");
	}

	public StaffItem update(ConsoleUser user, String id, ItemRequest request) {
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
		return this.client.postOnce(user, idempotencyKey, DecisionRequest.comment(comment), StaffItem.class,
				"/api/disclosures/{id}/approve", id);
	}

	public StaffItem reject(ConsoleUser user, String id, String idempotencyKey, String comment) {
		return this.client.postOnce(user, idempotencyKey, DecisionRequest.comment(comment), StaffItem.class,
				"/api/disclosures/{id}/reject", id);
	}

	public StaffItem withdraw(ConsoleUser user, String id, String idempotencyKey, String reason) {
		return this.client.postOnce(user, idempotencyKey, DecisionRequest.reason(reason), StaffItem.class,
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
		this.client.post(user, new ManualCheckRequest((reason != null) ? reason.strip() : null), Void.class,
				"/api/disclosures/{id}/attachments/{attachment}/manual-check", id, attachment);
	}

	RedactionPreviewResponse preview(ConsoleUser user, RedactionPreviewRequest request) {
		return this.client.post(user, request, RedactionPreviewResponse.class, "/api/redaction/preview");
	}

	private static UriComponentsBuilder query(String path, ItemStatus status, Category category, int page, int size) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path)
			.queryParam("page", page)
			.queryParam("size", size);
		if (status != null) {
			uri.queryParam("status", status.name());
		}
		if (category != null) {
			uri.queryParam("category", category.name());
		}
		return uri;
	}

}
