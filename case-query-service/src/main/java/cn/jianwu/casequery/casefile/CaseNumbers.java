package cn.jianwu.casequery.casefile;

import java.util.regex.Pattern;

/**
 * Case numbers (案号) as the procuratorate's case system writes them, e.g.
 * 晋检刑诉受〔2017〕35010300001号: the unit and case-kind abbreviations, the year in 〔〕, the
 * serial number, 号. Square or round brackets around the year, as people type them, are
 * read as 〔〕.
 */
public final class CaseNumbers {

	private static final Pattern FORMAT = Pattern
		.compile("[\\p{IsHan}A-Za-z0-9]{1,24}〔(19|20)\\d{2}〕[A-Za-z0-9\\-]{1,24}号");

	private static final Pattern YEAR_IN_OTHER_BRACKETS = Pattern.compile("[\\[［(（【]((?:19|20)\\d{2})[\\]］)）】]");

	private CaseNumbers() {
	}

	/** Trimmed, without blanks, with the year in 〔〕. */
	public static String normalise(String caseNumber) {
		if (caseNumber == null) {
			return null;
		}
		String compact = caseNumber.replaceAll("\\s", "");
		return YEAR_IN_OTHER_BRACKETS.matcher(compact).replaceFirst("〔$1〕");
	}

	public static boolean isValid(String normalised) {
		return normalised != null && FORMAT.matcher(normalised).matches();
	}

}
