package cn.jianwu.disclosure.api.delivery;

/**
 * Where an item stands on one channel, as staff read it on the delivery board. A channel
 * reports the first four ({@code channel.deliveries}); the others say that no report of
 * the current revision has come yet.
 */
public enum DeliveryState {

	DELIVERED("已送达"), FAILED("失败"), RETRACTED("已撤下"), SKIPPED("未发布（跳过）"),
	/** A chosen channel has not answered the published revision yet. */
	PENDING("等待回执"),
	/** A withdrawn item's post is still up on the channel: its retraction is awaited. */
	RETRACTING("等待撤下回执"),
	/** The item did not choose the channel, and the channel has not said anything. */
	NOT_CHOSEN("未选择该渠道"),
	/** The item was never published: nothing to show. */
	NONE("尚未发布");

	private final String label;

	DeliveryState(String label) {
		this.label = label;
	}

	/** The name staff read. */
	public String label() {
		return this.label;
	}

	/** Whether a channel reports this state (rather than the board inferring it). */
	public boolean reported() {
		return ordinal() <= SKIPPED.ordinal();
	}

}
