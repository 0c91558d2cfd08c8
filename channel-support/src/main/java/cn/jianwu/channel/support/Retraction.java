package cn.jianwu.channel.support;

/**
 * A posted revision to take off the channel.
 *
 * @param externalRef the channel's reference of the post
 * @param reason why staff withdrew it
 */
public record Retraction(String itemId, int revision, String externalRef, String reason, int round) {
}
