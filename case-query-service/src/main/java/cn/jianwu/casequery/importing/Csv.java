package cn.jianwu.casequery.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads CSV as RFC 4180 writes it (and Excel exports it): comma-separated, fields in
 * double quotes may hold commas, line breaks and doubled quotes; CRLF or LF; a leading
 * byte-order mark is ignored. Blank lines are skipped.
 */
final class Csv {

	private Csv() {
	}

	static List<List<String>> parse(String text) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int start = (!text.isEmpty() && text.charAt(0) == '\uFEFF') ? 1 : 0;
		for (int i = start; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					}
					else {
						quoted = false;
					}
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"' && field.length() == 0) {
				quoted = true;
				fieldStarted = true;
			}
			else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			}
			else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				endRecord(records, record, field, fieldStarted);
				record = new ArrayList<>();
				field.setLength(0);
				fieldStarted = false;
			}
			else {
				field.append(c);
				fieldStarted = true;
			}
		}
		endRecord(records, record, field, fieldStarted);
		return records;
	}

	private static void endRecord(List<List<String>> records, List<String> record, StringBuilder field,
			boolean fieldStarted) {
		if (!fieldStarted && record.isEmpty()) {
			return;
		}
		record.add(field.toString());
		if (record.stream().anyMatch((value) -> !value.isBlank())) {
			records.add(record);
		}
	}

}
