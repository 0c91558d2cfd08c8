package cn.jianwu.disclosure.attachment;

import cn.jianwu.disclosure.api.item.TextStatus;

/**
 * An uploaded file made ready to store: what the redaction check reads of it and the copy
 * the public downloads.
 *
 * @param status how much of it the check sees
 * @param text its text, bounded, or {@code null}
 * @param published the copy the public downloads
 */
record PreparedFile(TextStatus status, String text, byte[] published) {

	/**
	 * @param maxChars characters of text kept
	 * @throws ImageCopy.Unreadable if an image cannot be re-encoded
	 */
	static PreparedFile of(AttachmentType type, byte[] content, int maxChars) {
		return switch (type) {
			case PDF -> PdfFile.prepare(content, maxChars);
			case PNG, JPEG -> new PreparedFile(TextStatus.IMAGE, null, ImageCopy.clean(type, content));
		};
	}

	static PreparedFile asUploaded(TextStatus status, byte[] content) {
		return new PreparedFile(status, null, content);
	}

}
