package cn.jianwu.disclosure.attachment;

import java.net.URI;
import java.util.UUID;

import cn.jianwu.disclosure.attachment.AttachmentService.Added;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemAccess;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The staff API for attachments: upload ({@code multipart/form-data}, field
 * {@code file}), removal and download of the original file. The public download of a
 * published item's attachments is {@code GET /api/public/items/{id}/attachments/{aid}}.
 */
@RestController
class AttachmentController {

	private final AttachmentService service;

	private final AttachmentRepository attachments;

	private final ItemRepository items;

	AttachmentController(AttachmentService service, AttachmentRepository attachments, ItemRepository items) {
		this.service = service;
		this.attachments = attachments;
		this.items = items;
	}

	@PostMapping("/api/disclosures/{id}/attachments")
	ResponseEntity<AttachmentUploaded> upload(@PathVariable UUID id,
			@RequestParam(name = "file", required = false) MultipartFile file, @AuthenticationPrincipal Jwt token) {
		Added added = this.service.add(id, file, StaffMember.of(token));
		Attachment attachment = added.attachment();
		return ResponseEntity.created(URI.create("/api/disclosures/" + id + "/attachments/" + attachment.id()))
			.body(new AttachmentUploaded(attachment.id(), attachment.fileName(), attachment.mediaType(),
					attachment.size(), attachment.sha256(), attachment.textExtracted(), added.itemVersion()));
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
		DisclosureItem item = this.items.findById(id).orElseThrow(() -> DisclosureException.notFound(id));
		ItemAccess.checkCanRead(item, StaffMember.of(token));
		return this.attachments.file(id, attachmentId)
			.orElseThrow(() -> AttachmentProblems.notFound(attachmentId))
			.download(CacheControl.noStore());
	}

	/**
	 * What an upload answers.
	 *
	 * @param textExtracted whether the PDF's text could be read (and so is checked for
	 * personal data before approval); always {@code false} for images
	 * @param itemVersion the item's version after the change: an upload is an edit
	 */
	record AttachmentUploaded(UUID id, String fileName, String mediaType, long size, String sha256,
			boolean textExtracted, long itemVersion) {
	}

}
