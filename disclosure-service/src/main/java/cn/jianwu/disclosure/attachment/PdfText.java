package cn.jianwu.disclosure.attachment;

import java.io.IOException;
import java.io.Writer;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The text of a PDF, for the redaction check and, later, for search. Bounded (the first
 * pages and characters only, and a cap on the memory and temporary files PDFBox may use
 * to decode streams) and forgiving: a broken or password-protected file, or one without a
 * text layer (a scan), has no text rather than causing an error.
 */
final class PdfText {

	/** Decoded streams beyond this spill to a temporary file... */
	private static final long MAX_MEMORY = 32L * 1024 * 1024;

	/** ...which may not grow beyond this. */
	private static final long MAX_STORAGE = 256L * 1024 * 1024;

	private PdfText() {
	}

	/**
	 * @param pdf the file
	 * @param maxPages pages read, from the first
	 * @param maxChars characters kept
	 * @return the text, or empty when the file has none that can be read
	 */
	static Optional<String> extract(byte[] pdf, int maxPages, int maxChars) {
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMixed(MAX_MEMORY, MAX_STORAGE).streamCache)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(1);
			stripper.setEndPage(maxPages);
			BoundedWriter text = new BoundedWriter(maxChars);
			try {
				stripper.writeText(document, text);
			}
			catch (BoundedWriter.Full ex) {
				// Enough read: the rest of the document is not looked at.
			}
			return text.result();
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// Broken, encrypted or hostile: no text. The message may quote the file's
			// content, so only the kind of failure is kept (by the caller's log).
			return Optional.empty();
		}
	}

	/**
	 * Keeps the first characters written and stops the extraction once it has enough.
	 * Drops NUL, which PostgreSQL does not store in text.
	 */
	private static final class BoundedWriter extends Writer {

		private final StringBuilder text = new StringBuilder();

		private final int limit;

		BoundedWriter(int limit) {
			this.limit = limit;
		}

		@Override
		public void write(char[] chars, int offset, int length) throws IOException {
			for (int i = offset; i < offset + length; i++) {
				if (this.text.length() >= this.limit) {
					throw new Full();
				}
				if (chars[i] != '\0') {
					this.text.append(chars[i]);
				}
			}
		}

		@Override
		public void flush() {
		}

		@Override
		public void close() {
		}

		Optional<String> result() {
			// A cut may have split a surrogate pair.
			int end = this.text.length();
			if (end > 0 && Character.isHighSurrogate(this.text.charAt(end - 1))) {
				end--;
			}
			String result = this.text.substring(0, end);
			return result.isBlank() ? Optional.empty() : Optional.of(result);
		}

		private static final class Full extends IOException {

			Full() {
				super("Text limit reached");
			}

		}

	}

}
