package cn.jianwu.infra;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain text table with aligned columns, as the launcher and the operator tool print
 * them.
 */
public final class Table {

	private final List<String[]> rows = new ArrayList<>();

	public Table(String... header) {
		this.rows.add(header);
	}

	public Table row(String... cells) {
		this.rows.add(cells);
		return this;
	}

	public String render() {
		int columns = this.rows.get(0).length;
		int[] widths = new int[columns];
		for (String[] row : this.rows) {
			for (int i = 0; i < columns; i++) {
				widths[i] = Math.max(widths[i], cell(row, i).length());
			}
		}
		StringBuilder text = new StringBuilder();
		for (int r = 0; r < this.rows.size(); r++) {
			String[] row = this.rows.get(r);
			StringBuilder line = new StringBuilder("  ");
			for (int i = 0; i < columns; i++) {
				line.append(String.format("%-" + widths[i] + "s", cell(row, i)));
				if (i < columns - 1) {
					line.append("  ");
				}
			}
			text.append(line.toString().stripTrailing()).append('\n');
			if (r == 0) {
				StringBuilder rule = new StringBuilder("  ");
				for (int i = 0; i < columns; i++) {
					rule.append("-".repeat(widths[i])).append((i < columns - 1) ? "  " : "");
				}
				text.append(rule).append('\n');
			}
		}
		return text.toString();
	}

	private static String cell(String[] row, int index) {
		return (index < row.length && row[index] != null) ? row[index] : "";
	}

}
