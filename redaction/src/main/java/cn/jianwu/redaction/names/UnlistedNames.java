package cn.jianwu.redaction.names;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

import cn.jianwu.redaction.Folding;

/**
 * Finds the names of natural persons that the clerk did not list: the witness or victim
 * named once and forgotten would otherwise be published in full, while the rule
 * (法释〔2016〕19号 and the procuratorate's case-information rules) wants every party, victim,
 * witness and relative as surname + 某.
 * <p>
 * Candidates come from HanLP's person-name recogniser and from role cues (被害人, 其妻…, see
 * {@link RoleCues}); where a name ends is decided by {@link NameBoundary}, not by HanLP,
 * and a candidate needs a surname. Not reported:
 * <ul>
 * <li>a name equal to, containing or contained in a listed name (the scanner redacts it
 * already);</li>
 * <li>a name the clerk cleared, or a public official (staff, the prosecutor), or a
 * fragment of one;</li>
 * <li>pseudonyms (张某, 张某1, 李某某) and names marked （化名）;</li>
 * <li>lawyers: a name written right before or after 律师 (律师王志远, 李晓燕律师). The rule keeps
 * lawyers' names, and the 律师 cue is unambiguous; a defender who is not a lawyer (a
 * relative) is still reported.</li>
 * </ul>
 * Staff titles do not clear a name by themselves: an unconfigured 检察员 is reported, and
 * the clerk clears it; a leak costs more than a click.
 * <p>
 * Thread-safe and reusable; HanLP's dictionaries load once per JVM, on first use.
 */
public final class UnlistedNames {

	private static final Pattern DOTTED = Pattern
		.compile("(\\p{IsHan}{1,12})" + Folding.NAME_DOT + "(\\p{IsHan}{1,12})");

	private static final Pattern ALIAS = Pattern.compile("\\s?[(\\[]化名[)\\]]");

	/**
	 * A case number with its office code (晋检刑诉受〔2017〕35010300001号): the code before the
	 * bracket is made of abbreviations (晋 for Shanxi, 检 for procuratorate) that HanLP
	 * reads as names.
	 */
	private static final Pattern CASE_NUMBER = Pattern
		.compile("\\p{IsHan}{0,8}[(\\[〔【]\\s?(?:19|20)[0-9]{2}\\s?[)\\]〕】][\\p{IsHan}A-Za-z0-9-]{0,40}?号");

	private static final String LAWYER = "律师";

	private static final String LIST_JOINERS = "、和与及";

	private final Set<String> officials;

	/**
	 * @param publicOfficials names that may stay: staff, the prosecutor(s), configured
	 * officials; may be {@code null}
	 */
	public UnlistedNames(Collection<String> publicOfficials) {
		this.officials = folded(publicOfficials);
	}

