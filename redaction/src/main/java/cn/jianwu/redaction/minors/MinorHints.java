package cn.jianwu.redaction.minors;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import cn.jianwu.redaction.Redaction;
import cn.jianwu.redaction.RedactionKind;
import cn.jianwu.redaction.RedactionScanner;

/**
 * Notices that a text may concern a minor, so that the decision on the
 * {@code MINOR_INVOLVED} exemption is asked for rather than left to the clerk's memory:
 * cases of juvenile crime, and of crimes against minors unless strictly necessary and
 * anonymised, are not published.
 * <ul>
 * <li>Every ID number the {@link RedactionScanner} recognises whose birth date makes its
 * holder a minor on the case's date, wherever it stands.</li>
 * <li>Ages below eighteen, the legal age brackets of minors, words naming a minor or a
 * pupil, and procedures reserved for minors, when they stand within
 * {@link Anchors#WINDOW} characters of a listed person's name or of a role word such as
 * 被害人; titles of laws, quoted articles and institutional phrases (未成年人检察部门) never
 * count.</li>
 * </ul>
 * A hint is a reason to decide, not a decision: the clerk may find that no minor is
 * involved. Plain Java, thread-safe, no state between calls.
 */
public final class MinorHints {

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final Clock clock;

	private final RedactionScanner scanner;

	public MinorHints() {
		this(Clock.system(CHINA));
	}

	/**
	 * @param clock gives the date used when a case has none, and tells the scanner which
	 * birth dates are in the future
	 */
	public MinorHints(Clock clock) {
		this.clock = Objects.requireNonNull(clock, "clock");
		this.scanner = new RedactionScanner(clock);
	}

	/**
	 * Hints that a minor is involved.
	 * @param text plain text or an HTML body, before redaction (afterwards the ID numbers
	 * are gone, but the wording still yields hints)
	 * @param listedPersons the persons the clerk listed for anonymisation, may be
	 * {@code null}
	 * @param caseDate the date at which age matters (the offence, or failing that the
	 * document's date); {@code null} for today in China
	 * @return the hints, sorted by start; empty when nothing suggests a minor
	 * @throws IllegalArgumentException if a listed name has fewer than two characters, as
	 * for {@link RedactionScanner#scan}
	 */
	public List<MinorHint> find(String text, Collection<String> listedPersons, LocalDate caseDate) {
		Objects.requireNonNull(text, "text");
		LocalDate day = (caseDate != null) ? caseDate : LocalDate.now(this.clock);
		List<MinorHint> hints = new ArrayList<>();
		idNumbers(text, day, hints);
		wording(text, listedPersons, hints);
		hints.sort(Comparator.comparingInt(MinorHint::start).thenComparingInt(MinorHint::end));
		return List.copyOf(hints);
	}

	private void idNumbers(String text, LocalDate day, List<MinorHint> hints) {
		for (Redaction identifier : this.scanner.remainingIdentifiers(text)) {
			if (identifier.kind() != RedactionKind.ID_NUMBER) {
				continue;
			}
			Optional<LocalDate> birth = IdBirthDates.of(identifier.original());
			if (birth.isPresent() && LegalAge.isMinorOn(birth.get(), day)) {
				String reason = birth.get().isAfter(day) ? "公民身份号码中的出生日期晚于案件日期，请核对案件日期或号码"
						: "公民身份号码中的出生日期表明其在案件日期未满十八周岁";
				hints
					.add(new MinorHint(MinorHintKind.ID_NUMBER_UNDER_18, identifier.start(), identifier.end(), reason));
			}
		}
	}

	private void wording(String text, Collection<String> listedPersons, List<MinorHint> hints) {
		List<Wording> found = new ArrayList<>();
		AgeWording.find(text, found::add);
		MinorTerms.find(text, found::add);
		NotHints notHints = NotHints.in(text);
		found.removeIf(notHints::cover);
		List<Wording> kept = Wording.longestFirst(found);
		List<Redaction> names = this.scanner.scan(text, listedPersons)
			.stream()
			.filter((redaction) -> redaction.kind() == RedactionKind.PERSON_NAME)
			.toList();
		Anchors anchors = Anchors.in(text, names);
		for (Wording wording : kept) {
			if (anchors.withinName(wording.start(), wording.end())) {
				continue;
			}
			anchors.near(wording.start(), wording.end())
				.ifPresent((anchor) -> hints.add(new MinorHint(wording.kind(), wording.start(), wording.end(),
						wording.what() + "，位于" + anchor.describe() + Anchors.WINDOW + "字以内")));
		}
	}

}
