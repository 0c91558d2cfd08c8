package cn.jianwu.portal.console.hall;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.jianwu.events.MessageKind;
import cn.jianwu.hall.api.call.CallRequest;
import cn.jianwu.hall.api.call.CallResultsRequest;
import cn.jianwu.hall.api.call.CallView;
import cn.jianwu.hall.api.handling.AssignRequest;
import cn.jianwu.hall.api.handling.DueState;
import cn.jianwu.hall.api.handling.MergeRequest;
import cn.jianwu.hall.api.handling.MessagePage;
import cn.jianwu.hall.api.handling.ReferRequest;
import cn.jianwu.hall.api.handling.ReviewRequest;
import cn.jianwu.hall.api.handling.StaffMessage;
import cn.jianwu.hall.api.handling.TextRequest;
import cn.jianwu.hall.api.message.MessageStatus;
import cn.jianwu.portal.console.ConsoleServices;
import cn.jianwu.portal.console.ConsoleUser;
import cn.jianwu.portal.console.StaffApiClient;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** hall-service's staff API ({@code /api/hall/staff/**}), as the console uses it. */
@Component
public class HallStaffApi {

	private final StaffApiClient client;

	HallStaffApi(ConsoleServices services) {
		this.client = services.hall();
	}

	/**
	 * A list of messages; with no filter, what the member handles (the office what waits
	 * for triage, a department its own).
	 * @param page from 0
	 */
	MessagePage messages(ConsoleUser user, InboxFilter filter, int page, int size) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/api/hall/staff/messages")
			.queryParam("page", page)
			.queryParam("size", size);
		if (filter.department() != null) {
			uri.queryParam("department", filter.department());
		}
		if (filter.status() != null) {
			uri.queryParam("status", filter.status().name());
		}
		if (filter.kind() != null) {
			uri.queryParam("kind", filter.kind().name());
		}
		if (filter.due() != null) {
			uri.queryParam("due", filter.due().name());
		}
		return this.client.get(user, MessagePage.class, uri.build().encode().toUriString());
	}

	/** The figures of the console's start page: what waits for the member. */
	public HallCounts counts(ConsoleUser user) {
		return new HallCounts(total(user, new InboxFilter(null, MessageStatus.RECEIVED, null, null)),
				total(user, new InboxFilter(null, null, null, DueState.DUE_SOON)),
				total(user, new InboxFilter(null, null, null, DueState.OVERDUE)));
	}

	private long total(ConsoleUser user, InboxFilter filter) {
		return messages(user, filter, 0, 1).total();
	}

	StaffMessage message(ConsoleUser user, UUID id) {
		return this.client.get(user, StaffMessage.class, "/api/hall/staff/messages/{id}", id);
	}

	List<String> departments(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<String>>() {
		}, "/api/hall/staff/departments");
	}

	void assign(ConsoleUser user, UUID id, AssignRequest request) {
		step(user, id, "assign", request);
	}

	void merge(ConsoleUser user, UUID id, MergeRequest request) {
		step(user, id, "merge", request);
	}

	void refer(ConsoleUser user, UUID id, ReferRequest request) {
		step(user, id, "refer", request);
	}

	void acknowledge(ConsoleUser user, UUID id, TextRequest request) {
		step(user, id, "acknowledge", request);
	}

	void answer(ConsoleUser user, UUID id, TextRequest request) {
		step(user, id, "answer", request);
	}

	void submit(ConsoleUser user, UUID id) {
		step(user, id, "submit", Map.of());
	}

	void approve(ConsoleUser user, UUID id, ReviewRequest request) {
		step(user, id, "approve", request);
	}

	void sendBack(ConsoleUser user, UUID id, ReviewRequest request) {
		step(user, id, "return", request);
	}

	List<CallView> calls(ConsoleUser user) {
		return this.client.get(user, new ParameterizedTypeReference<List<CallView>>() {
		}, "/api/hall/staff/calls");
	}

	CallView call(ConsoleUser user, UUID id) {
		return this.client.get(user, CallView.class, "/api/hall/staff/calls/{id}", id);
	}

	MessagePage responses(ConsoleUser user, UUID id, int page, int size) {
		return this.client.get(user, MessagePage.class, "/api/hall/staff/calls/{id}/responses?page={page}&size={size}",
				id, page, size);
	}

	CallView open(ConsoleUser user, CallRequest request) {
		return this.client.post(user, request, CallView.class, "/api/hall/staff/calls");
	}

	CallView publishResults(ConsoleUser user, UUID id, CallResultsRequest request) {
		return this.client.post(user, request, CallView.class, "/api/hall/staff/calls/{id}/results", id);
	}

	private void step(ConsoleUser user, UUID id, String action, Object body) {
		this.client.post(user, body, Void.class, "/api/hall/staff/messages/{id}/" + action, id);
	}

	/**
	 * What a list is narrowed to; {@code null} for no narrowing.
	 *
	 * @param department a department
	 * @param status a status
	 * @param kind a kind
	 * @param due how the messages stand against their clock
	 */
	record InboxFilter(String department, MessageStatus status, MessageKind kind, DueState due) {

		boolean empty() {
			return this.department == null && this.status == null && this.kind == null && this.due == null;
		}

	}

}
