package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Category;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published public items, redacted, for anyone. Internal items never appear here. */
@RestController
class PublicItemController {

	private final PublishedRevisions revisions;

	private final Attachments attachments;

	PublicItemController(PublishedRevisions revisions, Attachments attachments) {
		this.revisions = revisions;
		this.attachments = attachments;
	}

	@GetMapping("/api/public/items")
	PublicItemPage list(@RequestParam(required = false) Category category, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > 100) {
			throw DisclosureException.invalid("页码不能为负数，每页条数应在1到100之间。");
		}
		List<PublicItem> items = this.revisions.currentPublic(category, page, size);
		Map<UUID, List<AttachmentRef>> refs = this.attachments.publicRefs(
				items.stream().collect(Collectors.toMap((item) -> UUID.fromString(item.id()), PublicItem::revision)));
		return new PublicItemPage(items.stream()
			.map((item) -> item.withAttachments(refs.getOrDefault(UUID.fromString(item.id()), List.of())))
			.toList(), this.revisions.countPublic(category), page, size);
	}

	@GetMapping("/api/public/items/{id}")
	PublicItem one(@PathVariable UUID id) {
		PublicItem item = this.revisions.currentPublic(id).orElseThrow(() -> DisclosureException.notFound(id));
		return item
			.withAttachments(this.attachments.publicRefs(Map.of(id, item.revision())).getOrDefault(id, List.of()));
	}

	/**
	 * An attachment of the published revision of a public item; nothing of a draft, of an
	 * internal or of a withdrawn item.
	 */
	@GetMapping("/api/public/items/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		PublicItem item = this.revisions.currentPublic(id).orElseThrow(() -> DisclosureException.notFound(id));
		return this.attachments.publicFile(id, item.revision(), attachmentId)
			.orElseThrow(() -> new DisclosureException(HttpStatus.NOT_FOUND, "attachment-not-found", "未找到该附件",
					"该公开事项没有编号为 " + attachmentId + " 的附件。"))
			.download(CacheControl.noCache().cachePublic());
	}

}
