package cn.jianwu.disclosure.attachment;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ManualCheckRequest;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.api.item.TextStatus;
import cn.jianwu.disclosure.attachment.AttachmentService.Added;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemAccess;
import cn.jianwu.disclosure.item.ItemReads;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import jakarta.validation.Valid;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff API for attachments: upload ({@code multipart/form-data}, field
 * {@code file}), removal, download of the original file and an approver's manual check.
 * The public download of a published item's attachments is {@code GET
 * /api/public/items/{id}/attachments/{aid}}.
 */
@RestController
class AttachmentController {

	private final AttachmentService service;

	private final AttachmentRepository attachments;

	private final ItemReads items;

	private final ManualChecks manualChecks;

	AttachmentController(AttachmentService service, AttachmentRepository attachments, ItemReads items,
			ManualChecks manualChecks) {
		this.service = service;
		this.attachments = attachments;
		this.items = items;
		this.manualChecks = manualChecks;
	}

	@PostMapping("/api/disclosures/{id}/attachments")
	ResponseEntity<AttachmentUploaded> upload(@PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal Jwt token) {
		Added added = this.service.add(id, file, StaffMember.of(token));
		Attachment attachment = added.attachment();
		return ResponseEntity.created(URI.create("/api/disclosures/" + id + "/attachments/" + attachment.id()))
			.body(new AttachmentUploaded(attachment.id(), attachment.fileName(), attachment.mediaType(),
					attachment.size(), attachment.sha256(), attachment.textExtracted(), attachment.textStatus(),
					added.itemVersion()));
	}

	@DeleteMapping("/api/disclosures/{id}/attachments/{attachmentId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable UUID id, @PathVariable UUID attachmentId, @AuthenticationPrincipal Jwt token) {
		this.service.remove(id, attachmentId, StaffMember.of(token));
	}

	/** The original file, for whoever may read the item's working copy. */
	@GetMapping("/api/disclosures/{id}/attachments/{attachmentId}")
	ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@AuthenticationPrincipal Jwt token) {
		DisclosureItem item = this.items.get(id);
		ItemAccess.checkCanRead(item, StaffMember.of(token));
		return this.attachments.original(id, attachmentId)
			.orElseThrow(() -> AttachmentProblems.notFound(attachmentId))
			.download(CacheControl.noStore());
	}

	/**
	 * An approver confirms by hand a file the redaction check could not read: submission
	 * and approval then let it pass.
	 */
	@PostMapping("/api/disclosures/{id}/attachments/{attachmentId}/manual-check")
	StaffItem.Attachment confirm(@PathVariable UUID id, @PathVariable UUID attachmentId,
			@Valid @RequestBody ManualCheckRequest request, @AuthenticationPrincipal Jwt token) {
		// confirmed once, the file needs nothing more of anyone
		return this.manualChecks.confirm(id, attachmentId, StaffMember.of(token), request.reason()).view(List.of());
	}

	/**
	 * What an upload answers.
	 *
	 * @param size the length of the copy the public downloads
	 * @param sha256 the digest of the copy the public downloads
	 * @param textExtracted whether text of the PDF could be read; always {@code false}
	 * for images
	 * @param textStatus how much of it the redaction check sees: anything but
	 * {@code COMPLETE} or {@code IMAGE} waits for an approver's confirmation
	 * @param itemVersion the item's version after the change: an upload is an edit
	 */
	record AttachmentUploaded(UUID id, String fileName, String mediaType, long size, String sha256,
			boolean textExtracted, TextStatus textStatus, long itemVersion) {
	}

}
