package cn.jianwu.disclosure.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import cn.jianwu.disclosure.api.identity.StaffRole;
import cn.jianwu.disclosure.audit.Actor;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemRepository;
import cn.jianwu.disclosure.outbox.DisclosureOutbox;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.events.Channel;
import cn.jianwu.events.RedeliveryRequested;
import cn.jianwu.events.WorkflowAction;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff ask one channel to deliver the published revision again (e.g. after a failure).
 */
@Service
public class RedeliveryService {

	private static final Set<StaffRole> ALLOWED = Set.of(StaffRole.PRESS_OFFICER, StaffRole.ADMIN);

	private final ItemRepository items;

	private final AuditTrail audit;

	private final DisclosureOutbox outbox;

	private final Clock clock;

	RedeliveryService(ItemRepository items, AuditTrail audit, DisclosureOutbox outbox, Clock clock) {
		this.items = items;
		this.audit = audit;
		this.outbox = outbox;
		this.clock = clock;
	}

	@Transactional
	public void retry(UUID id, Channel channel, StaffMember who) {
		DisclosureItem item = this.items.get(id);
		Optional<DisclosureException> refusal = refusalToRedeliver(item, who);
		if (refusal.isPresent()) {
			throw refusal.get();
		}
		if (!item.content().channels().contains(channel)) {
			throw DisclosureException.invalidTransition("该事项未选择“" + channel.id() + "”渠道。");
		}
		Instant now = this.clock.instant();
		this.audit.append(item.audited(), item.publishedRevision(), WorkflowAction.REDELIVER,
				Actor.of(who, who.actingAs(ALLOWED)), item.status().name(), item.status().name(), channel.id(), now);
		this.outbox
			.record(new RedeliveryRequested(id.toString(), item.publishedRevision(), channel, who.username(), now));
	}

	/**
	 * Why the member may not ask the item's channels to deliver again, or empty when they
	 * may: a press officer or an administrator, while a revision is on the channels.
	 */
	public static Optional<DisclosureException> refusalToRedeliver(DisclosureItem item, StaffMember who) {
		if (!who.hasAny(ALLOWED)) {
			return Optional.of(DisclosureException.forbidden("只有新闻发言人或系统管理员可以要求渠道重新发布。"));
		}
		if (!item.isLive()) {
			return Optional.of(DisclosureException.invalidTransition("该事项当前没有已公开的版本，无法重新发布。"));
		}
		return Optional.empty();
	}

}
