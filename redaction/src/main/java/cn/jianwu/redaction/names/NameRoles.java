package cn.jianwu.redaction.names;

import com.hankcs.hanlp.corpus.dictionary.item.EnumItem;
import com.hankcs.hanlp.corpus.tag.NR;
import com.hankcs.hanlp.dictionary.CoreDictionary;
import com.hankcs.hanlp.dictionary.nr.PersonDictionary;

/**
 * How HanLP's person-name corpus has seen a character used: as a surname (B), the first
 * or last character of a two-character given name (C, D), a one-character given name (E),
 * or as the word just before or after a name (K, L). These counts decide where a name
 * ends, which is where HanLP's own recogniser errs most in legal text (陈美玲 cut to 陈美, 钟华
 * stretched to 钟华仍).
 */
final class NameRoles {

	private NameRoles() {
	}

	/** Whether the character is used as a surname at all in the corpus, often enough. */
	static boolean isSurname(char c) {
		return count(c, NR.B) >= 100;
	}

	/** Whether the character is more often a surname than the word around a name. */
	static boolean mostlySurname(char c) {
		return count(c, NR.B) >= context(c);
	}

	/** Whether the character can open a given name more often than it is context. */
	static boolean opensGivenName(char c) {
		return count(c, NR.C) + count(c, NR.E) > context(c);
	}

	/**
	 * Whether the character ends a two-character given name more often than it is
	 * context.
	 */
	static boolean endsGivenName(char c) {
		return count(c, NR.D) > context(c);
	}

	/**
	 * @param word two or more characters
	 * @return whether the core dictionary knows it as an ordinary word (not only as a
	 * name)
	 */
	static boolean isWord(String word) {
		CoreDictionary.Attribute attribute = CoreDictionary.get(word);
		if (attribute == null) {
			return false;
		}
		for (int i = 0; i < attribute.nature.length; i++) {
			// nz is HanLP's "other proper noun", where it files many given names (鹏飞).
			if (!attribute.nature[i].startsWith("nr") && !attribute.nature[i].startsWith("nz")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether a given name is beyond doubt one: every character is used in given names at
	 * least a hundred times, and more often so than as a surname or as context.
	 */
	static boolean stronglyGiven(String given) {
		for (int i = 0; i < given.length(); i++) {
			char c = given.charAt(i);
			int asGiven = count(c, NR.C) + count(c, NR.D) + count(c, NR.E);
			if (asGiven < 100 || asGiven < count(c, NR.B) || asGiven < context(c)) {
				return false;
			}
		}
		return !given.isEmpty();
	}

	/** Whether the character is more often the word around a name than part of one. */
	static boolean mostlyContext(char c) {
		return context(c) > count(c, NR.B) + count(c, NR.C) + count(c, NR.D) + count(c, NR.E);
	}

	private static int context(char c) {
		return count(c, NR.K) + count(c, NR.L);
	}

	private static int count(char c, NR role) {
		EnumItem<NR> item = PersonDictionary.dictionary.get(String.valueOf(c));
		return (item != null) ? item.getFrequency(role) : 0;
	}

}
