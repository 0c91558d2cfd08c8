package cn.jianwu.search.rebuild;

import java.time.Instant;

/**
 * How far a rebuild is, as the admin console and {@code run.sh reindex} show it.
 *
 * @param state {@code IDLE} (none since the service started), {@code RUNNING},
 * {@code DONE} or {@code FAILED}
 * @param phase what a running rebuild does: {@code FILLING} (reading the export),
 * {@code TOMBSTONES} (carrying over withdrawn items' markers), {@code SWAPPING}
 * @param index the index being filled (afterwards: the one searches use)
 * @param previousIndex the index searches used before
 * @param done items read from disclosure-service and written
 * @param total items the export has, once its first page is read
 * @param rate items per second while filling
 * @param indexed searchable items in the new index after the swap
 * @param error why it failed, in words staff read
 */
public record RebuildProgress(String state, String phase, String index, String previousIndex, long done, Long total,
		double rate, Long indexed, Instant startedAt, Instant finishedAt, String error) {

	static RebuildProgress idle() {
		return new RebuildProgress("IDLE", null, null, null, 0, null, 0, null, null, null, null);
	}

}
