package cn.jianwu.redaction;

import java.util.Map;
import java.util.TreeMap;

/**
 * A set of non-overlapping half-open spans that answers "does [start, end) touch any of
 * them?" in logarithmic time, so that long texts with many candidates stay fast.
 */
final class Spans {

	private final TreeMap<Integer, Integer> endByStart = new TreeMap<>();

	/** Adds a span, merging it with the ones it overlaps. */
	void add(int start, int end) {
		int mergedStart = start;
		int mergedEnd = end;
		Map.Entry<Integer, Integer> before = this.endByStart.floorEntry(start);
		if (before != null && before.getValue() > start) {
			mergedStart = before.getKey();
			mergedEnd = Math.max(mergedEnd, before.getValue());
			this.endByStart.remove(before.getKey());
		}
		Map.Entry<Integer, Integer> after = this.endByStart.ceilingEntry(mergedStart);
		while (after != null && after.getKey() < mergedEnd) {
			mergedEnd = Math.max(mergedEnd, after.getValue());
			this.endByStart.remove(after.getKey());
			after = this.endByStart.ceilingEntry(mergedStart);
		}
		this.endByStart.put(mergedStart, mergedEnd);
	}

	boolean overlaps(int start, int end) {
		Map.Entry<Integer, Integer> before = this.endByStart.floorEntry(start);
		if (before != null && before.getValue() > start) {
			return true;
		}
		Integer nextStart = this.endByStart.ceilingKey(start);
		return nextStart != null && nextStart < end;
	}

}
