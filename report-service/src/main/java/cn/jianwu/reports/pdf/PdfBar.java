package cn.jianwu.reports.pdf;

/**
 * One bar of a chart: its label, its value, and the value as shown (a count, a rate).
 */
public record PdfBar(String label, double value, String valueText) {

	/** A count, shown as it is. */
	public static PdfBar count(String label, long value) {
		return new PdfBar(label, value, Long.toString(value));
	}

}
