package cn.jianwu.events;

/**
 * An attachment of a published item, as a consumer needs it: where to fetch it and what
 * it is.
 */
public record AttachmentRef(String id, String fileName, String mediaType, long size, String url) {
}
