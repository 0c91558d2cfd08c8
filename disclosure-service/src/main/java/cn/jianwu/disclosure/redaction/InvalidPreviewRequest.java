package cn.jianwu.disclosure.redaction;

/**
 * A preview request the clerk has to correct. The message is Chinese and is shown to
 * staff as the problem's detail; it never contains the text or a name.
 */
class InvalidPreviewRequest extends RuntimeException {

	private final String field;

	InvalidPreviewRequest(String field, String detail) {
		super(detail);
		this.field = field;
	}

	String field() {
		return this.field;
	}

}
