package cn.jianwu.redaction.names;

/**
 * A person's name that nobody listed, as it stands in the text.
 *
 * @param name the name as written in the text
 * @param firstStart the UTF-16 index of its first occurrence in the text
 * @param occurrences how many times it occurs in the text (non-overlapping)
 */
public record FoundName(String name, int firstStart, int occurrences) {

}
