package cn.jianwu.disclosure.attachment;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file an item may carry, recognised by their first bytes (their "magic
 * number"): neither the file's name nor the Content-Type the browser sent counts, so an
 * executable or a web page renamed {@code .pdf} is refused.
 */
enum AttachmentType {

	/** {@code %PDF-} followed by the version, e.g. {@code %PDF-1.7}. */
	PDF("application/pdf", List.of("pdf")),
	/** The eight-byte PNG signature. */
	PNG("image/png", List.of("png")),
	/** A JPEG start-of-image marker followed by the next marker's first byte. */
	JPEG("image/jpeg", List.of("jpg", "jpeg"));

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] PNG_MAGIC = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' };

	private static final byte[] JPEG_MAGIC = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	private final String mediaType;

	private final List<String> extensions;

	AttachmentType(String mediaType, List<String> extensions) {
		this.mediaType = mediaType;
		this.extensions = extensions;
	}

	/**
	 * The type of a file by its content.
	 * @param content the file
	 * @return the type, or empty when it is none of the accepted ones
	 */
	static Optional<AttachmentType> detect(byte[] content) {
		if (startsWith(content, PDF_MAGIC) && content.length > PDF_MAGIC.length
				&& Character.isDigit(content[PDF_MAGIC.length])) {
			return Optional.of(PDF);
		}
		if (startsWith(content, PNG_MAGIC)) {
			return Optional.of(PNG);
		}
		if (startsWith(content, JPEG_MAGIC)) {
			return Optional.of(JPEG);
		}
		return Optional.empty();
	}

	String mediaType() {
		return this.mediaType;
	}

	/** The file name extensions that fit this type, the usual one first. */
	List<String> extensions() {
		return this.extensions;
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
