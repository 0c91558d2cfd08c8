package cn.jianwu.channel.bulletin.board;

/**
 * One item with its body (rich text, already redacted), for the detail page.
 */
public record BulletinItem(BulletinEntry entry, String body) {
}
