package cn.jianwu.portal.console;

/**
 * A name the privacy gate took for a person's that the clerk lets stand, with the reason
 * (disclosure-service's {@code clearedNames}).
 *
 * @param name the name as it stands in the text
 * @param reason why it may be published
 */
public record NameClearance(String name, String reason) {
}
