package cn.jianwu.reports.api.replay;

import java.time.Instant;
import java.util.Map;

/**
 * How far a rebuild of report-service's read model from offset 0 is ({@code GET
 * /api/reports/admin/replay}).
 *
 * @param state where it stands
 * @param taken records read from the topics and written, so far
 * @param total records on the topics when the rebuild began (it reads up to there; what
 * comes later the service's own consumer takes)
 * @param skipped records that could not be read as events (they went to the dead-letter
 * topics when they first came)
 * @param rows the read model's rows per table once it is done
 * @param startedAt when it began
 * @param finishedAt when it ended
 * @param error why it failed
 */
public record ReplayProgress(ReplayState state, long taken, long total, long skipped, Map<String, Long> rows,
		Instant startedAt, Instant finishedAt, String error) {

	public static ReplayProgress idle() {
		return new ReplayProgress(ReplayState.IDLE, 0, 0, 0, Map.of(), null, null, null);
	}

}
