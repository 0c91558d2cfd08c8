package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Decides which candidates survive, deterministically: a candidate that touches a
 * protected span (markup, a case number, an amount) is dropped; among overlapping
 * candidates the longest wins, then the earliest, then the kind listed first in
 * {@link RedactionKind}. So 张三丰 wins over the listed 张三 inside it, and an e-mail address
 * wins over the phone number that forms its local part.
 */
final class Overlaps {

	private Overlaps() {
	}

	/**
	 * @param candidates every match found
	 * @param protectedSpans spans no redaction may touch
	 * @return the surviving candidates, sorted by start
	 */
	static List<Candidate> resolve(List<Candidate> candidates, Spans protectedSpans) {
		List<Candidate> byPrecedence = new ArrayList<>(candidates);
		byPrecedence.sort(Candidate.PRECEDENCE);
		Spans claimed = new Spans();
		List<Candidate> kept = new ArrayList<>();
		for (Candidate candidate : byPrecedence) {
			if (!protectedSpans.overlaps(candidate.start(), candidate.end())
					&& !claimed.overlaps(candidate.start(), candidate.end())) {
				claimed.add(candidate.start(), candidate.end());
				kept.add(candidate);
			}
		}
		kept.sort(Comparator.comparingInt(Candidate::start));
		return kept;
	}

}
