package cn.jianwu.redaction;

import java.util.Comparator;

/**
 * A match before overlaps are resolved. Names get their final pseudonym only afterwards
 * (张某 or 张某1), because numbering depends on which names survive; until then
 * {@code person} says whose name it is and {@code replacement} is {@code null}.
 */
record Candidate(RedactionKind kind, int start, int end, String replacement, String reason, ListedPerson person) {

	/**
	 * Longest first, then earliest, then by kind: the order in which candidates claim
	 * text.
	 */
	static final Comparator<Candidate> PRECEDENCE = Comparator.comparingInt(Candidate::length)
		.reversed()
		.thenComparingInt(Candidate::start)
		.thenComparing(Candidate::kind);

	static Candidate deletion(RedactionKind kind, String folded, int start, int end, String reason) {
		return new Candidate(kind, start, end, Redaction.crosses(folded.substring(start, end)), reason, null);
	}

	static Candidate name(ListedPerson person, int start, int end) {
		return new Candidate(RedactionKind.PERSON_NAME, start, end, null, person.reason(), person);
	}

	int length() {
		return this.end - this.start;
	}

}
