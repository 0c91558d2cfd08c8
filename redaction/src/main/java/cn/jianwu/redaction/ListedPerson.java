package cn.jianwu.redaction;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.jianwu.redaction.names.Surnames;

/**
 * A natural person whose name the clerk listed for anonymisation, and the pseudonym the
 * court rule (法释〔2016〕19号) gives that name before any collision numbering:
 * <ul>
 * <li>Han names keep the surname: 张三丰 → 张某, 欧阳娜娜 → 欧阳某 (compound surnames are kept whole
 * when the name has three or four characters).</li>
 * <li>Ethnic-minority names and Chinese transliterations of foreign names (a name with a
 * middle dot, or four or more characters without a compound surname) keep the first
 * character: 买买提·艾力 → 买某, 阿不都热合曼 → 阿某.</li>
 * <li>Latin-script names keep the first letter only, written with a full stop: John Smith
 * → J. (the rule says "first letter only"; the full stop shows it is an initial and
 * avoids mixing scripts as "J某" would).</li>
 * </ul>
 *
 * @param given the name as the clerk gave it (reported back by the approval check)
 * @param folded the name as matched in the folded text
 * @param pseudonym the replacement before collision numbering
 * @param reason why and how it is replaced, in Chinese
 * @param latin the matcher for a Latin-script name (case-insensitive, whole words, any
 * run of spaces between the parts), {@code null} for a Han name
 */
record ListedPerson(String given, String folded, String pseudonym, String reason, Pattern latin) {

	private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

	private static final Pattern LATIN_LETTER = Pattern.compile("[A-Za-z]");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	static ListedPerson of(String name) {
		String folded = SPACES.matcher(Folding.fold(name).strip()).replaceAll(" ");
		if (folded.codePointCount(0, folded.length()) < 2) {
			// A one-character "name" would delete that character everywhere in the text.
			throw new IllegalArgumentException("A listed person's name needs at least two characters");
		}
		boolean han = HAN.matcher(folded).find();
		if (!han && LATIN_LETTER.matcher(folded).find()) {
			return latin(name.strip(), folded);
		}
		int length = folded.codePointCount(0, folded.length());
		String first = new String(Character.toChars(folded.codePointAt(0)));
		boolean dotted = folded.indexOf(Folding.NAME_DOT) >= 0;
		if (!dotted && length >= 3 && length <= 4 && Surnames.isCompound(folded.substring(0, 2))) {
			return new ListedPerson(name.strip(), folded, folded.substring(0, 2) + "某", "自然人姓名（保留复姓）", null);
		}
		if (dotted || length >= 4) {
			return new ListedPerson(name.strip(), folded, first + "某", "少数民族或外国人译名（保留首字）", null);
		}
		return new ListedPerson(name.strip(), folded, first + "某", "自然人姓名（保留姓氏）", null);
	}

	private static ListedPerson latin(String given, String folded) {
		int firstLetter = folded.codePoints().filter(Character::isLetter).findFirst().orElseThrow();
		String initial = new String(Character.toChars(firstLetter)).toUpperCase(Locale.ROOT);
		List<String> parts = new ArrayList<>();
		for (String part : folded.split(" ")) {
			parts.add(Pattern.quote(part));
		}
		Pattern pattern = Pattern.compile("(?<![A-Za-z])" + String.join("\\s+", parts) + "(?![A-Za-z])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		return new ListedPerson(given, folded.toLowerCase(Locale.ROOT), initial + ".", "英文姓名（仅保留首字母）", pattern);
	}

	/**
	 * The listed persons, in the order given, without blanks and duplicates.
	 * @param names the names as the clerk listed them, may be {@code null}
	 * @return one entry per distinct name
	 */
	static List<ListedPerson> listOf(Collection<String> names) {
		Map<String, ListedPerson> distinct = new LinkedHashMap<>();
		if (names != null) {
			for (String name : names) {
				if (name != null && !name.isBlank()) {
					ListedPerson person = of(name);
					distinct.putIfAbsent(person.folded(), person);
				}
			}
		}
		return List.copyOf(distinct.values());
	}

	/**
	 * Reports every occurrence of the name in the folded text, overlapping ones included
	 * (overlaps are resolved later, longest first).
	 */
	void occurrences(String foldedText, Occurrence each) {
		if (this.latin != null) {
			Matcher matcher = this.latin.matcher(foldedText);
			while (matcher.find()) {
				each.at(matcher.start(), matcher.end());
			}
			return;
		}
		for (int at = foldedText.indexOf(this.folded); at >= 0; at = foldedText.indexOf(this.folded, at + 1)) {
			each.at(at, at + this.folded.length());
		}
	}

	boolean occursIn(String foldedText) {
		return (this.latin != null) ? this.latin.matcher(foldedText).find() : foldedText.contains(this.folded);
	}

	@FunctionalInterface
	interface Occurrence {

		void at(int start, int end);

	}

}
