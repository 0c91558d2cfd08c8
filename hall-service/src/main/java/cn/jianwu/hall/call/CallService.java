package cn.jianwu.hall.call;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import cn.jianwu.hall.api.call.CallAction;
import cn.jianwu.hall.api.call.CallRequest;
import cn.jianwu.hall.api.call.CallResultsRequest;
import cn.jianwu.hall.api.call.CallState;
import cn.jianwu.hall.audit.HandlingAudit;
import cn.jianwu.hall.disclosure.DisclosureItems;
import cn.jianwu.platform.security.StaffIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens calls and publishes their results. Each writes a disclosure item as the member of
 * staff who asked (their token goes along), so that the item is theirs and takes the
 * approval chain like any other; the hall keeps the item's id. The calls to
 * disclosure-service happen outside the hall's transactions, and each carries a key that
 * makes a repeat create nothing twice.
 */
@Service
class CallService {

	private static final Logger log = LoggerFactory.getLogger(CallService.class);

	private final CallRepository calls;

	private final CallAnnouncements announcements;

	private final CallClosing closing;

	private final DisclosureItems items;

	private final HandlingAudit audit;

	private final TransactionTemplate transaction;

	private final Clock clock;

	CallService(CallRepository calls, CallAnnouncements announcements, CallClosing closing, DisclosureItems items,
			HandlingAudit audit, TransactionTemplate transaction, Clock clock) {
		this.calls = calls;
		this.announcements = announcements;
		this.closing = closing;
		this.items = items;
		this.audit = audit;
		this.transaction = transaction;
		this.clock = clock;
	}

	/**
	 * Stores the call with its announcement, submitted for approval. When the submission
	 * fails, the call stays with its announcement as a draft, which the member can submit
	 * in the disclosure console.
	 */
	OpenCall open(CallRequest request, StaffIdentity staff, String token) {
		Instant now = this.clock.instant();
		if (!request.closesAt().isAfter(request.opensAt())) {
			throw CallProblem.invalid("截止时间应晚于开始时间。");
		}
		if (!request.closesAt().isAfter(now)) {
			throw CallProblem.invalid("截止时间应晚于当前时间。");
		}
		if (staff.department() == null || staff.department().isBlank()) {
			throw CallProblem.noDepartment();
		}
		UUID id = UUID.randomUUID();
		OpenCall draft = new OpenCall(id, request.title(), request.body(), staff.department(), request.questions(),
				request.opensAt(), request.closesAt(), null, null, null, null, null, staff.username(), now, 0);
		UUID itemId = this.items.draft(this.announcements.announcement(draft), token, onceKey(id, "announcement"));
		OpenCall call = new OpenCall(id, draft.title(), draft.body(), draft.department(), draft.questions(),
				draft.opensAt(), draft.closesAt(), itemId, null, null, null, null, draft.createdBy(), now, 0);
		this.transaction.executeWithoutResult((status) -> {
			this.calls.insert(call);
			this.audit.append(id, CallAction.OPEN_CALL.name(), staff.username(), staff.name(), null,
					CallStates.at(now, call.opensAt(), call.closesAt(), null, false).name(), "公告信息：" + itemId, now);
		});
		log.info("Open call {} created with announcement item {}", id, itemId);
		this.items.submit(itemId, token, onceKey(id, "announcement-submit"));
		return call;
	}

	/**
	 * Publishes the results of a closed call, once. A call whose time is up is closed
	 * first if the sweep has not come by yet.
	 */
	OpenCall publishResults(UUID id, CallResultsRequest request, StaffIdentity staff, String token,
			boolean anyDepartment) {
		OpenCall call = this.calls.find(id).orElseThrow(() -> CallProblem.notFound(id));
		if (!anyDepartment && !call.department().equals(staff.department())) {
			throw CallProblem.notYours();
		}
		this.closing.closeIfDue(id);
		Boolean claimed = this.transaction
			.execute((status) -> this.calls.claimResults(id, request.summary(), request.adopted()));
		if (!Boolean.TRUE.equals(claimed)) {
			OpenCall now = this.calls.find(id).orElseThrow(() -> CallProblem.notFound(id));
			throw (now.closedAt() == null) ? CallProblem.notClosed() : CallProblem.resultsExist();
		}
		OpenCall closed = this.calls.find(id).orElseThrow(() -> CallProblem.notFound(id));
		UUID itemId;
		try {
			itemId = this.items.draft(
					this.announcements.results(closed, closed.responses(), request.summary(), request.adopted()), token,
					onceKey(id, "results"));
		}
		catch (RuntimeException ex) {
			this.transaction.executeWithoutResult((status) -> this.calls.releaseResults(id));
			throw ex;
		}
		Instant now = this.clock.instant();
		this.transaction.executeWithoutResult((status) -> {
			this.calls.resultsItem(id, itemId);
			this.audit.append(id, CallAction.PUBLISH_RESULTS.name(), staff.username(), staff.name(),
					CallState.CLOSED.name(), CallState.CLOSED.name(), "结果信息：" + itemId, now);
		});
		log.info("Open call {}: results item {} created", id, itemId);
		this.items.submit(itemId, token, onceKey(id, "results-submit"));
		return this.calls.find(id).orElseThrow(() -> CallProblem.notFound(id));
	}

	private static String onceKey(UUID callId, String what) {
		return "hall-call-" + callId + "-" + what;
	}

}
