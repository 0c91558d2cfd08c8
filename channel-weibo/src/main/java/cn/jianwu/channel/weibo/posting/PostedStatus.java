package cn.jianwu.channel.weibo.posting;

/**
 * One status of the account's timeline.
 *
 * @param id Weibo's id of the post ({@code idstr})
 * @param text the text as Weibo shows it (links shortened to {@code t.cn})
 */
record PostedStatus(String id, String text) {
}
