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
 * Case numbers, dates, amounts, article numbers and lawyers' licence numbers are left
 * alone, and so is HTML markup: a rich-text body is scanned as is, but no redaction may
 * overlap a tag or an entity. Offsets refer to the original text; proposals are sorted by
 * start and never overlap.
 * <p>
 * The scanner proposes, the clerk decides: the accepted list is applied by
 * {@link Redactor}, and {@link #check} refuses a text in which an identifier or a listed
 * name remains. Plain Java, thread-safe, no state between calls.
 */
public class RedactionScanner {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	public RedactionScanner() {
		this(Clock.system(CHINA));
	}

	/**
	 * @param clock tells which birth dates are in the future (an ID number cannot carry
	 * one)
	 */
	public RedactionScanner(Clock clock) {
		this.clock = clock;
	}

	/**
	 * Proposes redactions for a text without marked addresses.
	 * @param text plain text or an HTML body
	 * @param persons names of the natural persons to anonymise, may be {@code null}
	 * @return the proposals, sorted by start
	 * @throws IllegalArgumentException if a listed name has fewer than two characters
	 */
	public List<Redaction> scan(String text, Collection<String> persons) {
		return scan(text, persons, List.of());
	}

	/**
	 * Proposes redactions.
	 * @param text plain text or an HTML body
	 * @param persons names of the natural persons to anonymise, may be {@code null}
	 * @param addresses exact passages the clerk marked as addresses to delete (the part
	 * below the county, which the rule keeps), may be {@code null}
	 * @return the proposals, sorted by start
	 * @throws IllegalArgumentException if a listed name or address has fewer than two
	 * characters
	 */
	public List<Redaction> scan(String text, Collection<String> persons, Collection<String> addresses) {
		String folded = Folding.fold(text);
		List<Candidate> candidates = new ArrayList<>(identifiers(folded));
		for (ListedPerson person : ListedPerson.listOf(persons)) {
			person.occurrences(folded, (start, end) -> candidates.add(Candidate.name(person, start, end)));
		}
		addresses(folded, addresses, candidates);
		List<Candidate> kept = Overlaps.resolve(candidates, ProtectedSpans.in(folded, true));
		return toRedactions(text, kept, Pseudonyms.assign(kept));
	}

	/**
	 * The identifiers still present in a text: ID numbers, phones, bank cards, e-mail
	 * addresses and plates (names are checked by {@link #remainingPersons}, addresses
	 * cannot be recognised without the clerk). Unlike {@link #scan}, this also looks
	 * inside HTML attributes, so an identifier hidden in a link or an image title still
	 * blocks approval.
	 * @param text the text about to be approved
	 * @return the identifiers found, sorted by start
	 */
	public List<Redaction> remainingIdentifiers(String text) {
		String folded = Folding.fold(text);
		List<Candidate> kept = Overlaps.resolve(identifiers(folded), ProtectedSpans.in(folded, false));
		return toRedactions(text, kept, Map.of());
	}

	/**
	 * The listed persons whose full name still appears anywhere in the text (markup
	 * included).
	 * @param text the text about to be approved
	 * @param persons the persons to anonymise, may be {@code null}
	 * @return their names as given, in the order listed
	 */
	public List<String> remainingPersons(String text, Collection<String> persons) {
		String folded = Folding.fold(text);
		List<String> remaining = new ArrayList<>();
		for (ListedPerson person : ListedPerson.listOf(persons)) {
			if (person.occursIn(folded)) {
				remaining.add(person.given());
			}
		}
		return remaining;
	}

	/**
	 * Whether a redacted text may be approved: no identifier and no listed name remains.
	 * @param text the text about to be approved
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

	private List<Candidate> identifiers(String folded) {
		return new IdentifierFinder(LocalDate.now(this.clock)).find(folded);
	}

	private static void addresses(String folded, Collection<String> addresses, List<Candidate> candidates) {
		if (addresses == null) {
			return;
		}
		for (String address : addresses) {
			if (address == null || address.isBlank()) {
				continue;
			}
			String wanted = Folding.fold(address.strip());
			if (wanted.codePointCount(0, wanted.length()) < 2) {
				throw new IllegalArgumentException("A marked address needs at least two characters");
			}
			for (int at = folded.indexOf(wanted); at >= 0; at = folded.indexOf(wanted, at + 1)) {
				candidates
					.add(Candidate.deletion(RedactionKind.ADDRESS, folded, at, at + wanted.length(), "经办人标注删除的住址"));
			}
		}
	}

	private static List<Redaction> toRedactions(String text, List<Candidate> kept,
			Map<ListedPerson, String> pseudonyms) {
		List<Redaction> redactions = new ArrayList<>(kept.size());
		for (Candidate candidate : kept) {
			String replacement = (candidate.person() != null) ? pseudonyms.get(candidate.person())
					: candidate.replacement();
			redactions.add(new Redaction(candidate.kind(), text.substring(candidate.start(), candidate.end()),
					replacement, candidate.start(), candidate.end(), candidate.reason()));
		}
		return List.copyOf(redactions);
	}

}
