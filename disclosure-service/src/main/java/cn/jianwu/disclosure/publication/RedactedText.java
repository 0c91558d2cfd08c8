package cn.jianwu.disclosure.publication;

/** The text of an item as it may be published. */
public record RedactedText(String title, String summary, String body, int redactionCount) {
}
