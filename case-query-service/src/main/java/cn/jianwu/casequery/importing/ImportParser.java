package cn.jianwu.casequery.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.casequery.api.casefile.CaseUpsertRequest;
import cn.jianwu.casequery.api.casefile.MeasureRequest;
import cn.jianwu.casequery.api.casefile.PersonRequest;
import cn.jianwu.casequery.api.casefile.ProceduralEventRequest;
import cn.jianwu.casequery.casefile.CaseNumbers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads an export of the case system into cases, in two shapes.
 * <p>
 * <b>CSV</b>, one record per row, told apart by the column {@code record} (记录类型):
 * {@code case} (案件), {@code event} (程序), {@code person} (人员) or {@code measure} (强制措施);
 * the header names the columns in English or Chinese: {@code caseNumber} 案号,
 * {@code caseName} 案件名称, {@code caseType} 案件类型, {@code department} 承办部门,
 * {@code prosecutor} 承办检察官, {@code acceptedAt} 受理日期, {@code stage} 诉讼阶段,
 * {@code stageDate} 阶段日期, {@code stageDeadline} 办理期限, {@code date} 日期, {@code note} 备注,
 * {@code name} 姓名, {@code role} 身份, {@code idNumber} 身份证号码, {@code licenceNumber} 律师执业证号,
 * {@code measure} 强制措施. Dates as 2026-01-05, 2026/1/5 or 2026年1月5日.
 * <p>
 * <b>JSON</b>: {@code {"cases": [ {caseNumber, caseName, …, persons: [], measures: [],
 * events: [ {stage, date, stageDeadline, note} ]} ]}} (or the list alone).
 * <p>
 * Values that cannot be read (a date that is no date) are reported with their row;
 * everything else is left to {@code CaseValidation}.
 */
@Component
class ImportParser {

	static final int MAX_ROWS = 10_000;

	private static final Map<String, String> COLUMNS = columns();

	private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

	private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d")
		.withResolverStyle(ResolverStyle.STRICT);

	private static final DateTimeFormatter DASHED = DateTimeFormatter.ofPattern("uuuu-M-d")
		.withResolverStyle(ResolverStyle.STRICT);

	private final JsonMapper json;

	ImportParser(JsonMapper json) {
		this.json = json;
	}

	List<ImportedCase> csv(String text, List<ImportError> errors) {
		List<List<String>> records = Csv.parse(text);
		if (records.isEmpty()) {
			errors.add(new ImportError(1, "record", "文件为空"));
			return List.of();
		}
		if (records.size() - 1 > MAX_ROWS) {
			errors.add(new ImportError(1, "record", "一次最多导入" + MAX_ROWS + "行"));
			return List.of();
		}
		List<String> header = new ArrayList<>();
		for (String name : records.get(0)) {
			String column = COLUMNS.get(name.trim().toLowerCase(Locale.ROOT));
			header.add(column);
			if (column == null) {
				errors.add(new ImportError(1, name.trim(), "无法识别的列名"));
			}
		}
		if (!header.contains("record") || !header.contains("caseNumber")) {
			errors.add(new ImportError(1, "record", "缺少“记录类型”（record）或“案号”（caseNumber）列"));
			return List.of();
		}
		Map<String, ImportedCase> cases = new LinkedHashMap<>();
		for (int i = 1; i < records.size(); i++) {
			int row = i + 1;
			Map<String, String> values = new HashMap<>();
			List<String> record = records.get(i);
			for (int c = 0; c < header.size() && c < record.size(); c++) {
				if (header.get(c) != null && !record.get(c).isBlank()) {
					values.put(header.get(c), record.get(c).trim());
				}
			}
			Values read = new Values(values, row, "", errors);
			String kind = recordKind(values.get("record"));
			ImportedCase imported = caseOf(cases, values.get("caseNumber"));
			if (kind == null) {
				errors.add(new ImportError(row, "record", "记录类型应为 case（案件）、event（程序）、person（人员）或 measure（强制措施）"));
				continue;
			}
			switch (kind) {
				case "case":
					if (imported.fields != null) {
						errors.add(new ImportError(row, "caseNumber", "该案件在第" + imported.caseRow + "行已有案件行"));
						continue;
					}
					imported.caseRow = row;
					imported.fields = new CaseUpsertRequest(values.get("caseName"), values.get("caseType"),
							values.get("department"), values.get("prosecutor"), read.date("acceptedAt"),
							values.get("stage"), read.date("stageDate"), read.date("stageDeadline"), List.of(),
							List.of());
					break;
				case "event":
					imported.events.add(new ImportedCase.Row<>(row, "", new ProceduralEventRequest(values.get("stage"),
							read.date("date"), read.date("stageDeadline"), values.get("note"))));
					break;
				case "person":
					imported.persons.add(new ImportedCase.Row<>(row, "", new PersonRequest(values.get("name"),
							values.get("role"), values.get("idNumber"), values.get("licenceNumber"))));
					break;
				default:
					imported.measures.add(new ImportedCase.Row<>(row, "",
							new MeasureRequest(values.get("measure"), read.date("date"))));
			}
			imported.rows.add(row);
		}
		return new ArrayList<>(cases.values());
	}

