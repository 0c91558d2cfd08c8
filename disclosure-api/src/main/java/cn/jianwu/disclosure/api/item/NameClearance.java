package cn.jianwu.disclosure.api.item;

/**
 * A name the privacy gate took for a person's, which the clerk decided may stand as it is
 * (it is no person's name, or the person may be named: an official, a party who asked to
 * be named). Recorded in the audit trail with who decided and why.
 *
 * @param name the name as it stands in the text
 * @param reason why it may be published, in the clerk's words
 */
public record NameClearance(String name, String reason) {
}
