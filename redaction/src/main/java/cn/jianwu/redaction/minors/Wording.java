package cn.jianwu.redaction.minors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A passage whose words suggest a minor, before it is known whether it stands near a
 * party.
 *
 * @param kind what the words say
 * @param start first index (inclusive)
 * @param end last index (exclusive)
 * @param what the words, described in Chinese without personal data
 */
record Wording(MinorHintKind kind, int start, int end, String what) {

	/**
	 * Keeps the longest of overlapping passages, so that 已满十四周岁不满十六周岁 is one hint rather
	 * than an age and a bracket.
	 * @param found the passages, in any order
	 * @return the ones kept, sorted by start
	 */
	static List<Wording> longestFirst(List<Wording> found) {
		List<Wording> byLength = new ArrayList<>(found);
		byLength.sort(Comparator.comparingInt((Wording wording) -> wording.end() - wording.start())
			.reversed()
			.thenComparingInt(Wording::start));
		List<Wording> kept = new ArrayList<>();
		for (Wording candidate : byLength) {
			if (kept.stream().noneMatch(candidate::overlaps)) {
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt(Wording::start));
		return kept;
	}

	boolean overlaps(Wording other) {
		return this.start < other.end && other.start < this.end;
	}

}
