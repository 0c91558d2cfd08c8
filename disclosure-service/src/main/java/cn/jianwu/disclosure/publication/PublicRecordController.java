package cn.jianwu.disclosure.publication;

import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.SubKind;
import cn.jianwu.disclosure.api.publication.PublicChangePage;
import cn.jianwu.disclosure.api.publication.PublicHistory;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.api.publication.SitemapPage;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.Category;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open history of the public record, for anyone: an item's published revisions with
 * the reasons staff gave, each revision's text, the newest changes (what the feeds are
 * made of) and the sitemap's pages.
 */
@RestController
@Tag(name = "Public record", description = PublicRecordController.TAG_DESCRIPTION)
class PublicRecordController {

	static final String TAG_DESCRIPTION = "Anonymous, read-only access to everything the procuratorate has published "
			+ "(redacted text only). Every answer carries Last-Modified (the newest publication or withdrawal of the "
			+ "whole record) and a weak ETag, and Cache-Control: public, max-age=60; send If-None-Match or "
			+ "If-Modified-Since to get 304 Not Modified while nothing changed. An address of a withdrawn item "
			+ "answers 410 Gone (Problem Details of type .../item-withdrawn whose 'withdrawal' property is the "
			+ "withdrawal notice: title, publication and withdrawal dates, public reason; never the withdrawn text).";

	static final String GONE = "The item was withdrawn: Problem Details (type .../item-withdrawn) whose 'withdrawal' "
			+ "property holds the notice (title, dates, public reason), never the withdrawn text";

	private static final String NOT_MODIFIED = "Nothing published or withdrawn since the caller's copy";

	private final CurrentItems current;

	private final PublicRecord record;

	private final PublicSitemap sitemap;

	private final ConditionalGets conditional;

	PublicRecordController(CurrentItems current, PublicRecord record, PublicSitemap sitemap,
			ConditionalGets conditional) {
		this.current = current;
		this.record = record;
		this.sitemap = sitemap;
		this.conditional = conditional;
	}

	@GetMapping("/api/public/items/{id}/revisions")
	@Operation(summary = "The open history of a public item",
			description = "Every public revision of the item, newest first, with its publication time and the "
					+ "revision note staff gave (null for the first revision). Each revision's text is at "
					+ "/api/public/items/{id}/revisions/{revision}.")
	@ApiResponse(responseCode = "200", description = "The history")
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED, content = @Content)
	@ApiResponse(responseCode = "404", description = "No such public item",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "410", description = GONE, content = @Content(mediaType = "application/problem+json",
			schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PublicHistory> history(HttpServletRequest request, @PathVariable UUID id) {
		return this.conditional.ok(request, () -> {
			PublicItem item = this.current.get(id);
			return new PublicHistory(item.id(), item.title(), this.record.history(id));
		});
	}

	@GetMapping("/api/public/items/{id}/revisions/{revision}")
	@Operation(summary = "One published revision of a public item",
			description = "The redacted text of that revision as it was published, with that revision's public "
					+ "attachments; for comparing revisions.")
	@ApiResponse(responseCode = "200", description = "The revision")
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED, content = @Content)
	@ApiResponse(responseCode = "404", description = "No such public item, or no such public revision of it",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "410", description = GONE, content = @Content(mediaType = "application/problem+json",
			schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PublicItem> revision(HttpServletRequest request, @PathVariable UUID id,
			@Parameter(description = "The revision number, from 1") @PathVariable int revision) {
		return this.conditional.ok(request, () -> {
			this.current.get(id);
			return this.current.withAttachments(this.record.revision(id, revision)
				.orElseThrow(() -> new DisclosureException(HttpStatus.NOT_FOUND, "revision-not-found", "未找到该版本",
						"该公开事项没有已公开的第 " + revision + " 版。")));
		});
	}

	@GetMapping("/api/public/changes")
	@Operation(summary = "The newest changes of the public record",
			description = "Newest first: each public revision published (PUBLISHED for an item's first public "
					+ "revision, REVISED with its revision note for later ones) and each withdrawal (WITHDRAWN, with "
					+ "the public reason, without summary). Internal revisions never appear. What the Atom feeds "
					+ "are made of.")
	@ApiResponse(responseCode = "200", description = "The changes")
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED, content = @Content)
	@ApiResponse(responseCode = "400",
			description = "A limit out of range, or a sub-kind that is not a section of the category",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<PublicChangePage> changes(HttpServletRequest request,
			@Parameter(description = "Only changes of this category") @RequestParam(required = false) Category category,
			@Parameter(description = "Only changes of this sub-kind") @RequestParam(required = false) SubKind subKind,
			@Parameter(description = "How many changes, 1 to " + PublicChangePage.MAX_LIMIT) @RequestParam(
					defaultValue = "50") int limit) {
		if (limit < 1 || limit > PublicChangePage.MAX_LIMIT) {
			throw DisclosureException.invalid("条数应在1到" + PublicChangePage.MAX_LIMIT + "之间。");
		}
		PublicItemQuery query = new PublicItemQuery(category, (subKind != null) ? List.of(subKind) : List.of(), null,
				null, null);
		return this.conditional.ok(request, () -> new PublicChangePage(this.record.changes(query, limit)));
	}

	@GetMapping("/api/public/sitemap")
	@Operation(summary = "A page of the current public items for sitemaps",
			description = "Each current public item's id and when its current revision was published, in item id "
					+ "order (a page holds the same items while nothing is published or withdrawn), with the total "
					+ "for splitting a sitemap index.")
	@ApiResponse(responseCode = "200", description = "The page")
	@ApiResponse(responseCode = "304", description = NOT_MODIFIED, content = @Content)
	@ApiResponse(responseCode = "400", description = "Invalid paging",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<SitemapPage> sitemap(HttpServletRequest request,
			@Parameter(description = "The page, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Entries per page, 1 to " + SitemapPage.MAX_SIZE) @RequestParam(
					defaultValue = "" + SitemapPage.MAX_SIZE) int size) {
		if (page < 0 || size < 1 || size > SitemapPage.MAX_SIZE) {
			throw DisclosureException.invalid("页码不能为负数，每页条数应在1到" + SitemapPage.MAX_SIZE + "之间。");
		}
		return this.conditional.ok(request, () -> this.sitemap.page(page, size));
	}

}
