package cn.jianwu.channel.support;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.jianwu.events.Channel;

/**
 * A channel whose answers a test scripts per item: the stand-in for a third-party API
 * (the adapters' own tests use WireMock at the HTTP boundary). By default every call
 * succeeds.
 */
class ScriptedPort implements ChannelPort {

	private final Channel channel;

	private final Map<String, Deque<Object>> answers = new ConcurrentHashMap<>();

	private final Map<String, DeliveryOutcome> results = new ConcurrentHashMap<>();

	private final List<String> calls = new CopyOnWriteArrayList<>();

	private final Map<String, DeliveryOutcome> shown = new ConcurrentHashMap<>();

	/**
	 * A scripted answer: the channel posts the item but the caller never hears back
	 * (unanswered at once, or only after {@code delay}, beyond the call's time limit).
	 */
	record PostedUnanswered(java.time.Duration delay) {

		static PostedUnanswered now() {
			return new PostedUnanswered(java.time.Duration.ZERO);
		}

	}

	/** A scripted answer: the call gets no answer and the channel did not post. */
	static RuntimeException lostOnTheWay() {
		return TransientChannelException.unanswered("渠道接口未在时限内答复", null);
	}

	ScriptedPort(Channel channel) {
		this.channel = channel;
	}

	/** The next calls for the item answer these, in order (outcomes or exceptions). */
	void script(String itemId, Object... answers) {
		this.answers.computeIfAbsent(itemId, (id) -> new ArrayDeque<>()).addAll(List.of(answers));
	}

	/** What {@link #checkAwaiting} answers for a reference. */
	void result(String externalRef, DeliveryOutcome outcome) {
		this.results.put(externalRef, outcome);
	}

	/**
	 * Calls so far, as {@code post:item@revision:replacedRef}, {@code find:item@revision}
	 * or {@code retract:item@revision:ref}.
	 */
	List<String> calls(String itemId) {
		return this.calls.stream().filter((call) -> call.contains(":" + itemId + "@")).toList();
	}

	@Override
	public Channel channel() {
		return this.channel;
	}

	@Override
	public DeliveryOutcome post(Delivery delivery) {
		String itemId = delivery.item().itemId();
		this.calls.add("post:" + itemId + "@" + delivery.item().revision() + ":" + delivery.replacedRef());
		DeliveryOutcome posted = DeliveryOutcome.delivered(itemId + "-" + delivery.item().revision());
		Deque<Object> scripted = this.answers.get(itemId);
		if (scripted != null && scripted.peek() instanceof PostedUnanswered unanswered) {
			scripted.poll();
			this.shown.put(itemId + "@" + delivery.item().revision(), posted);
			sleep(unanswered.delay());
			throw TransientChannelException.unanswered("渠道接口未在时限内答复", null);
		}
		return answer(itemId, posted);
	}

	@Override
	public Optional<DeliveryOutcome> findPost(Delivery delivery) {
		String key = delivery.item().itemId() + "@" + delivery.item().revision();
		this.calls.add("find:" + key);
		return Optional.ofNullable(this.shown.get(key));
	}

	/** The channel already shows this revision, as if posted by an earlier, lost call. */
	void shows(String itemId, int revision) {
		this.shown.put(itemId + "@" + revision, DeliveryOutcome.delivered(itemId + "-" + revision));
	}

	private static void sleep(java.time.Duration delay) {
		try {
			Thread.sleep(delay.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public DeliveryOutcome retract(Retraction retraction) {
		this.calls.add("retract:" + retraction.itemId() + "@" + retraction.revision() + ":" + retraction.externalRef());
		return answer(retraction.itemId(), new DeliveryOutcome.Retracted(retraction.externalRef(), null));
	}

	@Override
	public Optional<DeliveryOutcome> checkAwaiting(String externalRef) {
		return Optional.ofNullable(this.results.get(externalRef));
	}

	private DeliveryOutcome answer(String itemId, DeliveryOutcome fallback) {
		Deque<Object> scripted = this.answers.get(itemId);
		Object next = (scripted != null) ? scripted.poll() : null;
		if (next instanceof RuntimeException failure) {
			throw failure;
		}
		return (next != null) ? (DeliveryOutcome) next : fallback;
	}

}
