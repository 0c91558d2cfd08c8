package cn.jianwu.reports.score;

import java.util.List;
import java.util.function.Function;

import cn.jianwu.reports.api.score.ScoreRow;

/**
 * The score sheet's columns with their Chinese headers, once for the CSV and the XLSX.
 * Numbers stay numbers (the rate as a fraction, shown as a percentage in the XLSX).
 */
enum ScoreColumns {

	DEPARTMENT("部门", ScoreRow::department), DUE("应公开任务数", ScoreRow::dutiesDue), ON_TIME("按时公开", ScoreRow::onTime),
	LATE("逾期后公开", ScoreRow::late), OVERDUE("逾期未公开", ScoreRow::overdue), RATE("按时公开率", ScoreRow::onTimeRate),
	PUBLISHED("发布事项数", ScoreRow::itemsPublished), CORRECTIONS("更正次数", ScoreRow::corrections),
	WITHDRAWALS("撤回次数", ScoreRow::withdrawals), REJECTIONS("审批退回次数", ScoreRow::rejections),
	REFUSALS("脱敏拦截次数", ScoreRow::redactionRefusals);

	private final String header;

	private final Function<ScoreRow, Object> value;

	ScoreColumns(String header, Function<ScoreRow, Object> value) {
		this.header = header;
		this.value = value;
	}

	String header() {
		return this.header;
	}

	/** The cell's value: a String, an Integer, a Double or {@code null}. */
	Object value(ScoreRow row) {
		return this.value.apply(row);
	}

	static List<ScoreColumns> all() {
		return List.of(values());
	}

}
