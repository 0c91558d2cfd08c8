package cn.jianwu.reports.api.obligation;

/**
 * How a department stands with its obligations over a range of due days.
 *
 * @param due duties whose due day falls in the range
 * @param metOnTime met by their due day
 * @param metLate met after it
 * @param overdue not met, due day passed
 * @param open not met, not yet overdue
 */
public record Standing(String department, int due, int metOnTime, int metLate, int overdue, int open) {

	/** Met on time as a share of the duties due, 0–1; {@code null} when none were due. */
	public Double onTimeRate() {
		return (this.due == 0) ? null : (double) this.metOnTime / this.due;
	}

}