	List<ImportedCase> json(byte[] body, List<ImportError> errors) {
		Object document;
		try {
			document = this.json.readValue(body, Object.class);
		}
		catch (JacksonException ex) {
			errors.add(new ImportError(1, "cases", "不是有效的JSON"));
			return List.of();
		}
		Object list = (document instanceof Map<?, ?> map) ? map.get("cases") : document;
		if (!(list instanceof List<?> items)) {
			errors.add(new ImportError(1, "cases", "应为案件列表（cases）"));
			return List.of();
		}
		if (items.size() > MAX_ROWS) {
			errors.add(new ImportError(1, "cases", "一次最多导入" + MAX_ROWS + "件案件"));
			return List.of();
		}
		Map<String, ImportedCase> cases = new LinkedHashMap<>();
		for (int i = 0; i < items.size(); i++) {
			int row = i + 1;
			if (!(items.get(i) instanceof Map<?, ?> item)) {
				errors.add(new ImportError(row, "cases[" + i + "]", "应为一个案件对象"));
				continue;
			}
			Values values = new Values(item, row, "", errors);
			ImportedCase imported = caseOf(cases, values.text("caseNumber"));
			if (imported.fields != null) {
				errors.add(new ImportError(row, "caseNumber", "该案件在第" + imported.caseRow + "项已出现"));
				continue;
			}
			imported.caseRow = row;
			imported.rows.add(row);
			imported.fields = new CaseUpsertRequest(values.text("caseName"), values.text("caseType"),
					values.text("department"), values.text("prosecutor"), values.date("acceptedAt"),
					values.text("stage"), values.date("stageDate"), values.date("stageDeadline"), List.of(), List.of());
			List<?> persons = values.list("persons");
			for (int p = 0; p < persons.size(); p++) {
				Values person = values.child(persons.get(p), "persons[" + p + "].");
				imported.persons
					.add(new ImportedCase.Row<>(row, "persons[" + p + "].", new PersonRequest(person.text("name"),
							person.text("role"), person.text("idNumber"), person.text("licenceNumber"))));
			}
			List<?> measures = values.list("measures");
			for (int m = 0; m < measures.size(); m++) {
				Values measure = values.child(measures.get(m), "measures[" + m + "].");
				imported.measures.add(new ImportedCase.Row<>(row, "measures[" + m + "].",
						new MeasureRequest(measure.text("measure"), measure.date("date"))));
			}
			List<?> events = values.list("events");
			for (int e = 0; e < events.size(); e++) {
				Values event = values.child(events.get(e), "events[" + e + "].");
				imported.events.add(new ImportedCase.Row<>(row, "events[" + e + "].", new ProceduralEventRequest(
						event.text("stage"), event.date("date"), event.date("stageDeadline"), event.text("note"))));
			}
		}
		return new ArrayList<>(cases.values());
	}

	private static ImportedCase caseOf(Map<String, ImportedCase> cases, String caseNumber) {
		String number = CaseNumbers.normalise((caseNumber != null) ? caseNumber : "");
		return cases.computeIfAbsent(number, ImportedCase::new);
	}

	private static String recordKind(String value) {
		if (value == null) {
			return null;
		}
		switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "case":
			case "案件":
				return "case";
			case "event":
			case "程序":
			case "程序事项":
				return "event";
			case "person":
			case "人员":
			case "授权人员":
				return "person";
			case "measure":
			case "强制措施":
				return "measure";
			default:
				return null;
		}
	}

	static LocalDate parseDate(String text) {
		String value = text.trim();
		Matcher chinese = CHINESE_DATE.matcher(value);
		if (chinese.matches()) {
			return LocalDate.of(Integer.parseInt(chinese.group(1)), Integer.parseInt(chinese.group(2)),
					Integer.parseInt(chinese.group(3)));
		}
		return LocalDate.parse(value, value.contains("/") ? SLASHED : DASHED);
	}

	private static Map<String, String> columns() {
		Map<String, String> columns = new HashMap<>();
		String[][] names = { { "record", "记录类型" }, { "caseNumber", "案号" }, { "caseName", "案件名称" },
				{ "caseType", "案件类型" }, { "department", "承办部门" }, { "prosecutor", "承办检察官" }, { "acceptedAt", "受理日期" },
				{ "stage", "诉讼阶段" }, { "stageDate", "阶段日期" }, { "stageDeadline", "办理期限" }, { "date", "日期" },
				{ "note", "备注" }, { "name", "姓名" }, { "role", "身份" }, { "idNumber", "身份证号码" },
				{ "licenceNumber", "律师执业证号" }, { "measure", "强制措施" } };
		for (String[] name : names) {
			columns.put(name[0].toLowerCase(Locale.ROOT), name[0]);
			columns.put(name[1], name[0]);
		}
		return columns;
	}

	/** Reads fields of one row or object, reporting what cannot be read. */
	private static final class Values {

		private final Map<?, ?> values;

		private final int row;

		private final String prefix;

		private final List<ImportError> errors;

		Values(Map<?, ?> values, int row, String prefix, List<ImportError> errors) {
			this.values = values;
			this.row = row;
			this.prefix = prefix;
			this.errors = errors;
		}

		String text(String name) {
			Object value = this.values.get(name);
			if (value == null || value instanceof Map || value instanceof List) {
				return null;
			}
			String text = value.toString().trim();
			return text.isEmpty() ? null : text;
		}

		LocalDate date(String name) {
			String text = text(name);
			if (text == null) {
				return null;
			}
			try {
				return parseDate(text);
			}
			catch (DateTimeException | NumberFormatException ex) {
				this.errors.add(new ImportError(this.row, this.prefix + name, "日期无效：应如 2026-01-05"));
				return null;
			}
		}

		List<?> list(String name) {
			Object value = this.values.get(name);
			return (value instanceof List<?> list) ? list : List.of();
		}

		Values child(Object value, String childPrefix) {
			Map<?, ?> map = (value instanceof Map<?, ?> child) ? child : Map.of();
			return new Values(map, this.row, this.prefix + childPrefix, this.errors);
		}

	}

}
