package cn.jianwu.disclosure.publication;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.publication.PublicItem;
import cn.jianwu.disclosure.attachment.Attachments;
import cn.jianwu.disclosure.audit.Actor;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemContent;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.outbox.DisclosureOutbox;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.AttachmentRef;
import cn.jianwu.events.DisclosurePublished;
import cn.jianwu.events.DisclosureRevised;
import cn.jianwu.events.DisclosureWithdrawn;
import cn.jianwu.events.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes an approved revision public: stores its redacted snapshot and records the event
 * for every channel, in the caller's transaction. Only redacted text ever leaves this
 * class.
 */
@Component
public class Publisher {

	private static final Logger log = LoggerFactory.getLogger(Publisher.class);

	private final ItemRepository items;

	private final PublishedRevisions revisions;

	private final PublicText publicText;

	private final AuditTrail audit;

	private final DisclosureOutbox outbox;

	private final Attachments attachments;

	private final Clock clock;

	private final String portalBaseUrl;

	Publisher(ItemRepository items, PublishedRevisions revisions, PublicText publicText, AuditTrail audit,
			DisclosureOutbox outbox, Attachments attachments, Clock clock,
			@Value("${jianwu.portal.base-url}") String portalBaseUrl) {
		this.items = items;
		this.revisions = revisions;
		this.publicText = publicText;
		this.audit = audit;
		this.outbox = outbox;
		this.attachments = attachments;
		this.clock = clock;
		this.portalBaseUrl = portalBaseUrl;
	}

	/** Publishes an approved item now unless it is scheduled for later. */
	@Transactional(propagation = Propagation.MANDATORY)
	public DisclosureItem publishIfDue(DisclosureItem approved) {
		Instant now = this.clock.instant();
		Instant publishAt = approved.content().publishAt();
		if (approved.status() != ItemStatus.APPROVED || (publishAt != null && publishAt.isAfter(now))) {
			return approved;
		}
		Integer replaced = approved.publishedRevision();
		DisclosureItem published = this.items.update(approved.published(now))
			.orElseThrow(DisclosureException::concurrentEdit);
		ItemContent content = approved.content();
		RedactedText text = this.publicText.redact(content);
		PublicItem snapshot = new PublicItem(approved.id().toString(), approved.revision(), text.title(),
				text.summary(), text.body(), content.category(), content.subKind(), content.department(), now,
				List.of(), content.term(), content.period(), content.caseStages());
		this.revisions.insert(snapshot, content.visibility().name(), content.channels(), content.revisionNote());
		this.audit.append(approved.audited(), approved.revision(), WorkflowAction.PUBLISH, Actor.SYSTEM,
				ItemStatus.APPROVED.name(), ItemStatus.PUBLISHED.name(), null, now);
		String url = this.portalBaseUrl + "/items/" + approved.id();
		List<AttachmentRef> attachmentRefs = this.attachments.publicRefs(approved);
		String subKind = (content.subKind() != null) ? content.subKind().name() : null;
		if (replaced == null) {
			this.outbox.record(new DisclosurePublished(snapshot.id(), snapshot.revision(), content.category(), subKind,
					text.title(), text.summary(), text.body(), content.department(), content.visibility(),
					content.channels(), now, url, attachmentRefs, content.obligationId()));
		}
		else {
			this.outbox.record(new DisclosureRevised(snapshot.id(), snapshot.revision(), replaced, content.category(),
					subKind, text.title(), text.summary(), text.body(), content.department(), content.visibility(),
					content.channels(), now, url, attachmentRefs, content.obligationId()));
		}
		log.info("Item {} revision {} published ({} redactions)", approved.id(), approved.revision(),
				text.redactionCount());
		return published;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public void withdraw(DisclosureItem item, String reason, Instant at) {
		this.revisions.withdraw(item.id(), item.publishedRevision(), reason, at);
		this.outbox.record(new DisclosureWithdrawn(item.id().toString(), item.publishedRevision(), reason, at));
	}

}
