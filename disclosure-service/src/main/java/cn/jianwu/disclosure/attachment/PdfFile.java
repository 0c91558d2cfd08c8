package cn.jianwu.disclosure.attachment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import cn.jianwu.disclosure.api.item.TextStatus;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens an uploaded PDF once, reads its text ({@link PdfText}) and makes its public copy
 * ({@link PdfCleaner}). A file that cannot be opened (encrypted, broken, cut off) is
 * published as uploaded: nothing can be taken out of what cannot be read, and such a file
 * is approved only once a person has looked at it.
 */
final class PdfFile {

	/** Decoded streams beyond this spill to a temporary file... */
	private static final long MAX_MEMORY = 32L * 1024 * 1024;

	/** ...which may not grow beyond this. */
	private static final long MAX_STORAGE = 256L * 1024 * 1024;

	/**
	 * A complete PDF ends with this marker, within its last 1024 bytes. PDFBox repairs a
	 * file cut off in the middle by reading what is left, which would pass the missing
	 * pages as checked.
	 */
	private static final byte[] END_OF_FILE = "%%EOF".getBytes(StandardCharsets.US_ASCII);

	private PdfFile() {
	}

	static PreparedFile prepare(byte[] pdf, int maxChars) {
		if (!complete(pdf)) {
			return PreparedFile.asUploaded(TextStatus.UNREADABLE, pdf);
		}
		try (PDDocument document = Loader.loadPDF(pdf, "", null, null,
				MemoryUsageSetting.setupMixed(MAX_MEMORY, MAX_STORAGE).streamCache)) {
			PdfText.Reading reading = PdfText.read(document, maxChars);
			return new PreparedFile(reading.status(), reading.text(), PdfCleaner.clean(document));
		}
		catch (InvalidPasswordException ex) {
			return PreparedFile.asUploaded(TextStatus.ENCRYPTED, pdf);
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			// Broken or hostile. The message may quote the file's content: only the
			// status is kept.
			return PreparedFile.asUploaded(TextStatus.UNREADABLE, pdf);
		}
	}

	static boolean complete(byte[] pdf) {
		int from = Math.max(0, pdf.length - 1024);
		outer: for (int at = pdf.length - END_OF_FILE.length; at >= from; at--) {
			for (int i = 0; i < END_OF_FILE.length; i++) {
				if (pdf[at + i] != END_OF_FILE[i]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

}
