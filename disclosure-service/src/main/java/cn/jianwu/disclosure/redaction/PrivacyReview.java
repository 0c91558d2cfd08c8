package cn.jianwu.disclosure.redaction;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

import cn.jianwu.redaction.minors.MinorHint;
import cn.jianwu.redaction.minors.MinorHints;
import cn.jianwu.redaction.names.FoundName;
import cn.jianwu.redaction.names.UnlistedNames;

/**
 * The second opinion the gate asks for beside the clerk's list: person names in the text
 * that nobody listed (a witness named once and forgotten), and hints that a minor is
 * involved. Both are decisions the clerk must take before submission: list or clear each
 * name, tick the minor exemption or say why the item may be public. Staff names and the
 * configured officials may stand, as the rules allow.
 */
public class PrivacyReview {

	private final MinorHints minorHints;

	private final Supplier<Collection<String>> officials;

	/**
	 * @param minorHints finds hints of minors
	 * @param officials the names that may stand, read at every review (staff accounts
	 * change)
	 */
	PrivacyReview(MinorHints minorHints, Supplier<Collection<String>> officials) {
		this.minorHints = minorHints;
		this.officials = officials;
	}

	/**
	 * @param readerText what the public would read (title, summary and body's text)
	 * @param persons the persons the clerk listed for anonymisation
	 * @param cleared the names the clerk decided may stand
	 * @param caseDate the date ages are judged at
	 * @return the decisions still open
	 */
	public Findings review(String readerText, Collection<String> persons, Collection<String> cleared,
			LocalDate caseDate) {
		List<FoundName> names = new UnlistedNames(this.officials.get()).find(readerText, persons, cleared);
		return new Findings(names, this.minorHints.find(readerText, persons, caseDate));
	}

	/**
	 * @param unlistedNames person names neither listed, cleared nor an official's
	 * @param minorHints what suggests that a minor is involved
	 */
	public record Findings(List<FoundName> unlistedNames, List<MinorHint> minorHints) {

		public Findings {
			unlistedNames = List.copyOf(unlistedNames);
			minorHints = List.copyOf(minorHints);
		}

		/** The names as they stand in the text, in order of first appearance. */
		public List<String> names() {
			return this.unlistedNames.stream().map(FoundName::name).toList();
		}

	}

}
