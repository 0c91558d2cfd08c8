package cn.jianwu.disclosure.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.events.WorkflowAction;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.multipart.MultipartFile;

/**
 * Adding and removing attachments: an edit of a draft, allowed to whoever may edit the
 * item (an author of its department). The file is checked, its text extracted and its
 * public copy made (without metadata) before the transaction; the transaction then counts
 * as an edit of the item (its version goes up, the editor is recorded for the separation
 * of duties, the audit trail says so), so that a submission racing with an upload fails
 * instead of skipping the new file's redaction check. The log names ids, types and sizes,
 * never file names or text.
 */
@Service
class AttachmentService {

	private static final Logger log = LoggerFactory.getLogger(AttachmentService.class);

	private final ItemRepository items;

	private final AttachmentRepository attachments;

	private final AuditTrail audit;

	private final AttachmentProperties properties;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AttachmentService(ItemRepository items, AttachmentRepository attachments, AuditTrail audit,
			AttachmentProperties properties, PlatformTransactionManager transactions, Clock clock) {
		this.items = items;
		this.attachments = attachments;
		this.audit = audit;
		this.properties = properties;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	Added add(UUID itemId, MultipartFile file, StaffMember who) {
		checkEditable(load(itemId), who);
		if (file == null || file.isEmpty()) {
			throw AttachmentProblems.empty();
		}
		if (file.getSize() > this.properties.maxSize().toBytes()) {
			throw AttachmentProblems.tooLarge(this.properties.maxSize());
		}
		byte[] content = bytes(file);
		AttachmentType type = AttachmentType.detect(content).orElseThrow(AttachmentProblems::unsupported);
		String fileName = FileNames.sanitise(file.getOriginalFilename(), type);
		PreparedFile prepared = prepare(type, content);
		return this.transaction.execute((status) -> {
			DisclosureItem item = load(itemId);
			checkEditable(item, who);
			if (this.attachments.countInRevision(itemId, item.revision()) >= this.properties.maxPerItem()) {
				throw AttachmentProblems.tooMany(this.properties.maxPerItem());
			}
			Instant now = this.clock.instant();
			DisclosureItem edited = touch(item, who, now);
			Attachment attachment = new Attachment(UUID.randomUUID(), itemId, fileName, type.mediaType(),
					prepared.published().length, Digests.sha256(prepared.published()), prepared.text() != null,
					prepared.status(), null, who.username(), now);
			this.attachments.insert(attachment, content, prepared, item.revision());
			this.audit.append(item.audited(), item.revision(), WorkflowAction.EDIT, ItemService.author(who),
					item.status().name(), ItemStatus.DRAFT.name(), "上传附件 " + attachment.id(), now);
			log.info("Attachment {} ({}, {} bytes, {} published, text {}) added to item {} revision {} by {}",
					attachment.id(), attachment.mediaType(), content.length, attachment.size(), prepared.status(),
					itemId, item.revision(), who.username());
			return new Added(attachment, edited.version());
		});
	}

	void remove(UUID itemId, UUID attachmentId, StaffMember who) {
		this.transaction.executeWithoutResult((status) -> {
			DisclosureItem item = load(itemId);
			checkEditable(item, who);
			if (!this.attachments.remove(itemId, item.revision(), attachmentId)) {
				throw AttachmentProblems.notFound(attachmentId);
			}
			Instant now = this.clock.instant();
			touch(item, who, now);
			this.audit.append(item.audited(), item.revision(), WorkflowAction.EDIT, ItemService.author(who),
					item.status().name(), ItemStatus.DRAFT.name(), "删除附件 " + attachmentId, now);
			log.info("Attachment {} removed from item {} revision {} by {}", attachmentId, itemId, item.revision(),
					who.username());
		});
	}

	/**
	 * An attachment's change is an edit of the draft: by this editor, at this version.
	 */
	private DisclosureItem touch(DisclosureItem item, StaffMember who, Instant now) {
		return this.items.update(item.edited(item.content(), who.username(), now))
			.orElseThrow(DisclosureException::concurrentEdit);
	}

	private DisclosureItem load(UUID itemId) {
		return this.items.get(itemId);
	}

	private static void checkEditable(DisclosureItem item, StaffMember who) {
		if (!who.hasAny(ItemService.AUTHORS)) {
			throw DisclosureException.forbidden("只有承办人员（书记员、科室负责人、新闻发言人）可以添加或删除附件。");
		}
		if (!item.content().department().equals(who.department())) {
			throw DisclosureException.forbidden("只能为本部门（" + who.department() + "）的公开事项添加或删除附件。");
		}
		if (item.status() != ItemStatus.DRAFT) {
			throw AttachmentProblems.notDraft();
		}
	}

	private static byte[] bytes(MultipartFile file) {
		try {
			return file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Upload could not be read", ex);
		}
	}

	/**
	 * Reads the file and makes its public copy, outside any transaction: it takes time.
	 */
	private PreparedFile prepare(AttachmentType type, byte[] content) {
		try {
			return PreparedFile.of(type, content, this.properties.maxTextLength());
		}
		catch (ImageCopy.Unreadable ex) {
			log.info("Image upload refused: {} of {} bytes cannot be re-encoded", type, content.length);
			throw AttachmentProblems.unreadableImage();
		}
	}

	/** An added attachment and the item's version after the change. */
	record Added(Attachment attachment, long itemVersion) {
	}

}
