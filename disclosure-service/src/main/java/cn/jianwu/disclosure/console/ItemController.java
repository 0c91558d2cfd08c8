package cn.jianwu.disclosure.console;

import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.jianwu.disclosure.api.item.DecisionRequest;
import cn.jianwu.disclosure.api.item.ItemPage;
import cn.jianwu.disclosure.api.item.ItemRequest;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.disclosure.delivery.RedeliveryService;
import cn.jianwu.disclosure.idempotency.IdempotencyKey;
import cn.jianwu.disclosure.idempotency.IdempotentRequests;
import cn.jianwu.disclosure.item.DisclosureItem;
import cn.jianwu.disclosure.item.ItemAccess;
import cn.jianwu.disclosure.item.ItemReads;
import cn.jianwu.disclosure.item.ItemService;
import cn.jianwu.disclosure.problem.DisclosureException;
import cn.jianwu.disclosure.staff.StaffMember;
import cn.jianwu.disclosure.workflow.WorkflowService;
import cn.jianwu.events.Category;
import cn.jianwu.events.Channel;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff API for disclosure items (docs/architecture.md "HTTP contract"). */
@RestController
class ItemController {

	private final ItemService items;

	private final ItemReads reads;

	private final WorkflowService workflow;

	private final RedeliveryService redelivery;

	private final StaffItems views;

	private final IdempotentRequests once;

	ItemController(ItemService items, ItemReads reads, WorkflowService workflow, RedeliveryService redelivery,
			StaffItems views, IdempotentRequests once) {
		this.items = items;
		this.reads = reads;
		this.workflow = workflow;
		this.redelivery = redelivery;
		this.views = views;
		this.once = once;
	}

	@PostMapping("/api/disclosures")
	@ResponseStatus(HttpStatus.CREATED)
	StaffItem create(@Valid @RequestBody ItemRequest request, @AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
		StaffMember who = StaffMember.of(token);
		return view(this.once.once(who.username(), key, "POST /api/disclosures", request,
				() -> this.items.create(request, who)), who);
	}

	@PutMapping("/api/disclosures/{id}")
	StaffItem update(@PathVariable UUID id, @Valid @RequestBody ItemRequest request,
			@AuthenticationPrincipal Jwt token) {
		StaffMember who = StaffMember.of(token);
		return view(this.items.update(id, request, who), who);
	}

	@GetMapping("/api/disclosures/{id}")
	StaffItem get(@PathVariable UUID id, @AuthenticationPrincipal Jwt token) {
		DisclosureItem item = this.reads.get(id);
		StaffMember who = StaffMember.of(token);
		ItemAccess.checkCanRead(item, who);
		return view(item, who);
	}

	@GetMapping("/api/disclosures")
	ItemPage list(@RequestParam(required = false) ItemStatus status, @RequestParam(required = false) Category category,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
			@AuthenticationPrincipal Jwt token) {
		if (page < 0 || size < 1 || size > 100) {
			throw DisclosureException.invalid("页码不能为负数，每页条数应在1到100之间。");
		}
		String department = ItemAccess.listableDepartment(StaffMember.of(token));
		ItemReads.Page found = this.reads.list(status, category, department, page, size);
		return new ItemPage(found.items().stream().map(StaffItems::summary).toList(), found.total(), page, size);
	}

	@PostMapping("/api/disclosures/{id}/submit")
	StaffItem submit(@PathVariable UUID id, @AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
		StaffMember who = StaffMember.of(token);
		return view(decided(who, key, "submit", id, null, () -> this.workflow.submit(id, who)), who);
	}

	@PostMapping("/api/disclosures/{id}/approve")
	StaffItem approve(@PathVariable UUID id, @Valid @RequestBody(required = false) DecisionRequest decision,
			@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
		StaffMember who = StaffMember.of(token);
		return view(decided(who, key, "approve", id, decision,
				() -> this.workflow.approve(id, who, (decision != null) ? decision.text() : null)), who);
	}

	@PostMapping("/api/disclosures/{id}/reject")
	StaffItem reject(@PathVariable UUID id, @Valid @RequestBody(required = false) DecisionRequest decision,
			@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
		StaffMember who = StaffMember.of(token);
		return view(decided(who, key, "reject", id, decision,
				() -> this.workflow.reject(id, who, (decision != null) ? decision.text() : null)), who);
	}

	@PostMapping("/api/disclosures/{id}/withdraw")
	StaffItem withdraw(@PathVariable UUID id, @Valid @RequestBody(required = false) DecisionRequest decision,
			@AuthenticationPrincipal Jwt token,
			@RequestHeader(name = IdempotencyKey.HEADER, required = false) String key) {
		StaffMember who = StaffMember.of(token);
		return view(decided(who, key, "withdraw", id, decision,
				() -> this.workflow.withdraw(id, who, (decision != null) ? decision.text() : null)), who);
	}

	@PostMapping("/api/disclosures/{id}/channels/{channel}/retry")
	@ResponseStatus(HttpStatus.ACCEPTED)
	void retry(@PathVariable UUID id, @PathVariable String channel, @AuthenticationPrincipal Jwt token) {
		Channel target;
		try {
			target = Channel.fromId(channel);
		}
		catch (IllegalArgumentException ex) {
			throw DisclosureException.invalid("未知的发布渠道：" + channel + "（可选："
					+ Stream.of(Channel.values()).map(Channel::id).collect(Collectors.joining("、")) + "）。");
		}
		this.redelivery.retry(id, target, StaffMember.of(token));
	}

	/**
	 * A workflow decision, taken once per {@code Idempotency-Key}: a retried approval is
	 * not recorded twice.
	 */
	private DisclosureItem decided(StaffMember who, String key, String action, UUID id, DecisionRequest decision,
			Supplier<DisclosureItem> step) {
		return this.once.once(who.username(), key, "POST /api/disclosures/" + id + "/" + action, decision, step);
	}

	private StaffItem view(DisclosureItem item, StaffMember who) {
		return this.views.of(item, who);
	}

}