	/**
	 * Person names in the text that are neither listed, nor cleared by the clerk, nor
	 * public officials.
	 * @param text the plain text readers read
	 * @param listed the names the clerk listed for anonymisation, may be {@code null}
	 * @param cleared the names the clerk decided may stay, may be {@code null}
	 * @return distinct names ordered by first occurrence, offsets into {@code text}
	 */
	public List<FoundName> find(String text, Collection<String> listed, Collection<String> cleared) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		// HanLP reads the original: folding its full-width punctuation changes how it
		// segments (，司徒 is a name, ,司徒 is not). The rules read the folded text; both
		// have the same length and the same Han characters.
		String folded = Folding.fold(text);
		Segmentation segmentation = new Segmentation(text);
		List<Integer> cueEnds = RoleCues.nameStarts(folded);
		Set<String> candidates = new LinkedHashSet<>();
		recognised(folded, segmentation, cueEnds, candidates);
		stranded(folded, segmentation, candidates);
		cued(folded, segmentation, cueEnds, candidates);
		dotted(folded, cueEnds, candidates);
		Set<String> listedNames = folded(listed);
		Set<String> clearedNames = folded(cleared);
		List<FoundName> found = new ArrayList<>();
		candidates.removeIf((name) -> onlyInCaseNumbers(folded, name));
		for (String name : candidates) {
			if (isPartOfAnother(name, candidates) || name.indexOf('某') >= 0 || overlapsAny(name, listedNames)
					|| isPartOfAny(name, clearedNames) || isPartOfAny(name, this.officials)
					|| isLawyerOrAlias(folded, name)) {
				continue;
			}
			int first = folded.indexOf(name);
			found.add(new FoundName(text.substring(first, first + name.length()), first, count(folded, name)));
		}
		found.sort(Comparator.comparingInt(FoundName::firstStart));
		return List.copyOf(found);
	}

	/** HanLP's person names, re-delimited: its boundaries are its weak point. */
	private static void recognised(String text, Segmentation segmentation, List<Integer> cueEnds,
			Set<String> candidates) {
		for (Term term : segmentation.terms()) {
			if (!term.nature.startsWith("nr") || term.nature.startsWith("nrj")) {
				continue;
			}
			int start = term.offset;
			int end = start + term.word.length();
			if (term.word.indexOf(Folding.NAME_DOT) > 0) {
				candidates.add(term.word);
				continue;
			}
			int cue = RoleCues.leadingCue(text, start, end);
			start += cue;
			if (start >= 2 && Surnames.isCompound(text.substring(start - 2, start))) {
				// HanLP tends to drop a compound surname: 诸葛云飞 → 云飞.
				start -= 2;
			}
			int surname = NameBoundary.surnameLength(text, start);
			if (surname == 0) {
				continue;
			}
			boolean cued = cue > 0 || cueEnds.contains(start);
			if (!cued && endsAWord(text, start, surname)) {
				continue;
			}
			int nameEnd = trusted(text, start, end, surname);
			if (nameEnd < 0) {
				nameEnd = NameBoundary.end(text, segmentation, start);
			}
			if (nameEnd < 0 || !cued && surname == 1 && !NameRoles.mostlySurname(text.charAt(start))
					&& (!NameRoles.stronglyGiven(text.substring(start + 1, nameEnd))
							|| NameRoles.isWord(text.substring(start + 1, nameEnd)))) {
				// 向本院, 向社会, 时才: a character more often a preposition than a surname
				// needs a given name that looks like one beyond doubt and is no ordinary
				// word.
				continue;
			}
			if (cued || !isOrdinaryWord(text.substring(start, nameEnd))) {
				candidates.add(text.substring(start, nameEnd));
			}
		}
	}

	/**
	 * HanLP's own end for a full-length name (王二小, 顾小北), less a last character that is
	 * mostly context when more text follows it (钟华仍在 → 钟华); {@code -1} when HanLP's term
	 * is not a full-length name.
	 */
	private static int trusted(String text, int start, int end, int surname) {
		if (end - start != surname + 2) {
			return -1;
		}
		if (NameRoles.mostlyContext(text.charAt(end - 1)) && NameBoundary.isHan(text, end)) {
			return end - 1;
		}
		return end;
	}

	/**
	 * Whether a one-character "surname" is the end of a word that starts before it
	 * (统计用事项一: 事项), which makes it no surname.
	 */
	private static boolean endsAWord(String text, int start, int surname) {
		if (surname != 1 || start == 0) {
			return false;
		}
		char before = text.charAt(start - 1);
		// 2万余元, 十万: after a number, 万 and its like count, they name nobody.
		return Character.isDigit(before) || "零一二三四五六七八九十百千万两".indexOf(before) >= 0
				|| NameRoles.isWord(text.substring(start - 1, start + 1));
	}

	/**
	 * Whether a two-character candidate is itself an ordinary word (方式, 党日): without a
	 * cue, such a word is read as the word.
	 */
	private static boolean isOrdinaryWord(String candidate) {
		return candidate.length() == 2 && NameRoles.isWord(candidate);
	}

	/**
	 * A surname HanLP left on its own, followed by single characters or a proper noun it
	 * did not recognise as a name (岳/鹏飞, 郑/美/玲, 李/满仓, 司徒/建国系).
	 */
	private static void stranded(String text, Segmentation segmentation, Set<String> candidates) {
		for (Term term : segmentation.terms()) {
			int start = term.offset;
			boolean surname = (term.word.length() == 1 && NameBoundary.surnameLength(text, start) == 1
					&& NameRoles.mostlySurname(term.word.charAt(0))) || Surnames.isCompound(term.word);
			if (!surname || term.nature.startsWith("nr") && term.word.length() == 1
					|| endsAWord(text, start, term.word.length())) {
				continue;
			}
			int end = NameBoundary.end(text, segmentation, start);
			if (end < 0) {
				continue;
			}
			boolean given = true;
			for (int at = start + term.word.length(); at < end && given; at++) {
				Term part = segmentation.startingAt(at);
				given = (part == null) ? at > start + term.word.length() : part.offset + part.word.length() <= end
						&& (part.word.length() == 1 || part.nature.startsWith("nz"));
			}
			Term after = segmentation.startingAt(end);
			if (given && (after == null ? !NameBoundary.isHan(text, end) : true)) {
				if (!isOrdinaryWord(text.substring(start, end))) {
					candidates.add(text.substring(start, end));
				}
			}
		}
	}

	/** Names right after a role cue, and the ones listed with them (被害人甲、乙). */
	private static void cued(String text, Segmentation segmentation, List<Integer> cueEnds, Set<String> candidates) {
		for (int start : cueEnds) {
			while (start >= 0) {
				int end = NameBoundary.end(text, segmentation, start);
				if (end > 0 && segmentation.wordStraddles(end)) {
					end = (end - start > NameBoundary.surnameLength(text, start) + 1
							&& !segmentation.wordStraddles(end - 1)) ? end - 1 : -1;
				}
				if (end < 0) {
					break;
				}
				String name = text.substring(start, end);
				if (!NameRoles.isWord(name)) {
					candidates.add(name);
				}
				start = (end + 1 < text.length() && LIST_JOINERS.indexOf(text.charAt(end)) >= 0) ? end + 1 : -1;
			}
		}
	}

	/** Transliterated and minority names (麦克·约翰逊, 买买提·艾力): the dot marks them. */
	private static void dotted(String text, List<Integer> cueEnds, Set<String> candidates) {
		Matcher matcher = DOTTED.matcher(text);
		while (matcher.find()) {
			int start = matcher.start(1);
			for (int cue : cueEnds) {
				if (cue > start && cue <= matcher.end(1) - 1) {
					start = cue;
				}
			}
			start = Math.max(start, matcher.end(1) - 4);
			int end = matcher.start(2);
			while (end < matcher.end(2) && end - matcher.start(2) < 5 && !NameRoles.mostlyContext(text.charAt(end))) {
				end++;
			}
			if (end > matcher.start(2) && matcher.end(1) > start) {
				candidates.add(text.substring(start, end));
			}
		}
	}

	private static boolean onlyInCaseNumbers(String text, String name) {
		Matcher caseNumber = CASE_NUMBER.matcher(text);
		List<int[]> spans = new ArrayList<>();
		while (caseNumber.find()) {
			spans.add(new int[] { caseNumber.start(), caseNumber.end() });
		}
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			int start = at;
			if (spans.stream().noneMatch((span) -> span[0] <= start && start < span[1])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isLawyerOrAlias(String text, String name) {
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			int end = at + name.length();
			if (text.startsWith(LAWYER, end) || (at >= 2 && text.startsWith(LAWYER, at - 2))
					|| ALIAS.matcher(text).region(end, text.length()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPartOfAnother(String name, Set<String> candidates) {
		for (String other : candidates) {
			if (other.length() > name.length() && other.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean overlapsAny(String name, Set<String> known) {
		for (String other : known) {
			if (other.contains(name) || name.contains(other)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isPartOfAny(String name, Set<String> known) {
		for (String other : known) {
			if (other.contains(name)) {
				return true;
			}
		}
		return false;
	}

	private static int count(String text, String name) {
		int count = 0;
		for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
			count++;
		}
		return count;
	}

	private static Set<String> folded(Collection<String> names) {
		Set<String> folded = new LinkedHashSet<>();
		if (names != null) {
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					folded.add(Folding.fold(name.strip()));
				}
			}
		}
		return Set.copyOf(folded);
	}

}
