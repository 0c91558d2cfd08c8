package cn.jianwu.redaction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Proposes the redactions that the rules for publishing legal documents demand (起诉书,
 * 不起诉决定书, …), modelled on the court rule 法释〔2016〕19号:
 * <ul>
 * <li>listed natural persons become surname + 某 ({@link RedactionKind#PERSON_NAME}),
 * numbered when two would collide (张某1, 张某2, by first appearance in the text);</li>
 * <li>ID numbers, phone numbers, bank cards and accounts, e-mail addresses, licence
 * plates and the addresses the clerk marked are deleted: each is crossed out by as many ×
 * as it has characters, so the reader sees that something was removed and the sentence
 * keeps its shape.</li>
 * </ul>
 * Case numbers, dates, amounts, article numbers, lawyers' licence numbers and the
 * institution's own public telephone numbers are left alone.
 * <p>
 * The scanner reads the text a reader reads: plain text, or a rich-text body through
 * {@link HtmlText}. Characters no reader sees (zero-width spaces, soft hyphens) cannot
 * split a match, and identifiers are found when written in groups or with full-width
 * digits. Offsets refer to the text given; proposals are sorted by start and never
 * overlap.
 * <p>
 * The scanner proposes, the clerk decides: the accepted list is applied by
 * {@link Redactor} (or {@link HtmlText#redact}), and {@link #check} refuses a text in
 * which an identifier or a listed name remains. Plain Java, thread-safe, no state between
 * calls.
 */
public class RedactionScanner {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	private final Set<String> publicNumbers;

	public RedactionScanner() {
		this(Clock.system(CHINA));
	}

	/**
	 * @param clock tells which birth dates are in the future (an ID number cannot carry
	 * one)
	 */
	public RedactionScanner(Clock clock) {
		this(clock, List.of());
	}

	/**
	 * @param clock tells which birth dates are in the future (an ID number cannot carry
	 * one)
	 * @param publicNumbers the institution's own published telephone numbers (its
	 * switchboard, the complaints line), which documents quote and which are not personal
	 * data; compared by their digits
	 */
	public RedactionScanner(Clock clock, Collection<String> publicNumbers) {
		this.clock = clock;
		Set<String> digits = new HashSet<>();
		for (String number : publicNumbers) {
			digits.add(IdentifierFinder.digitsOf(Folding.fold(number)));
		}
		this.publicNumbers = Set.copyOf(digits);
	}

	/**
	 * Proposes redactions for a text without marked addresses.
	 * @param text the reader's text (plain, or {@link HtmlText#text()} of a body)
	 * @param persons names of the natural persons to anonymise, may be {@code null}
	 * @return the proposals, sorted by start
	 * @throws IllegalArgumentException if a listed name has fewer than two characters
	 */
	public List<Redaction> scan(String text, Collection<String> persons) {
		return scan(text, persons, List.of());
	}

	/**
	 * Proposes redactions.
	 * @param text the reader's text (plain, or {@link HtmlText#text()} of a body)
	 * @param persons names of the natural persons to anonymise, may be {@code null}
	 * @param addresses exact passages the clerk marked as addresses to delete (the part
	 * below the county, which the rule keeps), may be {@code null}
	 * @return the proposals, sorted by start, offsets into {@code text}
	 * @throws IllegalArgumentException if a listed name or address has fewer than two
	 * characters
	 */
	public List<Redaction> scan(String text, Collection<String> persons, Collection<String> addresses) {
		ScanText scan = ScanText.of(text);
		String folded = scan.folded();
		List<Candidate> candidates = new ArrayList<>(identifiers(folded));
		for (ListedPerson person : ListedPerson.listOf(persons)) {
			person.occurrences(folded, (start, end) -> candidates.add(Candidate.name(person, start, end)));
		}
		addresses(folded, addresses, candidates);
		List<Candidate> kept = Overlaps.resolve(candidates, ProtectedSpans.in(folded));
		return toRedactions(scan, kept, Pseudonyms.assign(kept));
	}

	/**
	 * The identifiers still present in a text: ID numbers, phones, bank cards, e-mail
	 * addresses and plates (names are checked by {@link #remainingPersons}, addresses
	 * cannot be recognised without the clerk).
	 * @param text the reader's text about to be approved
	 * @return the identifiers found, sorted by start
	 */
	public List<Redaction> remainingIdentifiers(String text) {
		ScanText scan = ScanText.of(text);
		List<Candidate> kept = Overlaps.resolve(identifiers(scan.folded()), ProtectedSpans.in(scan.folded()));
		return toRedactions(scan, kept, Map.of());
	}

	/**
	 * The listed persons whose full name still appears in the text.
	 * @param text the reader's text about to be approved
	 * @param persons the persons to anonymise, may be {@code null}
	 * @return their names as given, in the order listed
	 */
	public List<String> remainingPersons(String text, Collection<String> persons) {
		String folded = ScanText.of(text).folded();
		List<String> remaining = new ArrayList<>();
		for (ListedPerson person : ListedPerson.listOf(persons)) {
			if (person.occursIn(folded)) {
				remaining.add(person.given());
			}
		}
		return remaining;
	}

	/**
	 * Whether a redacted plain text may be approved: no identifier and no listed name
	 * remains.
	 * @param text the reader's text about to be approved
	 * @param persons the persons to anonymise, may be {@code null}
	 * @param dismissed numbers the clerk confirmed are not personal data although they
	 * look like an identifier (say, a Luhn-valid document serial), exactly as they stand
	 * in the text; may be {@code null}
	 * @return what remains
	 */
	public RedactionCheck check(String text, Collection<String> persons, Collection<String> dismissed) {
		Set<String> waived = (dismissed != null) ? new HashSet<>(dismissed) : Set.of();
		List<Redaction> identifiers = new ArrayList<>();
		for (Redaction identifier : remainingIdentifiers(text)) {
			if (!waived.contains(identifier.original())) {
				identifiers.add(identifier);
			}
		}
		return new RedactionCheck(identifiers, remainingPersons(text, persons));
	}

	/**
	 * Whether a redacted rich-text body may be approved: nothing remains in its text, nor
	 * in its attributes (a link's address, a title shown as a tooltip), which no channel
	 * renders as text but which still reach a reader. Identifiers found in an attribute
	 * carry offsets into that attribute's value.
	 * @param body the body about to be approved
	 * @param persons the persons to anonymise, may be {@code null}
	 * @param dismissed see {@link #check(String, Collection, Collection)}
	 * @return what remains
	 */
	public RedactionCheck check(HtmlText body, Collection<String> persons, Collection<String> dismissed) {
		RedactionCheck found = check(body.text(), persons, dismissed);
		for (String value : body.attributeValues()) {
			found = found.and(check(value, persons, dismissed));
		}
		return found;
	}

	private List<Candidate> identifiers(String folded) {
		List<Candidate> found = new IdentifierFinder(LocalDate.now(this.clock)).find(folded);
		if (!this.publicNumbers.isEmpty()) {
			found.removeIf((candidate) -> candidate.kind() == RedactionKind.PHONE && this.publicNumbers
				.contains(IdentifierFinder.digitsOf(folded.substring(candidate.start(), candidate.end()))));
		}
		return found;
	}

	private static void addresses(String folded, Collection<String> addresses, List<Candidate> candidates) {
		if (addresses == null) {
			return;
		}
		for (String address : addresses) {
			if (address == null || address.isBlank()) {
				continue;
			}
			String wanted = ScanText.of(address.strip()).folded();
			if (wanted.codePointCount(0, wanted.length()) < 2) {
				throw new IllegalArgumentException("A marked address needs at least two characters");
			}
			for (int at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
				candidates
					.add(Candidate.deletion(RedactionKind.ADDRESS, folded, at, at + wanted.length(), "经办人标注删除的住址"));
			}
		}
	}

	private static List<Redaction> toRedactions(ScanText scan, List<Candidate> kept,
			Map<ListedPerson, String> pseudonyms) {
		List<Redaction> redactions = new ArrayList<>(kept.size());
		for (Candidate candidate : kept) {
			String replacement = (candidate.person() != null) ? pseudonyms.get(candidate.person())
					: candidate.replacement();
			int start = scan.originalStart(candidate.start());
			int end = scan.originalEnd(candidate.end());
			redactions.add(new Redaction(candidate.kind(), scan.original().substring(start, end), replacement, start,
					end, candidate.reason()));
		}
		return List.copyOf(redactions);
	}

}
