package cn.jianwu.disclosure.attachment;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Makes the name a browser sent with a file safe to show and to offer for download: no
 * directories, no control or direction-changing characters, none of the characters
 * Windows forbids, a bounded length, and an extension that matches what the file really
 * is (a PNG called {@code x.pdf} becomes {@code x.pdf.png}).
 */
final class FileNames {

	/** Code points kept of the name without its extension. */
	static final int MAX_BASE_LENGTH = 100;

	private static final String DEFAULT_BASE = "附件";

	private static final String FORBIDDEN = "<>:\"/\\|?*";

	private FileNames() {
	}

	static String sanitise(String original, AttachmentType type) {
		String name = Normalizer.normalize((original != null) ? original : "", Normalizer.Form.NFC);
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		StringBuilder clean = new StringBuilder();
		name.codePoints().forEach((codePoint) -> {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				clean.append(' ');
			}
			else if (FORBIDDEN.indexOf(codePoint) >= 0) {
				clean.append('_');
			}
			else if (printable(codePoint)) {
				clean.appendCodePoint(codePoint);
			}
		});
		// No hidden files, no trailing dots or blanks (Windows drops them), single
		// spaces.
		name = clean.toString().replaceAll(" {2,}", " ").replaceAll("^[. ]+|[. ]+$", "");
		int dot = name.lastIndexOf('.');
		String base = (dot > 0) ? name.substring(0, dot) : name;
		String extension = (dot > 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
		if (!type.extensions().contains(extension)) {
			base = name;
			extension = type.extensions().get(0);
		}
		base = truncate(base.strip(), MAX_BASE_LENGTH).replaceAll("[. ]+$", "");
		return (base.isEmpty() ? DEFAULT_BASE : base) + "." + extension;
	}

	private static boolean printable(int codePoint) {
		return switch (Character.getType(codePoint)) {
			case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED,
					Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR ->
				false;
			default -> true;
		};
	}

	private static String truncate(String text, int codePoints) {
		if (text.codePointCount(0, text.length()) <= codePoints) {
			return text;
		}
		return text.substring(0, text.offsetByCodePoints(0, codePoints));
	}

}
