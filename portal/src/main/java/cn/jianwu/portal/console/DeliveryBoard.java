package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The delivery board of an item: one row per channel, in the order staff know them, with
 * what the channel last reported, or that its answer is still awaited.
 *
 * @param rows one per channel
 * @param settled whether no channel's answer is awaited any more, a channel the item did
 * not choose included (the page stops asking)
 */
public record DeliveryBoard(List<Row> rows, boolean settled) {

	static final List<String> CHANNELS = List.of("portal", "weibo", "wechat", "bulletin", "screens");

	/** The answer of a chosen channel for the published revision has not come yet. */
	static final String PENDING = "PENDING";

	/** A withdrawn item's post is still up on the channel: its retraction is awaited. */
	static final String RETRACTING = "RETRACTING";

	/** The item did not choose the channel, and the channel has not said anything. */
	static final String NOT_CHOSEN = "NOT_CHOSEN";

	/** The item was never published: nothing to show. */
	static final String NONE = "NONE";

	public static DeliveryBoard of(StaffItem item) {
		List<Row> rows = new ArrayList<>();
		boolean settled = true;
		boolean withdrawn = "WITHDRAWN".equals(item.status());
		for (String channel : CHANNELS) {
			StaffItem.Delivery report = item.deliveries()
				.stream()
				.filter((delivery) -> channel.equals(delivery.channel()))
				.findFirst()
				.orElse(null);
			boolean chosen = item.channels().contains(channel);
			String state;
			if (item.live() && (report == null || report.revision() < item.publishedRevision())) {
				state = chosen ? PENDING : ((report != null) ? report.status() : NOT_CHOSEN);
			}
			else if (report != null) {
				state = (withdrawn && "DELIVERED".equals(report.status())) ? RETRACTING : report.status();
			}
			else {
				state = (item.live() || withdrawn) ? (chosen ? PENDING : NOT_CHOSEN) : NONE;
				if (withdrawn && chosen) {
					state = RETRACTING;
				}
			}
			// every channel answers a published revision, chosen or not (SKIPPED): until
			// the
			// last has, the page keeps asking, or an answer that comes after the chosen
			// channels' would never show
			if (PENDING.equals(state) || RETRACTING.equals(state) || (item.live() && NOT_CHOSEN.equals(state))) {
				settled = false;
			}
			rows.add(new Row(channel, chosen, state, (report != null) ? report.revision() : null,
					(report != null) ? report.externalRef() : null, (report != null) ? report.attempts() : 0,
					(report != null) ? report.lastError() : null, (report != null) ? report.reportedAt() : null));
		}
		return new DeliveryBoard(List.copyOf(rows), settled);
	}

	/**
	 * One channel's row.
	 *
	 * @param channel the channel's id ({@code portal}, {@code weibo}, ...)
	 * @param chosen whether the item chose it
	 * @param state the reported status, or {@code PENDING}, {@code RETRACTING},
	 * {@code NOT_CHOSEN}, {@code NONE}
	 * @param revision the revision the report is about
	 * @param externalRef the channel's own reference (post id, publish id, screen ids)
	 * @param attempts how many attempts the channel made
	 * @param lastError the reason of a failure or a skip, in words staff can act on
	 * @param reportedAt when the channel reported
	 */
	public record Row(String channel, boolean chosen, String state, Integer revision, String externalRef, int attempts,
			String lastError, Instant reportedAt) {

		public String stateLabel() {
			return switch (this.state) {
				case PENDING -> "等待回执";
				case RETRACTING -> "等待撤下回执";
				case NOT_CHOSEN -> "未选择该渠道";
				case NONE -> "尚未发布";
				default -> ConsoleLabels.DELIVERY_STATUSES.getOrDefault(this.state, this.state);
			};
		}

		/** A CSS class for the state. */
		public String tone() {
			return switch (this.state) {
				case "DELIVERED" -> "ok";
				case "FAILED" -> "bad";
				case "RETRACTED" -> "off";
				case PENDING, RETRACTING -> "wait";
				default -> "neutral";
			};
		}

	}

}
