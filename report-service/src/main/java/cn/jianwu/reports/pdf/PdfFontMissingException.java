package cn.jianwu.reports.pdf;

/**
 * No font with Chinese glyphs was found: the reports cannot be rendered as PDF until one
 * is installed or configured.
 */
public class PdfFontMissingException extends RuntimeException {

	PdfFontMissingException(String message) {
		super(message);
	}

}
