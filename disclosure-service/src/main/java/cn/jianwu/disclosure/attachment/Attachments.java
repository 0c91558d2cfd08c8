package cn.jianwu.disclosure.attachment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.attachment.AttachmentRepository.NamedText;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.Visibility;
import cn.jianwu.redaction.RedactionCheck;
import cn.jianwu.redaction.RedactionScanner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the rest of the service reads of attachments: the list staff see, the refusal when
 * an attachment still identifies someone, and what the public may download of a published
 * revision.
 */
@Component
public class Attachments {

	private final AttachmentRepository repository;

	private final RedactionScanner scanner;

	private final String portalBaseUrl;

	Attachments(AttachmentRepository repository, RedactionScanner scanner,
			@Value("${jianwu.portal.base-url}") String portalBaseUrl) {
		this.repository = repository;
		this.scanner = scanner;
		this.portalBaseUrl = portalBaseUrl;
	}

	/** The attachments of the revision staff are working on. */
	public List<Attachment> of(DisclosureItem item) {
		return this.repository.inRevision(item.id(), item.revision());
	}

	/**
	 * The attachments of the working revision whose name or extracted text still holds an
	 * identifier or the full name of a listed person. Images and PDFs without a text
	 * layer are not read (no OCR): only their names are checked. The text is checked at
	 * each step, not once at upload, because the listed persons may change.
	 */
	/**
	 * The attachments of the working revision as the member reads them, each with whether
	 * they may confirm it by hand.
	 */
	public List<StaffItem.Attachment> viewsOf(DisclosureItem item, StaffMember who) {
		return of(item).stream()
			.map((attachment) -> attachment.view(ManualChecks.refusalToConfirm(item, attachment, who).isEmpty()
					? List.of(WorkflowAction.MANUAL_CHECK) : List.of()))
			.toList();
	}

	public List<UnredactedAttachment> unredacted(DisclosureItem item) {
		List<UnredactedAttachment> found = new ArrayList<>();
		for (NamedText attachment : this.repository.textsInRevision(item.id(), item.revision())) {
			String text = (attachment.text() != null) ? attachment.fileName() + BoundedText.BOUNDARY + attachment.text()
					: attachment.fileName();
			RedactionCheck check = this.scanner.check(text, item.content().persons(), List.of());
			if (!check.clean()) {
				found.add(new UnredactedAttachment(attachment.fileName(), check.labels()));
			}
		}
		return found;
	}

	/**
	 * Refuses a revision with a PDF the redaction check could not read in full
	 * (encrypted, broken, a scan, too much text) that no approver has confirmed by hand:
	 * unreadable is not clean.
	 */
	public void checkReadOrConfirmed(DisclosureItem item) {
		List<Attachment> unchecked = of(item).stream().filter(Attachment::awaitsManualCheck).toList();
		if (!unchecked.isEmpty()) {
			throw AttachmentProblems.unchecked(unchecked);
		}
	}

	/**
	 * The attachments a published revision carries on the public channels, with the
	 * address the public downloads them from; none for an internal item, which the public
	 * download does not serve.
	 */
	public List<AttachmentRef> publicRefs(DisclosureItem item) {
		if (item.content().visibility() != Visibility.PUBLIC) {
			return List.of();
		}
		return this.repository.inRevision(item.id(), item.revision()).stream().map(this::ref).toList();
	}

	/**
	 * The public attachments of published revisions.
	 * @param revisions the published revision of each item
	 * @return the attachments of each item that has any
	 */
	public Map<UUID, List<AttachmentRef>> publicRefs(Map<UUID, Integer> revisions) {
		return this.repository.inRevisions(revisions)
			.entrySet()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, (entry) -> entry.getValue().stream().map(this::ref).toList()));
	}

	/**
	 * An attachment of a published revision, for the public download: the copy without
	 * metadata. The caller makes sure the revision is published and public.
	 */
	public Optional<AttachmentFile> publicFile(UUID itemId, int revision, UUID attachmentId) {
		return this.repository.publishedInRevision(itemId, revision, attachmentId);
	}

	private AttachmentRef ref(Attachment attachment) {
		return new AttachmentRef(attachment.id().toString(), attachment.fileName(), attachment.mediaType(),
				attachment.size(),
				this.portalBaseUrl + "/api/public/items/" + attachment.itemId() + "/attachments/" + attachment.id());
	}

}
