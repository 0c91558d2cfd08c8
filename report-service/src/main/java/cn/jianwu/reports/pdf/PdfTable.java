package cn.jianwu.reports.pdf;

import java.util.List;

/**
 * A table of a report: its header, its rows of cell texts, and the relative width of each
 * column.
 */
public record PdfTable(List<String> headers, List<Float> weights, List<List<String>> rows) {

	public PdfTable {
		headers = List.copyOf(headers);
		weights = List.copyOf(weights);
		rows = rows.stream().map(List::copyOf).toList();
		if (weights.size() != headers.size()) {
			throw new IllegalArgumentException("One weight per column: " + headers.size() + " columns");
		}
	}

	/** Columns of equal width. */
	public static PdfTable of(List<String> headers, List<List<String>> rows) {
		return new PdfTable(headers, headers.stream().map((header) -> 1f).toList(), rows);
	}

	float[] columnWidths(float total) {
		float sum = (float) this.weights.stream().mapToDouble(Float::doubleValue).sum();
		float[] widths = new float[this.weights.size()];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = total * this.weights.get(i) / sum;
		}
		return widths;
	}

}
