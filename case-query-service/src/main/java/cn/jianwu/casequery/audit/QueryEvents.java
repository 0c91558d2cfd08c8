package cn.jianwu.casequery.audit;

import java.util.UUID;

import cn.jianwu.events.CaseQueried;
import cn.jianwu.platform.kafka.BestEffortSender;

import org.springframework.stereotype.Component;

/**
 * Tells the case-management figures (report-service, topic {@code case.queries}) about
 * every audited query: its channel, its outcome and whether it locked a code — never the
 * code, the case, the officer or the ID digits. The query does not wait for Kafka
 * ({@link BestEffortSender}): the audit table stays the record of every query, and these
 * statistics lose what a long broker outage drops. No outbox: a database row per query
 * would cost the public query more than the query itself.
 */
@Component
class QueryEvents {

	private final BestEffortSender sender;

	QueryEvents(BestEffortSender sender) {
		this.sender = sender;
	}

	void announce(AuditEntry entry) {
		this.sender.send(new CaseQueried(UUID.randomUUID().toString(), entry.channel().name(), entry.outcome().name(),
				entry.lockedNow(), entry.at()));
	}

}
