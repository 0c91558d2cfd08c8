package cn.jianwu.channel.bulletin.screens;

/**
 * An item to take off the screens (the {@code withdrawn} event): the page drops it if it
 * shows this revision or an older one.
 */
record ScreenWithdrawal(String id, int revision) {
}
