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
	 * Calls so far, as {@code post:item@revision:replacedRef} or
	 * {@code retract:item@revision:ref}.
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
		return answer(itemId, DeliveryOutcome.delivered(itemId + "-" + delivery.item().revision()));
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
