package cn.jianwu.portal.console;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import cn.jianwu.disclosure.api.delivery.DeliveryState;
import cn.jianwu.disclosure.api.item.ItemStatus;
import cn.jianwu.disclosure.api.item.StaffItem;
import cn.jianwu.events.Channel;

/**
 * The delivery board of an item: one row per channel, in the order staff know them, with
 * what the channel last reported, or that its answer is still awaited.
 *
 * @param rows one per channel
 * @param settled whether no channel's answer is awaited any more, a channel the item did
 * not choose included (the page stops asking)
 */
public record DeliveryBoard(List<Row> rows, boolean settled) {

	public static DeliveryBoard of(StaffItem item) {
		List<Row> rows = new ArrayList<>();
		boolean settled = true;
		boolean withdrawn = item.status() == ItemStatus.WITHDRAWN;
		for (Channel channel : Channel.values()) {
			StaffItem.Delivery report = item.deliveries()
				.stream()
				.filter((delivery) -> channel == delivery.channel())
				.findFirst()
				.orElse(null);
			boolean chosen = item.channels().contains(channel);
			DeliveryState state;
			if (item.live() && (report == null || report.revision() < item.publishedRevision())) {
				state = chosen ? DeliveryState.PENDING
						: ((report != null) ? report.status() : DeliveryState.NOT_CHOSEN);
			}
			else if (report != null) {
				state = (withdrawn && report.status() == DeliveryState.DELIVERED) ? DeliveryState.RETRACTING
						: report.status();
			}
			else {
				state = (item.live() || withdrawn) ? (chosen ? DeliveryState.PENDING : DeliveryState.NOT_CHOSEN)
						: DeliveryState.NONE;
				if (withdrawn && chosen) {
					state = DeliveryState.RETRACTING;
				}
			}
			// every channel answers a published revision, chosen or not (SKIPPED): until
			// the last has, the page keeps asking, or an answer that comes after the
			// chosen channels' would never show
			if (state == DeliveryState.PENDING || state == DeliveryState.RETRACTING
					|| (item.live() && state == DeliveryState.NOT_CHOSEN)) {
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
	 * @param channel the channel
	 * @param chosen whether the item chose it
	 * @param state the reported status, or what the board infers while none has come
	 * @param revision the revision the report is about
	 * @param externalRef the channel's own reference (post id, publish id, screen ids)
	 * @param attempts how many attempts the channel made
	 * @param lastError the reason of a failure or a skip, in words staff can act on
	 * @param reportedAt when the channel reported
	 */
	public record Row(Channel channel, boolean chosen, DeliveryState state, Integer revision, String externalRef,
			int attempts, String lastError, Instant reportedAt) {

		/** A CSS class for the state. */
		public String tone() {
			return switch (this.state) {
				case DELIVERED -> "ok";
				case FAILED -> "bad";
				case RETRACTED -> "off";
				case PENDING, RETRACTING -> "wait";
				default -> "neutral";
			};
		}

	}

}
