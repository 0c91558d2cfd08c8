package cn.jianwu.disclosure.api.item;

/**
 * How much of an attached file the redaction check sees. A PDF whose text could not be
 * read in full is not clean for that: it blocks approval until an approver has looked at
 * it.
 */
public enum TextStatus {

	/** Every page and every other part a reader can get out of the PDF was read. */
	COMPLETE(true, "已读取全部文字"),
	/**
	 * A PNG or JPEG: only its name is checked (no OCR); it is published re-encoded
	 * without its metadata.
	 */
	IMAGE(true, "图片，仅检查文件名"),
	/** No text at all, or a page with an image and no text: a scan. */
	NO_TEXT(false, "无文字层，可能为扫描件"),
	/** Opens only with a password. */
	ENCRYPTED(false, "已加密"),
	/** Broken, cut off or not a PDF that can be parsed. */
	UNREADABLE(false, "文件损坏或不完整，无法解析"),
	/** More text than the service reads: the rest was not read. */
	TRUNCATED(false, "文字过多，未能全部读取"),
	/** Uploaded before every part of a PDF was read. */
	UNKNOWN(false, "上传时尚未完整检查");

	private final boolean automatic;

	private final String label;

	TextStatus(boolean automatic, String label) {
		this.automatic = automatic;
		this.label = label;
	}

	/** Whether the check needs no person to look at the file. */
	public boolean automatic() {
		return this.automatic;
	}

	/** What staff read about the check. */
	public String label() {
		return this.label;
	}

}
