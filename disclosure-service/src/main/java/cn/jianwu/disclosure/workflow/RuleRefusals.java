package cn.jianwu.disclosure.workflow;

import java.time.Clock;

import cn.jianwu.disclosure.audit.Actor;
import cn.jianwu.disclosure.audit.AuditTrail;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.events.WorkflowAction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps a trace of each submission or approval the disclosure rules refused (an
 * identifier left unredacted, an exemption on a public item, …): the refused step rolls
 * back, so the refusal is recorded in a transaction of its own, in the audit trail and
 * for the reports, which count how often the privacy gate stopped an item.
 */
@Component
class RuleRefusals {

	private static final Logger log = LoggerFactory.getLogger(RuleRefusals.class);

	private final AuditTrail audit;

	private final TransactionTemplate separately;

	private final Clock clock;

	RuleRefusals(AuditTrail audit, PlatformTransactionManager transactions, Clock clock) {
		this.audit = audit;
		this.separately = new TransactionTemplate(transactions);
		this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/**
	 * Records the refusal. The caller's transaction must not have appended to the audit
	 * trail yet: the chain's lock would be held by the transaction this one waits for.
	 * @param item the item as the refused step found it
	 * @param actor who tried the step, in the role they tried it in
	 * @param refusal what the rules answered
	 */
	void record(DisclosureItem item, Actor actor, DisclosureException refusal) {
		String status = item.status().name();
		this.separately.executeWithoutResult((tx) -> this.audit.append(item.audited(), item.revision(),
				WorkflowAction.REFUSE, actor, status, status, comment(refusal), this.clock.instant()));
		log.info("Item {} revision {} refused ({}) for {}", item.id(), item.revision(), refusal.kind(),
				actor.username());
	}

	/**
	 * The rule that refused, in its own words: its title, never its detail. The detail
	 * names what the check found (a party's name, a file name, the kinds of identifier
	 * left): the audit trail can never be edited, and the comment goes on to
	 * report-service, so what the gate holds back must not be copied there.
	 */
	static String comment(DisclosureException refusal) {
		return refusal.title();
	}

}
