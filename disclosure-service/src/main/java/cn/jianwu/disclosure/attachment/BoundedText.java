package cn.jianwu.disclosure.attachment;

import java.io.IOException;
import java.io.Writer;

/**
 * Collects the text of a file up to a limit, so that a small file that unpacks into a
 * huge text cannot exhaust memory; once full, every further write throws {@link Full},
 * which stops the reading. Drops NUL, which PostgreSQL does not store in text.
 */
final class BoundedText extends Writer {

	/**
	 * Between the parts of a file and between a file's name and its text: nothing any
	 * scanner rule could match or cross.
	 */
	static final String BOUNDARY = "\n\u2029\u2029\n";

	private final StringBuilder text = new StringBuilder();

	private final int limit;

	private long visible;

	BoundedText(int limit) {
		this.limit = limit;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		for (int i = offset; i < offset + length; i++) {
			if (this.text.length() >= this.limit) {
				throw new Full();
			}
			char c = chars[i];
			if (c != '\0') {
				this.text.append(c);
			}
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\0') {
				this.visible++;
			}
		}
	}

	/** Adds one value (a title, a field's value) as a line of its own. */
	void line(String value) throws IOException {
		if (value != null && !value.isBlank()) {
			write(value);
			write('\n');
		}
	}

	/** Starts a new part, which nothing in the previous one runs into. */
	void boundary() throws IOException {
		write(BOUNDARY);
	}

	/** Characters other than blanks written so far. */
	long visible() {
		return this.visible;
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}

	/** The text, or {@code null} when there is nothing but blanks. */
	String result() {
		// A cut may have split a surrogate pair.
		int end = this.text.length();
		if (end > 0 && Character.isHighSurrogate(this.text.charAt(end - 1))) {
			end--;
		}
		String result = this.text.substring(0, end);
		return result.isBlank() ? null : result;
	}

	/** Thrown once the limit is reached. */
	static final class Full extends IOException {

		Full() {
			super("Text limit reached");
		}

	}

}
