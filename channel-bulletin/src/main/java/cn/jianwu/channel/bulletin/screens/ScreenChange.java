package cn.jianwu.channel.bulletin.screens;

/**
 * One change of what the screens show, in the order of {@code seq} (the SSE event id).
 *
 * @param item the item now shown, or {@code null} when it was withdrawn
 */
record ScreenChange(long seq, String itemId, int revision, ScreenItem item) {

	boolean withdrawn() {
		return this.item == null;
	}

}
