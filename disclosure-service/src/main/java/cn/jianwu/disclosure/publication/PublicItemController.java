package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.item.Term;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.PublicItemPage;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Published public items, redacted, for anyone. Internal items never appear here. */
@RestController
@Tag(name = "Public record", description = PublicRecordController.TAG_DESCRIPTION)
class PublicItemController {

	private final PublishedRevisions revisions;

	private final CurrentItems current;

	private final Attachments attachments;

	private final ConditionalGets conditional;

	PublicItemController(PublishedRevisions revisions, CurrentItems current, Attachments attachments,
			ConditionalGets conditional) {
		this.revisions = revisions;
		this.current = current;
		this.attachments = attachments;
		this.conditional = conditional;
	}

	@GetMapping("/api/public/items")
	@Operation(summary = "List current public items, page by page",
			description = "The current revision of each public item that is not withdrawn, newest publication first. "
					+ "When a category, a sub-kind or a term is given, long-term items (LONG_TERM) come first: they "
					+ "stay pinned at the top of their column or section. Filters combine with AND; repeated subKind "
					+ "parameters combine with OR. Supports conditional GETs (ETag, Last-Modified, 304).")
	@ApiResponse(responseCode = "200", description = "One page of items")
	@ApiResponse(responseCode = "304", description = "Nothing published or withdrawn since the caller's copy",
			content = @Content)
	@ApiResponse(responseCode = "400",
			description = "Invalid paging, or a sub-kind that is not a section of the category (Problem Details)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PublicItemPage> list(HttpServletRequest request,
			@Parameter(description = "The column: only items of this category") @RequestParam(
					required = false) Category category,
			@Parameter(description = "A section: only items of any of these sub-kinds (repeatable); each must belong "
					+ "to the category when both are given") @RequestParam(required = false) List<SubKind> subKind,
			@Parameter(description = "Only items of this disclosure term") @RequestParam(required = false) Term term,
			@Parameter(description = "Only items of this responsible department, e.g. 控告申诉检察部") @RequestParam(
					required = false) String department,
			@Parameter(description = "Only guides whose notice of rights and duties applies to this case stage "
					+ "(its Chinese label, e.g. 审查起诉)") @RequestParam(required = false) String stage,
			@Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		if (page < 0 || size < 1 || size > 100) {
			throw DisclosureException.invalid("页码不能为负数，每页条数应在1到100之间。");
		}
		PublicItemQuery query = new PublicItemQuery(category, subKind, term, department, stage);
		return this.conditional.ok(request, () -> page(query, page, size));
	}

	private PublicItemPage page(PublicItemQuery query, int page, int size) {
		return new PublicItemPage(this.current.withAttachments(this.revisions.currentPublic(query, page, size)),
				this.revisions.countPublic(query), page, size);
	}

	@GetMapping("/api/public/items/{id}")
	@Operation(summary = "Read a current public item",
			description = "The current revision's redacted text, with its term, period, case stages and public "
					+ "attachments. Supports conditional GETs (ETag, Last-Modified, 304).")
	@ApiResponse(responseCode = "200", description = "The item")
	@ApiResponse(responseCode = "304", description = "Nothing published or withdrawn since the caller's copy",
			content = @Content)
	@ApiResponse(responseCode = "404", description = "No such public item (internal and unpublished items included)",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "410", description = PublicRecordController.GONE,
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PublicItem> one(HttpServletRequest request, @PathVariable UUID id) {
		return this.conditional.ok(request, () -> this.current.get(id));
	}

	/**
	 * An attachment of the current revision of a public item; nothing of a draft, of an
	 * internal or of a withdrawn item, nor a file a later revision removed (it may have
	 * been removed for what it showed).
	 */
	@GetMapping("/api/public/items/{id}/attachments/{attachmentId}")
	@Operation(summary = "Download an attachment of a public item",
			description = "A file of the item's current revision, as published (metadata removed).")
	@ApiResponse(responseCode = "200", description = "The file")
	@ApiResponse(responseCode = "404", description = "No such public item, or no such file in its current revision",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "410", description = PublicRecordController.GONE,
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<byte[]> attachment(@PathVariable UUID id, @PathVariable UUID attachmentId) {
		PublicItem item = this.current.get(id);
		return this.attachments.publicFile(id, item.revision(), attachmentId)
			.orElseThrow(() -> new DisclosureException(HttpStatus.NOT_FOUND, "attachment-not-found", "未找到该附件",
					"该公开事项没有编号为 " + attachmentId + " 的附件。"))
			.download(CacheControl.noCache().cachePublic());
	}

}
